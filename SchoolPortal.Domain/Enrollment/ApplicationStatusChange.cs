namespace SchoolPortal.Domain.Enrollment;

/// <summary>One step of an application's status history: who moved it, when, to which status, and why.</summary>
public sealed class ApplicationStatusChange
{
    public long Id { get; private set; }
    public int ApplicationId { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The user's name as shown in the history («Иванова М. П. (admin1)»), or «ЕПГУ» for what Gosuslugi did.</summary>
    public string By { get; private set; } = "";

    public string? Comment { get; private set; }

    private ApplicationStatusChange()
    {
    }

    /// <param name="applicationId">0 for an application not saved yet: the database fills it in with the application.</param>
    internal ApplicationStatusChange(int applicationId, ApplicationStatus status, DateTimeOffset at, string by, string? comment)
    {
        ApplicationId = applicationId;
        Status = status;
        At = at;
        By = by;
        Comment = comment;
    }
}
