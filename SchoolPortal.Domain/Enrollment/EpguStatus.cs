namespace SchoolPortal.Domain.Enrollment;

/// <summary>A status as EPGU knows it: the code of the status message and the comment the parent reads on Gosuslugi.</summary>
public sealed record EpguStatus(int Code, string Comment);
