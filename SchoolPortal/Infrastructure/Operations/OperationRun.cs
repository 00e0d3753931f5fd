using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>
/// One run of a long operation as its handler sees it: what was asked, and <see cref="ReportAsync"/> to tell the pages how
/// far it got (written to the database at most every <see cref="ReportInterval"/>, and whenever the stage changes).
/// </summary>
public sealed class OperationRun(LongOperation operation, IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    public static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(300);

    private DateTimeOffset _reportedAt = DateTimeOffset.MinValue;
    private string? _stage = operation.Stage;

    public Guid Id => operation.Id;
    public string Kind => operation.Kind;
    public int? SchoolId => operation.SchoolId;
    public int? RequestedByAccountId => operation.RequestedByAccountId;
    public string RequestedByLogin => operation.RequestedByLogin;
    public string? Parameters => operation.Parameters;
    public string? InputName => operation.InputName;
    public byte[]? Input => operation.Input;

    /// <summary>Who asked, as an actor for the audit log of what the operation writes.</summary>
    public AuditActor Actor => new(RequestedByAccountId, RequestedByLogin);

    public async Task ReportAsync(int done, int total, string stage, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (stage == _stage && now - _reportedAt < ReportInterval && done < total)
            return;
        _stage = stage;
        _reportedAt = now;
        var cut = stage.Length <= LongOperation.MaxStageLength ? stage : stage[..LongOperation.MaxStageLength];
        // System scope: a running operation records its own progress, whoever started it.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, Actor);
        await db.LongOperations.Where(o => o.Id == operation.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.Done, Math.Max(0, done)).SetProperty(o => o.Total, Math.Max(0, total))
                .SetProperty(o => o.Stage, cut), ct);
    }
}
