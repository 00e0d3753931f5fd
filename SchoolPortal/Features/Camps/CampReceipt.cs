using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>The printable receipt of a granted place: whom to pay, who pays for which child and shift, how much, by when.</summary>
public sealed record CampReceipt(int ApplicationId, string ApplicationNumber, string VoucherNumber, string PayeeName, string PayeeInn,
    string PayeeAccount, string PayeeBank, string PayeeBik, string Payer, string Child, DateOnly ChildBirthDate, string Camp, string Shift,
    decimal Amount, DateOnly Deadline, int WorkingDays, CampApplicationStatus Status)
{
    public string AmountText => CampNumbers.Money(Amount);

    public string Purpose => CampReceiptTexts.Purpose(VoucherNumber);

    public string DeadlineText => CampReceiptTexts.Deadline(Deadline, WorkingDays);

    public string StatusName => CampNames.Status(Status);
}
