namespace SchoolPortal.Domain.Camps;

/// <summary>What became of a line of the bank's register: applied, or why not.</summary>
public enum PaymentMatchKind
{
    Applied = 1,
    UnknownVoucher = 2,
    WrongAmount = 3,
    NotAwaitingPayment = 4,
    RepeatedInRegister = 5,
}
