using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// One status message waiting in (or already sent from) the outbox to EPGU: the order id, the EPGU status code and the
/// comment a parent reads on Gosuslugi. Written in the same transaction as the status change it reports.
/// </summary>
public sealed class EpguStatusMessage : ISchoolScoped
{
    public long Id { get; private set; }
    public int SchoolId { get; private set; }
    public int ApplicationId { get; private set; }
    public long EpguOrderId { get; private set; }

    /// <summary>The application's status the message reports (the portal's own, beside EPGU's code).</summary>
    public ApplicationStatus Status { get; private set; }

    public int Code { get; private set; }
    public string Comment { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    private EpguStatusMessage()
    {
    }

    private EpguStatusMessage(int schoolId, int applicationId, long epguOrderId, ApplicationStatus status, EpguStatus epgu,
        string comment, DateTimeOffset createdAt)
    {
        SchoolId = schoolId;
        ApplicationId = applicationId;
        EpguOrderId = epguOrderId;
        Status = status;
        Code = epgu.Code;
        Comment = comment;
        CreatedAt = createdAt;
    }

    /// <summary>
    /// The message for the application's current status, or null when the application did not come from EPGU. The school's
    /// comment (what to fix, when to come) follows the standard text, since the parent must read it.
    /// </summary>
    public static EpguStatusMessage? For(EnrollmentApplication application, DateTimeOffset at)
    {
        if (application.EpguOrderId is not { } orderId)
            return null;
        var epgu = application.EpguStatus;
        var schoolComment = application.History.Count > 0 && application.History[^1].Status == application.Status
            ? application.History[^1].Comment
            : null;
        var comment = schoolComment is null ? epgu.Comment : $"{epgu.Comment} {schoolComment}";
        if (comment.Length > EnrollmentApplication.MaxCommentLength + 500)
            comment = comment[..(EnrollmentApplication.MaxCommentLength + 500)];
        return new EpguStatusMessage(application.SchoolId, application.Id, orderId, application.Status, epgu, comment, at);
    }

    public bool IsSent => SentAt is not null;

    /// <summary>The outbox handed the message over; a second hand-over keeps the first time.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        if (at < CreatedAt)
            throw new DomainException("Время отправки раньше времени создания сообщения.", "sentAt");
        SentAt ??= at;
    }
}
