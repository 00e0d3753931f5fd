namespace SchoolPortal.Features.Camps;

/// <summary>A voucher looked up by the operator: where its payment stands.</summary>
public sealed record CampPaymentStatus(string Number, string? VoucherNumber, string ChildName, string StatusName, decimal? AmountDue,
    DateOnly? PaymentDeadline, decimal? PaidAmount, DateOnly? PaidOn);
