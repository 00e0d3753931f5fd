namespace SchoolPortal.Domain.Camps;

/// <summary>Where a camp application stands; the Russian names are in <see cref="CampNames"/>.</summary>
public enum CampApplicationStatus
{
    Submitted = 1,
    Reserve = 2,
    Granted = 3,
    Paid = 4,
    VoucherIssued = 5,
    WithdrawnByApplicant = 6,
    CancelledUnpaid = 7,
    Rejected = 8,
}
