using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Operations;

public sealed class LongOperationProgressTests : MudTestContext
{
    private readonly OperationsWorld _w = new();

    public LongOperationProgressTests() => Services.AddSingleton(_w.For(_w.Region.Admin1));

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _w.Dispose();
    }

    [Fact]
    public async Task The_bar_follows_the_operation_and_then_offers_its_file()
    {
        var operations = _w.For(_w.Region.Admin1);
        var id = await operations.StartAsync("test-export");
        OperationView? finished = null;
        var cut = Render<LongOperationProgress>(p => p
            .Add(c => c.OperationId, id)
            .Add(c => c.Interval, TimeSpan.FromMilliseconds(50))
            .Add(c => c.OnFinished, v => finished = v));
        cut.WaitForAssertion(() => Assert.Contains("В очереди", cut.Find("[data-testid=operation-progress]").TextContent), TimeSpan.FromSeconds(5));

        var release = new TaskCompletionSource();
        var running = _w.Runner(new TestHandler("test-export", async run =>
        {
            await run.ReportAsync(30, 120, "Проверка строк");
            await release.Task;
            return new OperationOutcome(null, "Ученики.xlsx", [1]);
        })).RunAsync(id, CancellationToken.None);

        cut.WaitForAssertion(() => Assert.Contains("Проверка строк: 30 из 120 (25 %)", cut.Find("[data-testid=operation-progress]").TextContent),
            TimeSpan.FromSeconds(5));
        release.SetResult();
        await running;
        cut.WaitForAssertion(() => Assert.Equal(LongOperationEndpoints.ResultPath(id), cut.Find("[data-testid=operation-result]").GetAttribute("href")),
            TimeSpan.FromSeconds(5));
        // The page is told after the finished state is drawn: wait for the callback too, not only for the link.
        cut.WaitForAssertion(() => Assert.Equal(OperationState.Succeeded, finished?.State), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_finished_operation_shows_when_on_the_regions_clock()
    {
        // The world's clock is noon UTC of 28.11.2026: 17:00 in Chelyabinsk, the time every other page shows for it.
        var id = await _w.For(_w.Region.Admin1).StartAsync("done");
        await _w.Runner(new TestHandler("done", _ => Task.FromResult(new OperationOutcome(null, null, null)))).RunAsync(id, CancellationToken.None);

        var cut = Render<LongOperationProgress>(p => p.Add(c => c.OperationId, id));

        cut.WaitForAssertion(() => Assert.Contains("Готово (28.11.2026 17:00)", cut.Find("[data-testid=operation-done]").TextContent),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_failed_operation_shows_its_message()
    {
        var id = await _w.For(_w.Region.Admin1).StartAsync("told");
        await _w.Runner(new TestHandler("told", _ => throw new OperationFailedException("Файл повреждён."))).RunAsync(id, CancellationToken.None);

        var cut = Render<LongOperationProgress>(p => p.Add(c => c.OperationId, id));

        cut.WaitForAssertion(() => Assert.Equal("Файл повреждён.", cut.Find("[data-testid=operation-failed]").TextContent.Trim()),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_operation_interrupted_by_a_restart_offers_retry_which_queues_it_again()
    {
        var id = await InterruptedAsync();

        var cut = Render<LongOperationProgress>(p => p.Add(c => c.OperationId, id).Add(c => c.Interval, TimeSpan.FromMilliseconds(50)));

        cut.WaitForAssertion(() => Assert.StartsWith("Операция прервана перезапуском сервера: изменения не записаны",
            cut.Find("[data-testid=operation-failed]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Equal("Отменить", cut.Find("[data-testid=operation-cancel]").TextContent.Trim());
        cut.Find("[data-testid=operation-retry]").Click();
        cut.WaitForAssertion(() => Assert.Contains("В очереди", cut.Find("[data-testid=operation-progress]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal([id], _w.Scheduler.Scheduled);
    }

    [Fact]
    public async Task Cancelling_an_interrupted_operation_leaves_it_cancelled_without_buttons()
    {
        var id = await InterruptedAsync();
        var cut = Render<LongOperationProgress>(p => p.Add(c => c.OperationId, id));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=operation-cancel]")), TimeSpan.FromSeconds(5));

        cut.Find("[data-testid=operation-cancel]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Операция отменена (admin1).", cut.Find("[data-testid=operation-cancelled]").TextContent.Trim()),
            TimeSpan.FromSeconds(5));
        Assert.Empty(cut.FindAll("[data-testid=operation-retry]"));
        Assert.Empty(_w.Scheduler.Scheduled);
    }

    /// <summary>An operation as <see cref="OperationRecovery"/> leaves one whose process was killed and which does not resume.</summary>
    private async Task<Guid> InterruptedAsync()
    {
        var id = await _w.For(_w.Region.Admin1).StartAsync("batch-apply-like", null, "ученики.xlsx", [1]);
        _w.Scheduler.Scheduled.Clear();
        await using var db = _w.Database.System();
        var stored = await db.LongOperations.SingleAsync(o => o.Id == id);
        stored.Start(_w.Clock.GetUtcNow(), 10, "Запись строк", "killed-node");
        stored.Fail(_w.Clock.GetUtcNow(), LongOperation.InterruptedPrefix + "изменения не записаны.");
        await db.SaveChangesAsync();
        return id;
    }

    [Fact]
    public void An_operation_the_user_may_not_see_is_not_found()
    {
        var cut = Render<LongOperationProgress>(p => p.Add(c => c.OperationId, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.Equal("Операция не найдена.", cut.Find("[data-testid=operation-missing]").TextContent),
            TimeSpan.FromSeconds(5));
    }
}
