using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Accounts;

/// <summary>
/// «Заблокировать» / «Разблокировать» the login of an employee or a parent. Only whoever controls the account may: an employee's,
/// the administrator of their school or an operator over it; a parent's, the school of all their children or an operator
/// (<see cref="Domain.Parents.ParentAccountControl"/>). Nobody blocks their own login. Blocking ends the open sessions at once on
/// this node and within a minute on the others; the change is audited with the account.
/// </summary>
public sealed class AccountBlocking(PortalDb portalDb, TimeProvider clock)
{
    public const string Refusal = "Блокировать этот вход может только школа, которая им управляет, или оператор.";

    public Task<AccountBlockState> EmployeeStateAsync(int employeeId, CancellationToken ct = default) =>
        StateAsync(db => db.UserAccounts.Where(a => a.EmployeeId == employeeId), null, ct);

    public Task<AccountBlockState> ParentStateAsync(int parentId, CancellationToken ct = default) =>
        StateAsync(db => db.UserAccounts.Where(a => a.ParentId == parentId), parentId, ct);

    public Task SetEmployeeBlockedAsync(int employeeId, bool blocked, CancellationToken ct = default) =>
        SetAsync(db => db.UserAccounts.Where(a => a.EmployeeId == employeeId), null, blocked, ct);

    public Task SetParentBlockedAsync(int parentId, bool blocked, CancellationToken ct = default) =>
        SetAsync(db => db.UserAccounts.Where(a => a.ParentId == parentId), parentId, blocked, ct);

    // A person may have more than one login (the demo's short logins beside the generated ones): the card blocks them all.
    private async Task<AccountBlockState> StateAsync(Func<PortalDbContext, IQueryable<UserAccount>> accountOf, int? parentId, CancellationToken ct)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var accounts = await accountOf(db).AsNoTracking().ToListAsync(ct);
        if (accounts.Count == 0)
            return new AccountBlockState(false, false, false);
        var canManage = accounts.All(a => a.Id != user.AccountId) && await ControlsAsync(db, user, accounts[0], parentId, ct);
        return new AccountBlockState(true, accounts.All(a => a.IsDisabled), canManage);
    }

    private async Task SetAsync(Func<PortalDbContext, IQueryable<UserAccount>> accountOf, int? parentId, bool blocked, CancellationToken ct)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var accounts = await accountOf(db).ToListAsync(ct);
        if (accounts.Count == 0)
            throw new DomainException("У записи нет входа на портал или она недоступна вам.");
        if (accounts.Any(a => a.Id == user.AccountId))
            throw new AccessDeniedException("Свой собственный вход заблокировать нельзя.");
        var action = blocked ? "заблокировать вход" : "разблокировать вход";
        if (!await ControlsAsync(db, user, accounts[0], parentId, ct))
        {
            if (parentId is { } refused)
                await ParentAccountAudit.RefusedAsync(db, user, refused, action, clock.GetUtcNow(), ct);
            throw new AccessDeniedException(Refusal);
        }
        foreach (var account in accounts)
        {
            if (blocked)
                account.Disable();
            else
                account.Enable();
        }
        if (parentId is { } id)
            ParentAccountAudit.Add(db, user, id, blocked ? "вход заблокирован" : "вход разблокирован", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<bool> ControlsAsync(PortalDbContext db, PortalUser user, UserAccount account, int? parentId, CancellationToken ct)
    {
        if (parentId is { } id)
            return await ParentControl.ControlsAsync(db, user, id, CardCalendar.Today(clock), ct);
        if (user.Has(Role.RegionOperator))
            return true;
        if (account.SchoolId is not { } school)
            return false;
        if (user.Has(Role.MunicipalOperator) && user.MunicipalityId is { } district)
            return await db.Schools.AnyAsync(s => s.Id == school && s.MunicipalityId == district, ct);
        return user.Has(Role.SchoolAdmin) && user.SchoolId == school;
    }
}
