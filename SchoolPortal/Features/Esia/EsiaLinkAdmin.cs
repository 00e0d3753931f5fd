using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// The school's side of Gosuslugi linking, on the parent and employee cards: see whether the account is linked, hand out a
/// one-time link code (creating the parent's account when there is none), unlink. Only whoever controls the account changes
/// anything (a parent's: the school of all their children, or an operator); the record must be in their scope; the account's change and the code are audited.
/// </summary>
public sealed class EsiaLinkAdmin(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    /// <summary>Whether the signed-in user's own account is linked (any user may see their own, whatever their scope).</summary>
    public async Task<bool> OwnAccountLinkedAsync(CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        // System scope: a user sees their own account's link whatever their scope.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        return await db.UserAccounts.AnyAsync(a => a.Id == user.AccountId && a.EsiaOid != null, ct);
    }

    public async Task<EsiaLinkStatus?> StatusAsync(PersonKind kind, int recordId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        if (!await VisibleAsync(db, kind, recordId, ct))
            return null;
        var account = await AccountOf(db, kind, recordId).AsNoTracking().FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var code = account is null
            ? null
            : (await db.LinkCodes.AsNoTracking().Where(c => c.AccountId == account.Id && c.UsedAt == null && c.RevokedAt == null).ToListAsync(ct))
                .Where(c => c.IsUsable(now)).OrderByDescending(c => c.IssuedAt).FirstOrDefault();
        var canManage = kind == PersonKind.Parent
            ? await ParentControl.ControlsAsync(db, user, recordId, CardCalendar.Today(clock), ct)
            : user.Has(Role.SchoolAdmin);
        // A school that shares the parent with another school sees neither the login nor the codes of the account.
        return canManage
            ? new EsiaLinkStatus(account is not null, account?.Login, account?.EsiaOid is not null, code?.IssuedAt, code?.ExpiresAt, true)
            : new EsiaLinkStatus(account is not null, null, account?.EsiaOid is not null, null, null, false);
    }

    /// <summary>A new code for the record's account (earlier unused codes stop working).</summary>
    public async Task<IssuedLinkCode> IssueCodeAsync(PersonKind kind, int recordId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        await EnsureManagesAsync(db, user, kind, recordId, "выдать код привязки", ct);
        var now = clock.GetUtcNow();
        var account = await AccountOf(db, kind, recordId).FirstOrDefaultAsync(ct);
        if (account is null)
        {
            if (kind != PersonKind.Parent)
                throw new DomainException("У сотрудника нет учетной записи портала: сначала создайте её, затем выдайте код.");
            var parent = await db.Parents.SingleAsync(p => p.Id == recordId, ct);
            account = await PupilPasswords.NewAccountAsync(db, parent.Name, Role.Parent, null, [], a => a.LinkTo(parentId: recordId), ct);
            await db.SaveChangesAsync(ct);
        }
        if (account.IsDisabled)
            throw new DomainException("Учетная запись отключена: код привязки для неё не выдаётся.");
        foreach (var old in await db.LinkCodes.Where(c => c.AccountId == account.Id && c.UsedAt == null && c.RevokedAt == null).ToListAsync(ct))
            old.Revoke(now);
        db.LinkCodes.Add(LinkCode.Issue(account.Id, user.AccountId, now, out var code));
        if (kind == PersonKind.Parent)
            ParentAccountAudit.Add(db, user, recordId, "выдан код привязки к Госуслугам", now);
        await db.SaveChangesAsync(ct);
        return new IssuedLinkCode(code, account.Login, now + LinkCode.Lifetime);
    }

    public async Task UnlinkAsync(PersonKind kind, int recordId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        await EnsureManagesAsync(db, user, kind, recordId, "отвязать Госуслуги", ct);
        var account = await AccountOf(db, kind, recordId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("У записи нет учетной записи портала.");
        account.LinkEsia(null);
        if (kind == PersonKind.Parent)
            ParentAccountAudit.Add(db, user, recordId, "отвязаны Госуслуги", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A parent's account is managed only by whoever controls it (<see cref="Domain.Parents.ParentAccountControl"/>): a refusal is
    /// audited, since it is what an attempt to take over a parent of another school looks like. An employee's, by the school's
    /// administrator.
    /// </summary>
    private async Task EnsureManagesAsync(PortalDbContext db, PortalUser user, PersonKind kind, int recordId, string action, CancellationToken ct)
    {
        if (!await VisibleAsync(db, kind, recordId, ct))
            throw new AccessDeniedException("Запись не найдена или недоступна.");
        if (kind == PersonKind.Parent)
        {
            if (await ParentControl.ControlsAsync(db, user, recordId, CardCalendar.Today(clock), ct))
                return;
            await ParentAccountAudit.RefusedAsync(db, user, recordId, action, clock.GetUtcNow(), ct);
            throw new AccessDeniedException(ParentControl.Refusal);
        }
        if (!user.Has(Role.SchoolAdmin))
            throw new AccessDeniedException("Привязкой к Госуслугам управляет администратор школы.");
    }

    private static Task<bool> VisibleAsync(PortalDbContext db, PersonKind kind, int id, CancellationToken ct) => kind switch
    {
        PersonKind.Parent => db.Parents.AnyAsync(p => p.Id == id, ct),
        PersonKind.Employee => db.Employees.AnyAsync(e => e.Id == id, ct),
        _ => Task.FromResult(false),
    };

    private static IQueryable<UserAccount> AccountOf(PortalDbContext db, PersonKind kind, int id) =>
        kind == PersonKind.Parent ? db.UserAccounts.Where(a => a.ParentId == id) : db.UserAccounts.Where(a => a.EmployeeId == id);
}
