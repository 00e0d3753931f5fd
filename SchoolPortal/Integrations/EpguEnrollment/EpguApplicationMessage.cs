namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// One application filed on Gosuslugi (format <see cref="EpguEnrollmentFormat.Application"/>), modelled on the EPGU
/// concentrator's ApplicationRequest: the order id, when and what was filed, for which school and date, the applicant
/// (PersonInfo), the child (ChildInfo), the registration (Address) and residence (AddressResidence) addresses, the adapted
/// programme, the language, the right to priority admission (BenefitsInfo) and the founder's permission.
/// </summary>
public sealed record EpguApplicationMessage(
    string Format,
    string Version,
    long OrderId,
    DateTimeOffset FiledAt,
    string ServiceType,
    string? Profile,
    EpguEduOrganization EduOrganization,
    DateOnly EntryDate,
    EpguPersonInfo PersonInfo,
    EpguChildInfo ChildInfo,
    EpguAddress Address,
    EpguAddress? AddressResidence,
    EpguAdaptationProgram? AdaptationProgram,
    string? LanguageEducation,
    EpguBenefitsInfo? BenefitsInfo,
    EpguFounderPermission? FounderPermission);
