using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure.Uploads;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>The services of a batch operation built for its requester, and the JSON of parameters and summaries.</summary>
public sealed class BatchJobs(IDbContextFactory<PortalDbContext> factory, RecordKeys keys, INewPersonCheck newPeople, PortalCache cache,
    TimeProvider clock, UploadParsingLimiter limiter)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The request a long operation was started with.</summary>
    /// <exception cref="OperationFailedException"><paramref name="missing"/>, when the operation carries none.</exception>
    public static T Request<T>(OperationRun run, string missing) where T : class =>
        JsonSerializer.Deserialize<T>(run.Parameters ?? "null", Json) ?? throw new OperationFailedException(missing);

    public BatchUpdateService Update(OperationRun run) => new(Db(run), new BatchPlanner(keys, newPeople), cache, clock);

    /// <summary>
    /// Reads the operation's file into the shared cache when this node's upload limiter gives a turn; meanwhile the progress
    /// says <see cref="UploadParsingLimiter.QueuedMessage"/>.
    /// </summary>
    public Task ReadInputAsync(OperationRun run, BatchUpdateService update, CancellationToken ct) =>
        limiter.RunAsync(() => update.RowCountAsync(run.Input ?? []), () => run.ReportAsync(0, 0, UploadParsingLimiter.QueuedMessage, ct), ct);

    public BatchExportService Export(OperationRun run) => new(Db(run), keys, clock);

    private PortalDb Db(OperationRun run) => new(factory, new RequesterUser(run));
}
