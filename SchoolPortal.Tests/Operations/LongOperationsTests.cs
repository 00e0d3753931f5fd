using System.Text;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Tests.Operations;

public sealed class LongOperationsTests : IDisposable
{
    private readonly OperationsWorld _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task A_started_operation_is_stored_with_its_input_and_handed_to_the_scheduler()
    {
        var id = await _w.For(_w.Region.Admin1).StartAsync("test-export", "{\"a\":1}", "file.xlsx", [1, 2, 3]);

        Assert.Equal([id], _w.Scheduler.Scheduled);
        await using var db = _w.Database.System();
        var stored = await db.LongOperations.SingleAsync(o => o.Id == id);
        Assert.Equal(OperationState.Queued, stored.State);
        Assert.Equal(_w.Region.School1.Id, stored.SchoolId);
        Assert.Equal("admin1", stored.RequestedByLogin);
        Assert.Equal([1, 2, 3], stored.Input);
        Assert.Equal("{\"a\":1}", stored.Parameters);
    }

    [Fact]
    public async Task The_runner_reports_progress_and_stores_the_result_file()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync("test-export");
        OperationView? midway = null;
        var handler = new TestHandler("test-export", async run =>
        {
            await run.ReportAsync(5, 10, "Запись строк");
            midway = await operations.FindAsync(run.Id);
            return new OperationOutcome("{\"rows\":10}", "Ученики.xlsx", Encoding.UTF8.GetBytes("xlsx"));
        });

        await _w.Runner(handler).RunAsync(id, CancellationToken.None);

        Assert.Equal((OperationState.Running, 5, 10, 50, "Запись строк"), (midway!.State, midway.Done, midway.Total, midway.Percent, midway.Stage));
        var done = await operations.FindAsync(id);
        Assert.Equal(OperationState.Succeeded, done!.State);
        Assert.True(done.HasResult);
        Assert.Equal("{\"rows\":10}", done.Summary);
        var file = await operations.ResultAsync(id);
        Assert.Equal(("Ученики.xlsx", "xlsx"), (file!.Value.Name, Encoding.UTF8.GetString(file.Value.Content)));
    }

    [Fact]
    public async Task A_failure_for_the_user_keeps_its_message_and_an_unexpected_one_gets_the_portals()
    {
        var operations = _w.For(_w.Region.Admin1);
        var told = await operations.StartAsync("told");
        var crashed = await operations.StartAsync("crashed");
        var runner = _w.Runner(
            new TestHandler("told", _ => throw new OperationFailedException("В файле нет листа «Ученики».")),
            new TestHandler("crashed", _ => throw new InvalidOperationException("boom")));

        await runner.RunAsync(told, CancellationToken.None);
        await runner.RunAsync(crashed, CancellationToken.None);

        var toldView = await operations.FindAsync(told);
        Assert.Equal((OperationState.Failed, "В файле нет листа «Ученики»."), (toldView!.State, toldView.Error));
        Assert.Equal(LongOperationRunner.UnexpectedError, (await operations.FindAsync(crashed))!.Error);
    }

    [Fact]
    public async Task An_unknown_kind_fails_with_a_message_instead_of_hanging_in_the_queue()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync("nobody-runs-this");

        await _w.Runner().RunAsync(id, CancellationToken.None);

        var view = await operations.FindAsync(id);
        Assert.Equal(OperationState.Failed, view!.State);
        Assert.Contains("nobody-runs-this", view.Error);
    }

    [Fact]
    public async Task Running_a_finished_operation_again_changes_nothing_and_an_interrupted_one_starts_over()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync("test-export");
        var handler = new TestHandler("test-export", _ => Task.FromResult(new OperationOutcome("готово")));
        var runner = _w.Runner(handler);

        await runner.RunAsync(id, CancellationToken.None);
        await runner.RunAsync(id, CancellationToken.None);
        Assert.Equal(1, handler.Runs);

        // A worker killed half-way leaves the operation running; while its heartbeat is fresh nobody else takes it,
        // once it is stale the retry starts it over.
        var interrupted = await operations.StartAsync("test-export");
        await using (var db = _w.Database.System())
        {
            var stored = await db.LongOperations.SingleAsync(o => o.Id == interrupted);
            stored.Start(_w.Clock.GetUtcNow(), 100, "Запись строк", "killed-node");
            stored.Report(40, 100, "Запись строк");
            await db.SaveChangesAsync();
        }
        await runner.RunAsync(interrupted, CancellationToken.None);
        Assert.Equal(1, handler.Runs);
        _w.Clock.Advance(Domain.Operations.LongOperation.StaleAfter + TimeSpan.FromSeconds(1));
        await runner.RunAsync(interrupted, CancellationToken.None);
        Assert.Equal(2, handler.Runs);
        Assert.Equal(OperationState.Succeeded, (await operations.FindAsync(interrupted))!.State);
    }

    [Fact]
    public async Task Another_schools_admin_sees_neither_the_operation_nor_its_file_and_the_region_operator_sees_both()
    {
        var id = await _w.For(_w.Region.Admin1).StartAsync("test-export");
        await _w.Runner(new TestHandler("test-export", _ => Task.FromResult(new OperationOutcome(null, "f.xlsx", [7]))))
            .RunAsync(id, CancellationToken.None);

        Assert.Null(await _w.For(_w.Region.Admin2).FindAsync(id));
        Assert.Null(await _w.For(_w.Region.Admin2).ResultAsync(id));
        Assert.Null(await _w.For(PortalUser.Anonymous).FindAsync(id));
        Assert.NotNull(await _w.For(_w.Region.RegionOperator).ResultAsync(id));
    }

    [Fact]
    public async Task The_latest_operation_of_a_kind_is_found_again_after_the_page_was_closed()
    {
        var operations = _w.For(_w.Region.Admin1);
        await operations.StartAsync("pupils-export");
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        var latest = await operations.StartAsync("pupils-export");
        await operations.StartAsync("other-kind");

        Assert.Equal(latest, (await operations.LatestAsync("pupils-export"))!.Id);
        Assert.Null(await _w.For(_w.Region.Admin2).LatestAsync("pupils-export"));
    }

    [Fact]
    public async Task Signing_out_is_needed_to_start_nothing_and_a_too_big_file_is_refused()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _w.For(PortalUser.Anonymous).StartAsync("x"));
        var big = await Assert.ThrowsAsync<OperationFailedException>(() =>
            _w.For(_w.Region.Admin1).StartAsync("x", null, "big.xlsx", new byte[LongOperations.MaxInputBytes + 1]));
        Assert.Contains("МБ", big.Message);
        Assert.Empty(_w.Scheduler.Scheduled);
    }
}
