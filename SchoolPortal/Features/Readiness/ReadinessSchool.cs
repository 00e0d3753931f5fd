namespace SchoolPortal.Features.Readiness;

/// <summary>A school the user may check, with its district (for the operators' lists).</summary>
public sealed record ReadinessSchool(int SchoolId, string SchoolName, int MunicipalityId, string Municipality);
