using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>
/// «Новая выгрузка в ГИР ВУ» as a long operation (a Hangfire job when jobs are on). The requester's access is checked again
/// here, from their account as it is now: the scope they asked for must still be theirs. Then the exchange runs for the system
/// (<see cref="AccessScope.System"/>) within that scope, and, as its second step, reads the answers already in the inbox.
/// </summary>
public sealed class GirVuExchangeHandler(IDbContextFactory<PortalDbContext> factory, GirVuExchangeRunner runner, GirVuAnswers answers)
    : ILongOperationHandler
{
    public string Kind => GirVuReportService.ExchangeKind;

    public async Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct)
    {
        var asked = JsonSerializer.Deserialize<GirVuScope>(run.Parameters ?? "null")
            ?? throw new OperationFailedException("Не указано, для каких школ выгрузка.");
        var scope = await AllowedScopeAsync(run, ct);
        if (scope != asked)
            throw new OperationFailedException("Права учетной записи изменились после запуска: запустите выгрузку ещё раз.");
        await run.ReportAsync(0, 0, "Отбор и проверка учеников", ct);
        var result = await runner.RunAsync(scope, run.Actor, (done, total) => run.ReportAsync(done, total, "Сборка и отправка пакетов", ct), ct);
        await run.ReportAsync(result.Schools, result.Schools, "Чтение ответов", ct);
        var inbox = await answers.ReadInboxAsync(ct);
        return new OperationOutcome(JsonSerializer.Serialize(new GirVuExchangeSummary(result, inbox.Applied, inbox.Unreadable)));
    }

    public static GirVuExchangeSummary? Read(string? summary)
    {
        try
        {
            return summary is null ? null : JsonSerializer.Deserialize<GirVuExchangeSummary>(summary);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<GirVuScope> AllowedScopeAsync(OperationRun run, CancellationToken ct)
    {
        // System scope: reads the starter's account to recompute the scope they may export; nothing of it is shown.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
        var account = await db.UserAccounts.AsNoTracking().Where(a => a.Id == run.RequestedByAccountId && !a.IsDisabled)
            .Select(a => new { a.Id, a.Login, a.DisplayName, a.Roles, a.SchoolId, a.MunicipalityId })
            .SingleOrDefaultAsync(ct) ?? throw new OperationFailedException("Учетная запись, запустившая выгрузку, не найдена или отключена.");
        try
        {
            return GirVuScope.For(new PortalUser(account.Id, account.Login, account.DisplayName, account.Roles, account.SchoolId, account.MunicipalityId));
        }
        catch (AccessDeniedException e)
        {
            throw new OperationFailedException(e.Message);
        }
    }
}
