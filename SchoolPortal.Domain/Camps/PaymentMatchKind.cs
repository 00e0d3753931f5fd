namespace SchoolPortal.Domain.Camps;

/// <summary>What became of a line of the bank's register: applied, or why not.</summary>
public enum PaymentMatchKind
{
    Applied = 1,
    UnknownVoucher = 2,
    WrongAmount = 3,
    NotAwaitingPayment = 4,
    RepeatedInRegister = 5,

    /// <summary>The voucher is of another district: its municipal operator (or the region operator) applies the payment.</summary>
    OtherDistrict = 6,
}
