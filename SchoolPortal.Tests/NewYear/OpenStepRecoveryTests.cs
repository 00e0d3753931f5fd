using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Features.NewYear;
using SchoolPortal.Features.NewYear.Wizard;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Operations;

namespace SchoolPortal.Tests.NewYear;

/// <summary>The open step of a plan whose opening failed or was cut by a restart: «Повторить» and «Отменить», not a dead end.</summary>
public sealed class OpenStepRecoveryTests : MudTestContext
{
    private readonly OperationsWorld _w = new();
    private readonly NewYearEngineDouble _engine = new();

    public OpenStepRecoveryTests()
    {
        var portalDb = _w.Database.For(_w.Region.Admin1);
        Services.AddSingleton(_w.For(_w.Region.Admin1));
        Services.AddSingleton<INewYearEngine>(_engine);
        Services.AddSingleton(new NewYearClassesService(portalDb, new PlanEditor(portalDb, _w.Database.Factory, _w.Clock)));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _w.Dispose();
    }

    [Fact]
    public async Task A_plan_stuck_opening_with_an_interrupted_operation_offers_retry_and_cancel()
    {
        var id = await _w.For(_w.Region.Admin1).StartAsync("new-year-open", "7");
        await using (var db = _w.Database.System())
        {
            var stored = await db.LongOperations.SingleAsync(o => o.Id == id);
            stored.Fail(_w.Clock.GetUtcNow(), LongOperation.InterruptedPrefix + "запустите её ещё раз.");
            await db.SaveChangesAsync();
        }
        var changed = 0;

        var cut = Render<OpenStep>(p => p.Add(c => c.Plan, Plan(RolloverState.Opening, id)).Add(c => c.OnChanged, () => changed++));

        cut.WaitForAssertion(() => Assert.StartsWith("Операция прервана перезапуском сервера", cut.Find("[data-testid=operation-failed]").TextContent.Trim()),
            TimeSpan.FromSeconds(5));
        var shown = changed;
        cut.Find("[data-testid=operation-cancel]").Click();
        cut.WaitForAssertion(() => Assert.Equal([7], _engine.OpeningsCancelled), TimeSpan.FromSeconds(5));
        cut.Find("[data-testid=operation-retry]").Click();
        cut.WaitForAssertion(() => Assert.Equal([7], _engine.Opened), TimeSpan.FromSeconds(5));
        // Each action reloads the wizard's plan, so the step shows what the plan became.
        Assert.Equal(shown + 2, changed);
    }

    private static WizardPlan Plan(RolloverState state, Guid operationId) =>
        new(7, 1, "СОШ № 1", "2026/2027", "2027/2028", 1, 2, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31), state, new DateOnly(2027, 9, 6),
            operationId, true, []);
}
