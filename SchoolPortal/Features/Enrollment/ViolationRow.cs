using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>One violation of one application in «Соблюдение Порядка приема»: the application, its school and district, and what was wrong.</summary>
public sealed record ViolationRow(int ApplicationId, string Number, string ChildName, DateOnly FiledOn, ApplicationStatus Status,
    int SchoolId, string SchoolName, int DistrictId, string DistrictName, ViolationKind Kind, DateOnly Deadline, string Text)
{
    public string KindName => AdmissionViolation.Name(Kind);
    public string StatusName => EnrollmentNames.Name(Status);
    public string Link => $"/enrollment/applications/{ApplicationId}";
}
