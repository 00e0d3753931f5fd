namespace SchoolPortal.Features.Duplicates;

/// <summary>One enrolment of a child found in two schools.</summary>
public sealed record PupilRecordView(int Id, string FullName, string BirthDate, string? Snils, string? BirthCertificate, string SchoolName,
    string District, string? ClassName);
