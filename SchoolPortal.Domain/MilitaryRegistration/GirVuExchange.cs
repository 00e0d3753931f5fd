using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>
/// One school's package for ГИР ВУ in one exchange run: when it was built and handed to the gateway, how many pupils it
/// carried, how many were held back by our own checks, and when the answer came back.
/// </summary>
public sealed class GirVuExchange : ISchoolScoped
{
    public const int MaxErrorLength = 2000;

    public int Id { get; private set; }

    /// <summary>The exchange run this package belongs to: all schools' packages of one run share it (the report's «Дата/время»).</summary>
    public Guid RunId { get; private set; }

    /// <summary>The package's own id, written into the package and echoed by the response.</summary>
    public Guid PackageId { get; private set; }

    public int SchoolId { get; private set; }
    public int MunicipalityId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string FormatVersion { get; private set; } = "";
    public GirVuExchangeState State { get; private set; }

    /// <summary>Pupils written into the package.</summary>
    public int SentCount { get; private set; }

    /// <summary>Pupils of the selection held back by our validation (not sent).</summary>
    public int InvalidCount { get; private set; }

    /// <summary>Pupils skipped because they were accepted before and have not changed since.</summary>
    public int UnchangedCount { get; private set; }

    public int AcceptedCount { get; private set; }
    public int RejectedCount { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Why the gateway refused the package (Russian), when <see cref="State"/> is <see cref="GirVuExchangeState.Failed"/>.</summary>
    public string? Error { get; private set; }

    private GirVuExchange()
    {
    }

    public GirVuExchange(Guid runId, Guid packageId, int schoolId, int municipalityId, DateTimeOffset createdAt, string formatVersion,
        int sentCount, int invalidCount, int unchangedCount)
    {
        RunId = runId;
        PackageId = packageId;
        SchoolId = schoolId;
        MunicipalityId = municipalityId;
        CreatedAt = createdAt;
        FormatVersion = formatVersion;
        SentCount = sentCount;
        InvalidCount = invalidCount;
        UnchangedCount = unchangedCount;
        State = GirVuExchangeState.Sent;
    }

    public void Answered(DateTimeOffset at, int accepted, int rejected)
    {
        State = GirVuExchangeState.Answered;
        AnsweredAt = at;
        AcceptedCount = accepted;
        RejectedCount = rejected;
    }

    public void Failed(string error)
    {
        State = GirVuExchangeState.Failed;
        Error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
    }
}
