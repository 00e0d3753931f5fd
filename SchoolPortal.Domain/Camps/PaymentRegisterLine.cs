namespace SchoolPortal.Domain.Camps;

/// <summary>One payment of the bank's register: the voucher number from the payment's purpose, the sum, the day, the reference.</summary>
public sealed record PaymentRegisterLine(int Row, string VoucherNumber, decimal Amount, DateOnly PaidOn, string Reference);
