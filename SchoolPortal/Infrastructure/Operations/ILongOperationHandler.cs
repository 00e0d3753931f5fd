namespace SchoolPortal.Infrastructure.Operations;

/// <summary>The work of one kind of long operation (a big export, an update file), run by <see cref="LongOperationRunner"/>.</summary>
public interface ILongOperationHandler
{
    /// <summary>The <see cref="Domain.Operations.LongOperation.Kind"/> this handler runs, e.g. <c>pupils-export</c>.</summary>
    string Kind { get; }

    /// <exception cref="OperationFailedException">A failure the user should read (in Russian).</exception>
    Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct);

    /// <summary>
    /// When the process running the operation died half-way: true, run it again from zero (the handler gives the same result
    /// when run twice, the runner's contract); false, mark it failed with <see cref="InterruptedMessage"/>.
    /// </summary>
    bool ResumesAfterRestart => true;

    /// <summary>What the user reads after «Операция прервана перезапуском сервера: » when the operation is not resumed.</summary>
    string InterruptedMessage => "запустите её ещё раз.";

    /// <summary>Undoes what the feature marked when it started the operation, after the operation was failed by a restart or cancelled.</summary>
    Task AbandonedAsync(OperationRun run, CancellationToken ct) => Task.CompletedTask;
}
