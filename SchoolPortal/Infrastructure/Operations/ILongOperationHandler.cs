namespace SchoolPortal.Infrastructure.Operations;

/// <summary>The work of one kind of long operation (a big export, an update file), run by <see cref="LongOperationRunner"/>.</summary>
public interface ILongOperationHandler
{
    /// <summary>The <see cref="Domain.Operations.LongOperation.Kind"/> this handler runs, e.g. <c>pupils-export</c>.</summary>
    string Kind { get; }

    /// <exception cref="OperationFailedException">A failure the user should read (in Russian).</exception>
    Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct);
}
