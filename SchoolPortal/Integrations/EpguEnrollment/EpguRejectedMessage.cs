namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>An EPGU message the portal set aside as unreadable: its file, when, and the error file's text (fields, no personal data).</summary>
public sealed record EpguRejectedMessage(string FileName, DateTimeOffset RejectedAt, string Errors);
