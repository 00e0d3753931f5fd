namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The camp priority category (<c>extraordinary</c> or <c>first-priority</c>) and the document that gives it; absent: general.</summary>
public sealed record EpguCampBenefit(string BenefitCategory, string BenefitDocInfo);
