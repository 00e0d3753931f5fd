namespace SchoolPortal.Features.Portfolio;

/// <summary>Who the portfolio is about: the child's name, class and school, as the header and the children's cards show them.</summary>
/// <param name="ClassName">«5А»; null when the child is in no class (withdrawn, or not yet enrolled).</param>
public sealed record PortfolioChild(int PupilId, string FullName, int SchoolId, string SchoolName, int? ClassId, string? ClassName);
