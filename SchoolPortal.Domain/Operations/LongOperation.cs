namespace SchoolPortal.Domain.Operations;

/// <summary>
/// A long piece of work run as a background job (a big export, an update file of thousands of rows): who asked for it,
/// its input and result files, and its progress, stored so that the page that started it can close and any page can show
/// how far it got and hand out the result when it is done.
/// </summary>
public sealed class LongOperation
{
    public const int MaxStageLength = 300;
    public const int MaxErrorLength = 4000;

    public Guid Id { get; private set; }

    /// <summary>What the operation does, e.g. <c>pupils-export</c>; the feature that runs it knows its kinds.</summary>
    public string Kind { get; private set; } = "";

    public int? SchoolId { get; private set; }
    public int? RequestedByAccountId { get; private set; }
    public string RequestedByLogin { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public OperationState State { get; private set; }

    /// <summary>Items done so far of <see cref="Total"/> (rows read, rows written...); 0 of 0 before the total is known.</summary>
    public int Done { get; private set; }

    public int Total { get; private set; }

    /// <summary>What the operation is doing now, in Russian («Проверка строк»).</summary>
    public string? Stage { get; private set; }

    /// <summary>Why it failed, in Russian, for the user.</summary>
    public string? Error { get; private set; }

    /// <summary>The parameters the operation was asked with (JSON of the feature's own shape).</summary>
    public string? Parameters { get; private set; }

    public string? InputName { get; private set; }
    public byte[]? Input { get; private set; }
    public string? ResultName { get; private set; }
    public byte[]? Result { get; private set; }

    /// <summary>What the result says (JSON of the feature's own shape), e.g. the preview of an update.</summary>
    public string? Summary { get; private set; }

    private LongOperation()
    {
    }

    public LongOperation(Guid id, string kind, int? schoolId, int? requestedByAccountId, string requestedByLogin, DateTimeOffset at,
        string? parameters = null, string? inputName = null, byte[]? input = null)
    {
        Id = id;
        Kind = kind;
        SchoolId = schoolId;
        RequestedByAccountId = requestedByAccountId;
        RequestedByLogin = requestedByLogin;
        RequestedAt = at;
        Parameters = parameters;
        InputName = inputName;
        Input = input;
        State = OperationState.Queued;
    }

    public bool IsFinished => State is OperationState.Succeeded or OperationState.Failed;

    /// <summary>Starts (or, after a worker was killed, starts again) from zero.</summary>
    public void Start(DateTimeOffset at, int total, string stage)
    {
        State = OperationState.Running;
        StartedAt = at;
        FinishedAt = null;
        Error = null;
        Report(0, total, stage);
    }

    public void Report(int done, int total, string stage)
    {
        Total = Math.Max(0, total);
        Done = Math.Clamp(done, 0, Math.Max(Total, done));
        Stage = Cut(stage, MaxStageLength);
    }

    public void Succeed(DateTimeOffset at, string? summary, string? resultName = null, byte[]? result = null)
    {
        State = OperationState.Succeeded;
        FinishedAt = at;
        Summary = summary;
        ResultName = resultName;
        Result = result;
        Done = Total;
        // The input is not needed any more; the result is what the user downloads.
        Input = null;
    }

    public void Fail(DateTimeOffset at, string error)
    {
        State = OperationState.Failed;
        FinishedAt = at;
        Error = Cut(error, MaxErrorLength);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
