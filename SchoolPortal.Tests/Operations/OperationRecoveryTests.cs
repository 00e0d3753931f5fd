using SchoolPortal.Domain.Operations;
using SchoolPortal.Features.BatchUpdate;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Tests.BatchUpdate;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Tests.Operations;

/// <summary>A portal killed during a long operation, started again: what it finds and what the user then sees.</summary>
public sealed class OperationRecoveryTests : IAsyncLifetime
{
    private readonly OperationsWorld _w = new();
    private RecoveryWorld _r = null!;

    public Task InitializeAsync()
    {
        _r = new RecoveryWorld(_w.Database, _w.Clock, _w.Scheduler,
            _ => new TestHandler("test-export", _ => Task.FromResult(new OperationOutcome("готово"))),
            _ => new BatchApplyHandler(new BatchJobs(_w.Database.Factory, BatchFixture.Keys, new NoNewPersonCheck(), PortalCache.InProcess(), _w.Clock,
                new UploadParsingLimiter(new UploadOptions()))));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _r.DisposeAsync();
        _w.Dispose();
    }

    [Fact]
    public async Task A_batch_apply_left_running_by_a_killed_portal_is_failed_with_the_restart_message_and_can_be_retried()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync(BatchOperationKinds.Apply, "{}", "ученики.xlsx", [1, 2, 3]);
        _w.Scheduler.Scheduled.Clear();
        await _r.LeaveRunningAsync(id, ago: TimeSpan.FromMinutes(5));

        Assert.Equal(1, await _r.Recovery.RecoverAsync(CancellationToken.None));

        var view = await operations.FindAsync(id);
        Assert.Equal(OperationState.Failed, view!.State);
        Assert.StartsWith("Операция прервана перезапуском сервера: изменения не записаны", view.Error);
        Assert.True(view.CanRetry);
        Assert.Empty(_w.Scheduler.Scheduled);

        Assert.True(await operations.RetryAsync(id));
        Assert.Equal(OperationState.Queued, (await operations.FindAsync(id))!.State);
        Assert.Equal([id], _w.Scheduler.Scheduled);
        Assert.Equal([1, 2, 3], (await _r.StoredAsync(id)).Input);
    }

    [Fact]
    public async Task A_resumable_operation_left_running_is_queued_again_and_runs_to_its_end()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync("test-export");
        _w.Scheduler.Scheduled.Clear();
        await _r.LeaveRunningAsync(id, ago: TimeSpan.FromMinutes(5));

        await _r.Recovery.RecoverAsync(CancellationToken.None);

        var resumed = await operations.FindAsync(id);
        Assert.Equal((OperationState.Queued, OperationRecovery.ResumedStage), (resumed!.State, resumed.Stage));
        Assert.Equal([id], _w.Scheduler.Scheduled);
        await _r.Runner().RunAsync(id, CancellationToken.None);
        Assert.Equal((OperationState.Succeeded, "готово"), ((await operations.FindAsync(id))!.State, (await operations.FindAsync(id))!.Summary));
    }

    [Fact]
    public async Task An_operation_another_live_node_is_running_is_left_alone_and_not_run_twice()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync("test-export");
        await _r.LeaveRunningAsync(id, ago: TimeSpan.FromSeconds(30), instance: "other-node/1/live");

        Assert.Equal(0, await _r.Recovery.RecoverAsync(CancellationToken.None));
        // A Hangfire job seen again while the other node still works: the runner does not take the operation.
        await _r.Runner().RunAsync(id, CancellationToken.None);

        var stored = await _r.StoredAsync(id);
        Assert.Equal((OperationState.Running, 40, "other-node/1/live"), (stored.State, stored.Done, stored.Instance));
    }

    [Fact]
    public async Task A_failed_operation_cancelled_by_its_user_stays_finished_and_is_not_run_again()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync(BatchOperationKinds.Apply, "{}", "ученики.xlsx", [1]);
        await _r.LeaveRunningAsync(id, ago: TimeSpan.FromMinutes(5));
        await _r.Recovery.RecoverAsync(CancellationToken.None);

        Assert.False(await _w.For(_w.Region.Admin2).CancelAsync(id));
        Assert.True(await operations.CancelAsync(id));

        var view = await operations.FindAsync(id);
        Assert.Equal(OperationState.Cancelled, view!.State);
        Assert.StartsWith("Операция отменена (admin1).", view.Error);
        Assert.False(await operations.RetryAsync(id));
        await _r.Runner().RunAsync(id, CancellationToken.None);
        Assert.Equal(OperationState.Cancelled, (await _r.StoredAsync(id)).State);
    }
}
