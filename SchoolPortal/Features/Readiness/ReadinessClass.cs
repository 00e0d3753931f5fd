namespace SchoolPortal.Features.Readiness;

/// <summary>A class in the school list's filter.</summary>
public sealed record ReadinessClass(int Id, string Name);
