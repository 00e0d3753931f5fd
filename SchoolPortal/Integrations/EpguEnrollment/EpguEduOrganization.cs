namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>The school the application is for: <see cref="Code"/> is the school's ИНН (10 digits), as EPGU's catalogue of schools holds it.</summary>
public sealed record EpguEduOrganization(string Code);
