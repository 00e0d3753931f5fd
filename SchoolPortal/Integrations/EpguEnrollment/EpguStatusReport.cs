using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// A status change sent back to Gosuslugi (format <see cref="EpguEnrollmentFormat.Status"/>): the EPGU order id, the EPGU
/// status code (<see cref="EpguStatusCodes"/>), the comment the parent reads and when the status changed.
/// </summary>
public sealed record EpguStatusReport(string Format, string Version, long OrderId, int StatusCode, string Comment, DateTimeOffset ChangedAt)
{
    /// <summary>
    /// The message for a status of the application: the code and parent-facing text of <see cref="EpguStatusCodes"/>, followed
    /// by the school's own comment (what to fix, when to come) when there is one.
    /// </summary>
    public static EpguStatusReport For(long orderId, ApplicationStatus status, RefusalReason? refusal, string? schoolComment, DateTimeOffset changedAt)
    {
        var epgu = EpguStatusCodes.For(status, refusal);
        var own = string.IsNullOrWhiteSpace(schoolComment) ? null : schoolComment.Trim();
        var comment = own is null ? epgu.Comment : $"{epgu.Comment} Комментарий образовательной организации: {own}";
        if (comment.Length > EpguEnrollmentFormat.MaxCommentLength)
            comment = comment[..(EpguEnrollmentFormat.MaxCommentLength - 1)] + "…";
        return new EpguStatusReport(EpguEnrollmentFormat.Status, EpguEnrollmentFormat.Version, orderId, epgu.Code, comment, changedAt);
    }
}
