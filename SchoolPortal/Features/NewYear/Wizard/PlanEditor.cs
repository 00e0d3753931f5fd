using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// The one way the wizard's services change a plan: the user must be the administrator of the plan's school (operators
/// only look), the plan must be a draft, the edit runs in one transaction, and a confirmed step whose data changed is
/// reopened (it must be confirmed again). A domain refusal becomes the result's message; nothing is written then.
/// </summary>
/// <remarks>
/// The plan is found through the user's scope (a foreign plan is "not found"); the edit itself writes through the system
/// scope, because the scope guard accepts only school-scoped records from a school user and classes of a year and holiday
/// sets are not (they belong to a school through their year). Every query of an edit is therefore limited to the plan's
/// school or its new year by hand.
/// </remarks>
public sealed class PlanEditor(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => Infrastructure.CardCalendar.Today(clock);

    public static bool CanEdit(PortalUser user, int schoolId) => user.Has(Role.SchoolAdmin) && user.SchoolId == schoolId;

    /// <param name="step">The step whose data the edit changes; null when the edit only confirms.</param>
    /// <param name="edit">Returns a refusal, or null when the changes may be saved.</param>
    public async Task<WizardResult> EditAsync(int planId, RolloverStep? step, Func<PortalDbContext, RolloverPlan, Task<string?>> edit,
        CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using (var scoped = await portalDb.OpenAsync())
        {
            if (!await scoped.RolloverPlans.AnyAsync(p => p.Id == planId, ct))
                return WizardResult.Refused("План нового учебного года не найден или недоступен вам.");
        }
        // System scope: the plan was just checked through the user's scoped context; the edit touches rows of that plan only.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        var plan = await db.RolloverPlans.SingleAsync(p => p.Id == planId, ct);
        if (!CanEdit(user, plan.SchoolId))
            return WizardResult.Refused("Изменять план нового учебного года может только администратор этой школы; операторы его просматривают.");
        if (!RolloverPlan.PreparationOpen(plan.NewStartYear, Today))
            return WizardResult.Refused(RolloverPlan.PreparationClosedMessage(plan.NewStartYear));
        if (plan.State != RolloverState.Draft)
            return WizardResult.Refused("Новый учебный год уже открывается или открыт: шаги менять нельзя (сначала отмените открытие).");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (await edit(db, plan) is { } refusal)
                return WizardResult.Refused(refusal);
            if (step is { } changed && plan.IsConfirmed(changed))
                plan.Reopen(changed);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return WizardResult.Done;
        }
        catch (DomainException e)
        {
            return WizardResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            return WizardResult.Refused("Не удалось сохранить: данные изменились или нарушают ограничения базы. Обновите страницу и повторите.");
        }
    }
}
