using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Duplicates;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// Resolves parent duplicates: merges one record into another (children relinked, one login kept, the others disabled,
/// the ESIA link kept), undoes a merge exactly from its entry, and detaches a record from one child's card. Every change
/// happens in one transaction and is audited.
/// </summary>
/// <remarks>
/// A parent is one record for the whole region, so a merge relinks the merged record's children in other schools too,
/// and writes a <see cref="ParentMerge"/> row that the write guard does not know: after checking that the user sees both
/// records through their own scope, the change is written by the system scope under the user's name in the audit log.
/// </remarks>
public sealed class ParentMergeService(PortalDb portalDb, TimeProvider clock)
{
    public const string MergeEntity = "ParentMerge";

    public async Task<DuplicateActionResult> MergeAsync(MergeRequest request, CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        if (request.KeptParentId == request.MergedParentId)
            return DuplicateActionResult.Refused("Выберите две разные записи родителя.");
        await using var db = await portalDb.OpenAsync();
        var visible = await db.Parents.CountAsync(p => (p.Id == request.KeptParentId || p.Id == request.MergedParentId) && p.MergedIntoId == null, ct);
        if (visible != 2)
            return DuplicateActionResult.Refused("Одна из записей не найдена, недоступна вам или уже объединена с другой.");
        // System scope: both records were just checked to be visible; the merge also moves links and accounts beyond the scope.
        db.UseScope(AccessScope.System, user.Actor);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var kept = await db.Parents.SingleAsync(p => p.Id == request.KeptParentId, ct);
        var merged = await db.Parents.SingleAsync(p => p.Id == request.MergedParentId, ct);
        var details = new ParentMergeDetails { KeptName = kept.Name.Full, MergedName = merged.Name.Full };

        var pupils = await db.Pupils.Include(p => p.ParentLinks).Where(p => p.ParentLinks.Any(l => l.ParentId == merged.Id)).ToListAsync(ct);
        var accounts = await db.UserAccounts.Where(a => a.ParentId == kept.Id || a.ParentId == merged.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var plan = ParentMergePlan.Decide(kept.Id, merged.Id,
            pupils.Select(p => new ParentMergeChild(p.Id, p.ParentLinks.Any(l => l.ParentId == kept.Id))).ToList(),
            accounts.Select(a => new ParentMergeAccount(a.Id, a.ParentId!.Value, a.IsDisabled, a.LastLoginAt, a.EsiaOid)).ToList(),
            request.KeptAccountId, request.EsiaAccountId);
        if (plan.Refusal is { } refusal)
            return DuplicateActionResult.Refused(refusal);

        try
        {
            foreach (var pupil in pupils)
            {
                var link = pupil.ParentLinks.Single(l => l.ParentId == merged.Id);
                var moved = new ParentMergeDetails.MovedLink(pupil.Id, link.Relation, pupil.Name.Full);
                pupil.DetachParent(merged.Id);
                if (plan.DroppedLinkPupilIds.Contains(pupil.Id))
                {
                    details.RemovedLinks.Add(moved);
                    continue;
                }
                pupil.AttachParent(kept, link.Relation);
                details.MovedLinks.Add(moved);
            }
        }
        catch (DomainException e)
        {
            return DuplicateActionResult.Refused("Не удалось перенести детей: " + e.Message);
        }

        var keptAccount = accounts.SingleOrDefault(a => a.Id == plan.KeptAccountId);
        if (keptAccount is not null && plan.KeptAccountMoves)
            keptAccount.LinkTo(keptAccount.PupilId, kept.Id, keptAccount.EmployeeId);
        var disabled = new List<ParentMergeDetails.DisabledAccount>();
        foreach (var account in accounts.Where(a => plan.DisabledAccountIds.Contains(a.Id)))
        {
            account.Disable();
            disabled.Add(new(account.Id, account.Login, account.ParentId!.Value));
        }
        ParentMergeDetails.EsiaMove? esia = null;
        if (keptAccount is not null && accounts.SingleOrDefault(a => a.Id == plan.EsiaFromAccountId) is { } esiaSource)
        {
            esia = new(esiaSource.Id, keptAccount.Id, esiaSource.EsiaOid!, keptAccount.EsiaOid);
            // The ESIA id is unique: it leaves the old login before it reaches the kept one.
            esiaSource.LinkEsia(null);
            await db.SaveChangesAsync(ct);
            keptAccount.LinkEsia(esia.Oid);
        }

        var filled = request.FillEmptyFields ? ParentFieldCopy.Fill(kept, merged, CardCalendar.Today(clock)) : [];
        merged.MarkMergedInto(kept.Id);
        details = details with
        {
            KeptAccountId = keptAccount?.Id, KeptLogin = keptAccount?.Login, KeptAccountMoved = plan.KeptAccountMoves,
            DisabledAccounts = disabled, Esia = esia, FilledFields = filled,
        };
        var now = clock.GetUtcNow();
        var merge = new ParentMerge(kept.Id, merged.Id, user.SchoolId, now, user.AccountId == 0 ? null : user.AccountId, user.Login, details.ToJson());
        db.ParentMerges.Add(merge);
        try
        {
            await db.SaveChangesAsync(ct);
            db.AuditLog.Add(new AuditEntry(now, user.Actor.AccountId, user.Login, user.SchoolId, MergeEntity, merge.Id, AuditAction.Created,
                MergeAudit.Changes(details)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return DuplicateActionResult.Refused("Записи изменились во время объединения. Обновите страницу и повторите.");
        }
        return DuplicateActionResult.Done($"Запись {details.MergedName} объединена с записью {details.KeptName}.", merge.Id);
    }

    public async Task<DuplicateActionResult> UndoAsync(int mergeId, CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var merge = await db.ParentMerges.SingleOrDefaultAsync(m => m.Id == mergeId, ct);
        if (merge is null || !await VisibleAsync(db, user, merge, ct))
            return DuplicateActionResult.Refused("Объединение не найдено или недоступно вам.");
        if (merge.IsUndone)
            return DuplicateActionResult.Refused("Это объединение уже отменено.");
        // System scope: the merge was just checked to be visible; undoing it restores rows beyond the scope.
        db.UseScope(AccessScope.System, user.Actor);
        var details = ParentMergeDetails.FromJson(merge.Details);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var kept = await db.Parents.SingleAsync(p => p.Id == merge.KeptParentId, ct);
        var merged = await db.Parents.SingleAsync(p => p.Id == merge.MergedParentId, ct);
        if (kept.MergedIntoId is not null)
            return DuplicateActionResult.Refused($"Запись {kept.Name.Full} после этого была объединена с другой. Сначала отмените то, более позднее объединение.");
        if (merged.MergedIntoId != kept.Id)
            return DuplicateActionResult.Refused($"Запись {merged.Name.Full} уже не числится объединённой с {kept.Name.Full}: отменить нельзя.");

        var pupilIds = details.MovedLinks.Concat(details.RemovedLinks).Select(l => l.PupilId).ToList();
        var pupils = await db.Pupils.Include(p => p.ParentLinks).Where(p => pupilIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var link in details.MovedLinks.Concat(details.RemovedLinks))
        {
            if (!pupils.TryGetValue(link.PupilId, out var pupil))
                return Changed($"ученика {link.PupilName} больше нет в системе");
            if (pupil.ParentLinks.Any(l => l.ParentId == merged.Id))
                return Changed($"у ученика {link.PupilName} уже указана запись {merged.Name.Full}");
        }
        foreach (var link in details.MovedLinks)
        {
            if (!pupils[link.PupilId].ParentLinks.Any(l => l.ParentId == kept.Id && l.Relation == link.Relation))
                return Changed($"связь ученика {link.PupilName} с записью {kept.Name.Full} изменена или удалена");
        }
        if (ParentFieldCopy.Changed(kept, details.FilledFields) is { } field)
            return Changed($"поле «{field}» оставленной записи изменено");

        var accountIds = details.DisabledAccounts.Select(a => a.AccountId).Append(details.KeptAccountId ?? 0)
            .Concat(details.Esia is { } e ? [e.FromAccountId, e.ToAccountId] : []).ToList();
        var accounts = await db.UserAccounts.Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        if (details.KeptAccountMoved && (!accounts.TryGetValue(details.KeptAccountId!.Value, out var movedAccount) || movedAccount.ParentId != kept.Id))
            return Changed($"логин {details.KeptLogin} больше не принадлежит записи {kept.Name.Full}");
        foreach (var a in details.DisabledAccounts)
        {
            if (!accounts.TryGetValue(a.AccountId, out var account) || account.ParentId != a.ParentId)
                return Changed($"логин {a.Login} удалён или передан другой записи");
        }
        if (details.Esia is { } move)
        {
            if (!accounts.TryGetValue(move.ToAccountId, out var to) || to.EsiaOid != move.Oid
                || !accounts.TryGetValue(move.FromAccountId, out var from) || from.EsiaOid is not null)
                return Changed("связь с Госуслугами (ЕСИА) изменена");
            if (move.ReplacedOid is not null && await db.UserAccounts.AnyAsync(a => a.EsiaOid == move.ReplacedOid, ct))
                return Changed("прежняя связь с Госуслугами (ЕСИА) оставленного логина теперь у другого логина");
        }

        try
        {
            foreach (var link in details.MovedLinks)
            {
                pupils[link.PupilId].DetachParent(kept.Id);
                pupils[link.PupilId].AttachParent(merged, link.Relation);
            }
            foreach (var link in details.RemovedLinks)
                pupils[link.PupilId].AttachParent(merged, link.Relation);
        }
        catch (DomainException ex)
        {
            return Changed(ex.Message.TrimEnd('.'));
        }
        if (details.Esia is { } back)
        {
            accounts[back.ToAccountId].LinkEsia(back.ReplacedOid);
            await db.SaveChangesAsync(ct);
            accounts[back.FromAccountId].LinkEsia(back.Oid);
        }
        if (details.KeptAccountMoved)
        {
            var account = accounts[details.KeptAccountId!.Value];
            account.LinkTo(account.PupilId, merged.Id, account.EmployeeId);
        }
        foreach (var a in details.DisabledAccounts)
            accounts[a.AccountId].Enable();
        ParentFieldCopy.Clear(kept, details.FilledFields, CardCalendar.Today(clock));
        merged.Unmerge();
        var now = clock.GetUtcNow();
        merge.Undo(now, user.Login);
        try
        {
            await db.SaveChangesAsync(ct);
            db.AuditLog.Add(new AuditEntry(now, user.Actor.AccountId, user.Login, user.SchoolId, MergeEntity, merge.Id, AuditAction.Changed,
                [new AuditChange("Отмена объединения", $"{details.MergedName} → {details.KeptName}", "отменено")]));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Changed("записи изменились во время отмены");
        }
        return DuplicateActionResult.Done($"Объединение отменено: запись {details.MergedName} восстановлена.", merge.Id);

        static DuplicateActionResult Changed(string what) =>
            DuplicateActionResult.Refused($"Отменить объединение нельзя: после него данные изменились — {what}. Исправьте записи вручную.");
    }

    /// <summary>
    /// Detaches one parent record from one child (the seed's rule: check the record's last sign-in first — the page shows it
    /// before asking). The parent record itself stays.
    /// </summary>
    public async Task<DuplicateActionResult> DetachAsync(int pupilId, int parentId, CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var pupil = await db.Pupils.Include(p => p.ParentLinks).ThenInclude(l => l.Parent).SingleOrDefaultAsync(p => p.Id == pupilId, ct);
        if (pupil is null)
            return DuplicateActionResult.Refused("Ученик не найден или недоступен вам.");
        var link = pupil.ParentLinks.SingleOrDefault(l => l.ParentId == parentId);
        if (link is null)
            return DuplicateActionResult.Refused("Эта запись родителя уже не связана с учеником.");
        var parentName = link.Parent?.Name.Full ?? $"№ {parentId}";
        var relation = DuplicateFinder.ParentRelationName(link.Relation);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            pupil.DetachParent(parentId);
            db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), user.Actor.AccountId, user.Login, pupil.SchoolId, nameof(Pupil), pupil.Id,
                AuditAction.Changed, [new AuditChange("Родитель", $"{parentName} ({relation.ToLowerInvariant()}, запись № {parentId})", null)]));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (AccessDeniedException e)
        {
            return DuplicateActionResult.Refused(e.Message);
        }
        return DuplicateActionResult.Done($"Запись {parentName} откреплена от ученика {pupil.Name.Full}.");
    }

    /// <summary>The merges the user may see, newest first: those of their school, or whose kept record they see.</summary>
    public async Task<IReadOnlyList<MergeEntry>> MergesAsync(int take = 100, CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var merges = await Visible(db, user).OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Take(take).AsNoTracking().ToListAsync(ct);
        return merges.Select(MergeEntry.From).ToList();
    }

    public async Task<MergeEntry?> EntryAsync(int mergeId, CancellationToken ct = default)
    {
        var user = DuplicatesAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var merge = await Visible(db, user).AsNoTracking().SingleOrDefaultAsync(m => m.Id == mergeId, ct);
        return merge is null ? null : MergeEntry.From(merge);
    }

    private static IQueryable<ParentMerge> Visible(PortalDbContext db, PortalUser user) =>
        user.Has(Role.RegionOperator)
            ? db.ParentMerges
            : db.ParentMerges.Where(m => (m.SchoolId != null && db.Schools.Any(s => s.Id == m.SchoolId))
                || db.Parents.Any(p => p.Id == m.KeptParentId));

    private static Task<bool> VisibleAsync(PortalDbContext db, PortalUser user, ParentMerge merge, CancellationToken ct) =>
        Visible(db, user).AnyAsync(m => m.Id == merge.Id, ct);
}
