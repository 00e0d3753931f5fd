using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.NewYear.Engine;
using SchoolPortal.Tests.Operations;

namespace SchoolPortal.Tests.NewYear;

/// <summary>The portal killed while a school's new year opens: on start the opening is resumed and the plan leaves «Открывается».</summary>
public sealed class OpeningRecoveryTests : IAsyncLifetime
{
    private readonly RolloverWorld _w = new();
    private readonly OperationsWorld.RecordingScheduler _scheduler = new();
    private RecoveryWorld _r = null!;
    private PortalUser _admin = null!;

    public async Task InitializeAsync()
    {
        await using (var db = _w.Database.System())
        {
            var account = new UserAccount("admin.school1", "Администратор школы 1", Role.SchoolAdmin, _w.Region.School1.Id);
            db.UserAccounts.Add(account);
            await db.SaveChangesAsync();
            _admin = new PortalUser(account.Id, account.Login, account.DisplayName, Role.SchoolAdmin, _w.Region.School1.Id, null);
        }
        _r = new RecoveryWorld(_w.Database, RolloverWorld.Clock, _scheduler,
            sp => new RolloverHandler(_w.Database.Factory, sp.GetRequiredService<TimeProvider>()));
    }

    public async Task DisposeAsync()
    {
        await _r.DisposeAsync();
        _w.Dispose();
    }

    [Fact]
    public async Task An_opening_left_running_by_a_killed_portal_is_resumed_and_the_new_year_opens()
    {
        var operationId = await OpeningCutByAKillAsync();

        Assert.Equal(1, await _r.Recovery.RecoverAsync(CancellationToken.None));
        Assert.Equal([operationId], _scheduler.Scheduled);
        await _r.Runner().RunAsync(operationId, CancellationToken.None);

        Assert.Equal(OperationState.Succeeded, (await _r.StoredAsync(operationId)).State);
        await using var db = _w.Database.System();
        var plan = await db.RolloverPlans.AsNoTracking().SingleAsync(p => p.Id == _w.PlanId);
        Assert.Equal(RolloverState.Opened, plan.State);
        Assert.Equal("admin.school1", plan.OpenedByLogin);
    }

    [Fact]
    public async Task Cancelling_an_interrupted_opening_returns_the_plan_to_draft()
    {
        var operationId = await OpeningCutByAKillAsync();
        await using (var db = _w.Database.System())
        {
            var stored = await db.LongOperations.SingleAsync(o => o.Id == operationId);
            stored.Fail(RolloverWorld.Clock.GetUtcNow(), LongOperation.InterruptedPrefix + "запустите её ещё раз.");
            await db.SaveChangesAsync();
        }

        await _w.Engine(_admin).CancelOpeningAsync(_w.PlanId);

        await using var check = _w.Database.System();
        Assert.Equal(RolloverState.Draft, (await check.RolloverPlans.AsNoTracking().SingleAsync(p => p.Id == _w.PlanId)).State);
        Assert.Equal(OperationState.Cancelled, (await _r.StoredAsync(operationId)).State);
    }

    /// <summary>«Открыть новый год» pressed, then the process running the job killed: the plan says «Открывается», the job «Running».</summary>
    private async Task<Guid> OpeningCutByAKillAsync()
    {
        var operationId = await _w.Engine(_admin).OpenAsync(_w.PlanId);
        await _r.LeaveRunningAsync(operationId, ago: TimeSpan.FromMinutes(10));
        await using var db = _w.Database.System();
        Assert.Equal(RolloverState.Opening, (await db.RolloverPlans.AsNoTracking().SingleAsync(p => p.Id == _w.PlanId)).State);
        return operationId;
    }
}
