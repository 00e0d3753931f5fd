namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// One application for a summer camp voucher filed on Gosuslugi, service 600173 (format
/// <see cref="EpguEnrollmentFormat.CampApplication"/>): the order id, when it was filed, the child and the applicant as
/// Gosuslugi knows them (for finding them in the region's records), up to three shifts in order of preference by the
/// portal's shift ids, and the priority category with its document.
/// </summary>
public sealed record EpguCampApplicationMessage(
    string Format,
    string Version,
    string ServiceCode,
    long OrderId,
    DateTimeOffset FiledAt,
    EpguCampChild ChildInfo,
    EpguCampApplicant PersonInfo,
    IReadOnlyList<int> Shifts,
    EpguCampBenefit? BenefitsInfo);
