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
    public const int MaxInstanceLength = 200;

    /// <summary>A worker writes <see cref="HeartbeatAt"/> this often while it runs the operation.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(20);

    /// <summary>An unfinished operation whose heartbeat is older than this was left by a node or process that is gone.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    public const string InterruptedPrefix = "Операция прервана перезапуском сервера: ";

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

    /// <summary>The portal process (node and process instance) that runs the operation, or that queued it while it waits.</summary>
    public string? Instance { get; private set; }

    /// <summary>When <see cref="Instance"/> last said it is still at work on this operation.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }

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
        string? parameters = null, string? inputName = null, byte[]? input = null, string? instance = null)
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
        Instance = CutOrNull(instance, MaxInstanceLength);
        HeartbeatAt = at;
    }

    public bool IsFinished => State is OperationState.Succeeded or OperationState.Failed or OperationState.Cancelled;

    /// <summary>Starts (or, after a worker was killed, starts again) from zero, run by <paramref name="instance"/>.</summary>
    public void Start(DateTimeOffset at, int total, string stage, string? instance = null)
    {
        State = OperationState.Running;
        StartedAt = at;
        FinishedAt = null;
        Error = null;
        Instance = CutOrNull(instance, MaxInstanceLength);
        HeartbeatAt = at;
        Report(0, total, stage);
    }

    /// <summary>
    /// Queued or running, and the process that holds it is not <paramref name="thisInstance"/> and has not beaten for
    /// <see cref="StaleAfter"/>: the node was killed or restarted, and nobody will finish this unless told.
    /// </summary>
    public bool IsAbandoned(string thisInstance, DateTimeOffset now) =>
        State is OperationState.Queued or OperationState.Running && Instance != thisInstance && (HeartbeatAt ?? RequestedAt) < now - StaleAfter;

    /// <summary>Back in the queue, to run again from zero (after its node died, or «Повторить» after a failure).</summary>
    public void Requeue(DateTimeOffset at, string stage, string? instance)
    {
        if (State is OperationState.Succeeded or OperationState.Cancelled)
            throw new Common.DomainException("Операция уже завершена: повторять нечего.", "state");
        State = OperationState.Queued;
        FinishedAt = null;
        Error = null;
        Instance = CutOrNull(instance, MaxInstanceLength);
        HeartbeatAt = at;
        Report(0, 0, stage);
    }

    /// <summary>«Отменить» of a failed or abandoned operation: it stays in the history, finished, and is not run again.</summary>
    public void Cancel(DateTimeOffset at, string login)
    {
        if (State is OperationState.Succeeded or OperationState.Cancelled)
            throw new Common.DomainException("Операция уже завершена: отменять нечего.", "state");
        State = OperationState.Cancelled;
        FinishedAt = at;
        Error = Cut($"Операция отменена ({login}).{(Error is null ? "" : " " + Error)}", MaxErrorLength);
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

    private static string? CutOrNull(string? text, int max) => text is null ? null : Cut(text, max);
}
