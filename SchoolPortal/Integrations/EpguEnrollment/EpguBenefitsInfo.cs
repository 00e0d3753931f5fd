namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The right to priority admission of Order 458 (BenefitsInfo): extraordinary (point 9), first-priority (9.1, 10) or
/// sibling (point 12, with the brother or sister who studies in the school), and the document that proves it.
/// </summary>
public sealed record EpguBenefitsInfo(string BenefitCategory, string? BenefitDocInfo, EpguBrotherSisterInfo? BrotherSisterInfo);
