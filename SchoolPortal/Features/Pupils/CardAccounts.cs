using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Pupils;

/// <summary>
/// The account controls of the pupil and parent cards: «Логин» (renamed by the school administrator, unique in the region),
/// «Сменить пароль», «Пользователь должен сменить пароль при первом входе в систему», and the parent record's «Удалить» /
/// «Восстановить запись». A parent's account is changed only by whoever controls it (<see cref="ParentAccountControl"/>).
/// Every change is audited: the account's fields by the audit trail, the parent's actions also on the parent's record.
/// </summary>
public sealed class CardAccounts(PortalDb portalDb, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
{
    public const string LoginField = "login";

    public async Task<CardSaveResult> ChangePupilLoginAsync(int pupilId, string? login, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var pupil = await db.Pupils.AsNoTracking().Where(p => p.Id == pupilId).Select(p => new { p.Id, p.SchoolId, p.Name }).SingleOrDefaultAsync(ct);
        if (pupil is null)
            return CardSaveResult.Refused(FieldErrors.General, "Ученик не найден или недоступен вам.");
        if (!PupilCardService.CanEdit(user, pupil.SchoolId))
            return CardSaveResult.Refused(FieldErrors.General, "Логин ученика меняет администратор его школы.");
        var account = await db.UserAccounts.FirstOrDefaultAsync(a => a.PupilId == pupilId, ct);
        if (account is null)
            return CardSaveResult.Refused(LoginField, "У ученика ещё нет входа на портал: нажмите «Сменить пароль», чтобы создать его.");
        return await RenameAndSaveAsync(db, account, login, null, user, ct);
    }

    /// <summary>«Сменить пароль»: a new one-time password, shown once; the pupil changes it at first sign-in and old sessions end.</summary>
    public async Task<PasswordChange> ChangePupilPasswordAsync(int pupilId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var pupil = await db.Pupils.AsNoTracking().Where(p => p.Id == pupilId).Select(p => new { p.Id, p.SchoolId, p.Name }).SingleOrDefaultAsync(ct);
        if (pupil is null)
            return PasswordChange.Refused("Ученик не найден или недоступен вам.");
        if (!PupilCardService.CanEdit(user, pupil.SchoolId))
            return PasswordChange.Refused("Пароль ученика меняет администратор его школы.");
        var account = await db.UserAccounts.FirstOrDefaultAsync(a => a.PupilId == pupilId, ct)
            ?? await PupilPasswords.NewAccountAsync(db, pupil.Name, Role.Pupil, pupil.SchoolId, [], a => a.LinkTo(pupilId: pupilId), ct);
        var password = OneTimePassword.New();
        account.SetPassword(hasher.HashPassword(account, password), mustChange: true);
        await db.SaveChangesAsync(ct);
        return new PasswordChange(account.Login, password, null);
    }

    /// <summary>The parent card's «Логин» and «Пользователь должен сменить пароль при первом входе в систему».</summary>
    public async Task<CardSaveResult> ChangeParentAccountAsync(int parentId, string? login, bool mustChangePassword, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        if (!await db.Parents.AnyAsync(p => p.Id == parentId, ct))
            return CardSaveResult.Refused(FieldErrors.General, "Родитель не найден или недоступен вам.");
        if (!user.Has(Role.SchoolAdmin | Role.RegionOperator) || !await ParentControl.ControlsAsync(db, user, parentId, CardCalendar.Today(clock), ct))
        {
            await ParentAccountAudit.RefusedAsync(db, user, parentId, "изменить логин родителя", clock.GetUtcNow(), ct);
            return CardSaveResult.Refused(FieldErrors.General, ParentControl.Refusal);
        }
        var account = await db.UserAccounts.FirstOrDefaultAsync(a => a.ParentId == parentId, ct);
        if (account is null)
            return CardSaveResult.Refused(LoginField, "У родителя ещё нет входа на портал: сформируйте пароль в списке учеников.");
        var flagChanged = account.MustChangePassword != mustChangePassword;
        account.RequirePasswordChange(mustChangePassword);
        if (flagChanged)
            ParentAccountAudit.Add(db, user, parentId,
                mustChangePassword ? "должен сменить пароль при первом входе" : "снято требование сменить пароль", clock.GetUtcNow());
        return await RenameAndSaveAsync(db, account, login, parentId, user, ct);
    }

    /// <summary>
    /// «Удалить»: a parent record without children. A region operator deletes it from the card; a school deletes it when it
    /// detaches the parent's last child (<see cref="PupilParents.DetachAsync"/>). The record stays, and can be restored.
    /// </summary>
    public async Task<CardSaveResult> DeleteParentAsync(int parentId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var parent = await db.Parents.SingleOrDefaultAsync(p => p.Id == parentId, ct);
        if (parent is null)
            return CardSaveResult.Refused(FieldErrors.General, "Родитель не найден или недоступен вам.");
        var placements = await ParentControl.PlacementsAsync(db, parentId, CardCalendar.Today(clock), ct);
        if (!ParentAccountControl.Controls(user.Roles, user.SchoolId, user.MunicipalityId, placements))
        {
            await ParentAccountAudit.RefusedAsync(db, user, parentId, "удалить запись родителя", clock.GetUtcNow(), ct);
            return CardSaveResult.Refused(FieldErrors.General, ParentControl.Refusal);
        }
        var children = await db.ParentLinks.IgnoreQueryFilters().CountAsync(l => l.ParentId == parentId, ct);
        try
        {
            parent.Delete(children, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
        await DisableAccountsAsync(db, parentId, ct);
        ParentAccountAudit.Add(db, user, parentId, "запись удалена", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CardSaveResult.Saved(parentId);
    }

    /// <summary>«Восстановить запись»: only a region operator sees a parent without children, so only they restore one.</summary>
    public async Task<CardSaveResult> RestoreParentAsync(int parentId, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var parent = await db.Parents.SingleOrDefaultAsync(p => p.Id == parentId, ct);
        if (parent is null)
            return CardSaveResult.Refused(FieldErrors.General, "Родитель не найден или недоступен вам.");
        if (!user.Has(Role.RegionOperator))
            return CardSaveResult.Refused(FieldErrors.General, "Восстановить удалённую запись родителя может оператор региона.");
        try
        {
            parent.Restore();
        }
        catch (DomainException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
        ParentAccountAudit.Add(db, user, parentId, "запись восстановлена", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CardSaveResult.Saved(parentId);
    }

    /// <summary>A deleted parent signs in no more: the account is blocked (an operator unblocks it after restoring the record).</summary>
    internal static async Task DisableAccountsAsync(PortalDbContext db, int parentId, CancellationToken ct)
    {
        foreach (var account in await db.UserAccounts.IgnoreQueryFilters().Where(a => a.ParentId == parentId).ToListAsync(ct))
            account.Disable();
    }

    private async Task<CardSaveResult> RenameAndSaveAsync(PortalDbContext db, UserAccount account, string? login, int? parentId, PortalUser user,
        CancellationToken ct)
    {
        string normalized;
        try
        {
            normalized = UserAccount.NormalizeLogin(login);
        }
        catch (DomainException e)
        {
            return CardSaveResult.Refused(LoginField, e.Message);
        }
        if (normalized != account.Login)
        {
            // Logins are unique in the whole region: the check must see every account, and reads nothing but the match.
            if (await db.UserAccounts.IgnoreQueryFilters().AnyAsync(a => a.Login == normalized && a.Id != account.Id, ct))
                return CardSaveResult.Refused(LoginField, $"Логин «{normalized}» уже занят. Выберите другой.");
            var old = account.Login;
            account.ChangeLogin(normalized);
            if (parentId is { } id)
                ParentAccountAudit.Add(db, user, id, $"логин изменён: {old} → {normalized}", clock.GetUtcNow());
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators took the same login at once: the unique index decides.
            return CardSaveResult.Refused(LoginField, $"Логин «{normalized}» уже занят. Выберите другой.");
        }
        return CardSaveResult.Saved(account.Id);
    }
}
