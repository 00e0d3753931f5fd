using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>
/// One pupil in one exchange: sent (with a fingerprint of exactly what was sent), held back by our checks, or answered
/// (accepted, or rejected with the resource's error codes and texts). A pupil accepted with an unchanged fingerprint is
/// not sent again.
/// </summary>
public sealed class GirVuSubmission : ISchoolScoped
{
    public long Id { get; private set; }
    public int ExchangeId { get; private set; }
    public int SchoolId { get; private set; }
    public int PupilId { get; private set; }

    /// <summary>SHA-256 (hex) of the pupil's data as sent; for an invalid pupil, of the data as checked.</summary>
    public string Fingerprint { get; private set; } = "";

    public GirVuSubmissionStatus Status { get; private set; }

    /// <summary>The errors (ours or the resource's), JSON: a list of { code, field, text }.</summary>
    public string? ErrorsJson { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    private GirVuSubmission()
    {
    }

    public GirVuSubmission(int exchangeId, int schoolId, int pupilId, string fingerprint, GirVuSubmissionStatus status, string? errorsJson)
    {
        ExchangeId = exchangeId;
        SchoolId = schoolId;
        PupilId = pupilId;
        Fingerprint = fingerprint;
        Status = status;
        ErrorsJson = errorsJson;
    }

    public void Answer(bool accepted, string? errorsJson, DateTimeOffset at)
    {
        Status = accepted ? GirVuSubmissionStatus.Accepted : GirVuSubmissionStatus.Rejected;
        ErrorsJson = accepted ? null : errorsJson;
        AnsweredAt = at;
    }
}
