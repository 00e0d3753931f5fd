using System.Linq.Expressions;
using SchoolPortal.Domain.Operations;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>A long operation as a page shows it: its progress, its outcome, whether a file waits to be downloaded.</summary>
public sealed record OperationView(Guid Id, string Kind, OperationState State, int Done, int Total, string? Stage, string? Error,
    string? Summary, string? ResultName, bool HasResult, DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt)
{
    public bool IsFinished => State is OperationState.Succeeded or OperationState.Failed or OperationState.Cancelled;

    /// <summary>A failed (or interrupted) operation can be run again or given up: the page offers «Повторить» / «Отменить».</summary>
    public bool CanRetry => State == OperationState.Failed;

    /// <summary>Share done, 0–100; null while the total is unknown.</summary>
    public int? Percent => Total > 0 ? (int)Math.Min(100, 100L * Done / Total) : null;

    public string ResultPath => LongOperationEndpoints.ResultPath(Id);

    /// <summary>The view read straight from the table, without loading the input and result files.</summary>
    public static readonly Expression<Func<LongOperation, OperationView>> Projection = o => new OperationView(o.Id, o.Kind, o.State, o.Done,
        o.Total, o.Stage, o.Error, o.Summary, o.ResultName, o.Result != null, o.RequestedAt, o.FinishedAt);
}
