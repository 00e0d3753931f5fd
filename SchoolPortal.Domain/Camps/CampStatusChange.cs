namespace SchoolPortal.Domain.Camps;

/// <summary>One step of a camp application's history: the status reached, when, who acted, and why.</summary>
public sealed class CampStatusChange
{
    public long Id { get; private set; }
    public int ApplicationId { get; private set; }
    public CampApplicationStatus Status { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>«Иванова М. П. (admin1)», «ЕПГУ» or «Портал» for what the system did.</summary>
    public string By { get; private set; } = "";

    public string? Comment { get; private set; }

    private CampStatusChange()
    {
    }

    internal CampStatusChange(int applicationId, CampApplicationStatus status, DateTimeOffset at, string by, string? comment)
    {
        ApplicationId = applicationId;
        Status = status;
        At = at;
        By = by;
        Comment = comment;
    }
}
