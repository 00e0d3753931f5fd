using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The card's status actions. Each one moves the application through the domain's status graph (which refuses a wrong
/// move with a Russian message), writes the history row and, for an application from EPGU, the status message to the
/// outbox; the change is audited, and everything goes in one save (one transaction) or not at all.
/// </summary>
public sealed class ApplicationStatusService(PortalDb portalDb, TimeProvider clock)
{
    public Task<EnrollmentResult> RegisterAsync(int id, string? comment = null, CancellationToken ct = default) =>
        ActAsync(id, async (db, a, who, now, _) => a.Register(who, now, await EnrollmentSettings.CampaignAsync(db, a.Year, ct), comment),
            "Заявление зарегистрировано.", ct);

    public Task<EnrollmentResult> TakeForReviewAsync(int id, string? comment = null, CancellationToken ct = default) =>
        ActAsync(id, (_, a, who, now, _) => Sync(() => a.TakeForReview(who, now, comment)), "Заявление принято к рассмотрению.", ct);

    /// <param name="comment">When to come and what to bring: the parent reads it on Gosuslugi.</param>
    public Task<EnrollmentResult> InviteAsync(int id, string? comment, CancellationToken ct = default) =>
        ActAsync(id, (_, a, who, now, _) => Sync(() => a.Invite(who, now, comment)), "Заявитель приглашён в школу.", ct);

    /// <summary>«Направлен в ООО»: refused for a first-stage application before the campaign's directing day.</summary>
    public Task<EnrollmentResult> DirectAsync(int id, string? comment = null, CancellationToken ct = default) =>
        ActAsync(id, async (db, a, who, now, today) => a.Direct(who, now, today, await EnrollmentSettings.CampaignAsync(db, a.Year, ct), comment),
            "Заявление направлено в ООО: ребёнок ждёт распорядительного акта о зачислении.", ct);

    public Task<EnrollmentResult> RequestCorrectionAsync(int id, string? comment, CancellationToken ct = default) =>
        ActAsync(id, (_, a, who, now, _) => Sync(() => a.RequestCorrection(who, now, comment)), "Заявление возвращено на исправление.", ct);

    public Task<EnrollmentResult> RefuseAsync(int id, RefusalReason? reason, string? comment = null, CancellationToken ct = default) =>
        ActAsync(id, (_, a, who, now, _) => Sync(() => a.Refuse(reason, who, now, comment)), "В приёме отказано.", ct);

    public Task<EnrollmentResult> WithdrawAsync(int id, string? comment = null, CancellationToken ct = default) =>
        ActAsync(id, (_, a, who, now, _) => Sync(() => a.Withdraw(who, now, comment)), "Заявление отозвано по обращению заявителя.", ct);

    /// <summary>The action as the card names it, for a page with one confirmation dialog for all of them.</summary>
    public Task<EnrollmentResult> ActAsync(int id, ApplicationAction action, string? comment, RefusalReason? reason = null, CancellationToken ct = default) =>
        action switch
        {
            ApplicationAction.Register => RegisterAsync(id, comment, ct),
            ApplicationAction.TakeForReview => TakeForReviewAsync(id, comment, ct),
            ApplicationAction.Invite => InviteAsync(id, comment, ct),
            ApplicationAction.Direct => DirectAsync(id, comment, ct),
            ApplicationAction.RequestCorrection => RequestCorrectionAsync(id, comment, ct),
            ApplicationAction.Refuse => RefuseAsync(id, reason, comment, ct),
            _ => WithdrawAsync(id, comment, ct),
        };

    private static Task Sync(Action act)
    {
        act();
        return Task.CompletedTask;
    }

    private async Task<EnrollmentResult> ActAsync(int id,
        Func<PortalDbContext, EnrollmentApplication, string, DateTimeOffset, DateOnly, Task> act, string done, CancellationToken ct)
    {
        var user = await portalDb.UserAsync();
        EnrollmentAccess.SchoolAdmin(user, "Менять статус заявления");
        await using var db = await portalDb.OpenAsync();
        var application = await db.EnrollmentApplications.Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
            return EnrollmentResult.Refused("Заявление не найдено или относится к другой школе.");
        var now = clock.GetUtcNow();
        try
        {
            await act(db, application, EnrollmentAccess.Who(user), now, CardCalendar.Today(clock));
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }
        if (EpguStatusMessage.For(application, now) is { } message)
            db.EpguStatusMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EnrollmentResult.Refused("Заявление только что изменил другой пользователь: откройте карточку заново.");
        }
        return EnrollmentResult.Done(done, application.Id);
    }
}
