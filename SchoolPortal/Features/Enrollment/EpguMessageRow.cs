namespace SchoolPortal.Features.Enrollment;

/// <summary>One status message to EPGU as the card lists it: code, comment, created and sent.</summary>
public sealed record EpguMessageRow(long Id, int Code, string StatusName, string Comment, DateTimeOffset CreatedAt, DateTimeOffset? SentAt)
{
    public string SentText => SentAt is null ? "в очереди на отправку" : "отправлено";
}
