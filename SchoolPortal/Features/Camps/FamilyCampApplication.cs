using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>A row of the parent's applications: the number, the child, the shifts chosen in order, where it stands, what to pay and by when.</summary>
public sealed record FamilyCampApplication(int Id, string Number, string Child, IReadOnlyList<string> Choices, CampApplicationStatus Status,
    string? GrantedShift, decimal? AmountDue, DateOnly? PaymentDeadline, string? VoucherNumber, string? RejectionReason)
{
    public string StatusName => CampNames.Status(Status);

    /// <summary>The receipt is offered while the place waits for payment.</summary>
    public bool HasReceipt => Status == CampApplicationStatus.Granted;

    public bool HasVoucher => Status == CampApplicationStatus.VoucherIssued;

    public bool CanWithdraw => Status is CampApplicationStatus.Submitted or CampApplicationStatus.Reserve or CampApplicationStatus.Granted
        or CampApplicationStatus.Paid or CampApplicationStatus.VoucherIssued;
}
