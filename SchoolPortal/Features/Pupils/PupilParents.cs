using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Pupils;

/// <summary>The «Родители» section of the pupil card: list, find, attach, create and detach parents.</summary>
public sealed class PupilParents(PortalDb portalDb, TimeProvider clock, PersonDuplicateGuard guard)
{
    public const int MaxFound = 20;

    public async Task<IReadOnlyList<LinkedParent>> ListAsync(int pupilId, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var rows = await db.ParentLinks
            .Where(l => l.PupilId == pupilId)
            .OrderBy(l => l.Relation).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.ParentId, l.Parent!.Name, l.Relation, l.Parent.Phone,
                Login = db.UserAccounts.Where(a => a.ParentId == l.ParentId).Select(a => a.Login).FirstOrDefault(),
                HasAccount = db.UserAccounts.Any(a => a.ParentId == l.ParentId),
                LastLoginAt = db.UserAccounts.Where(a => a.ParentId == l.ParentId).Max(a => a.LastLoginAt),
                Children = db.ParentLinks.IgnoreQueryFilters().Count(c => c.ParentId == l.ParentId),
            })
            .AsNoTracking()
            .ToListAsync(ct);
        var user = await portalDb.UserAsync();
        var today = CardCalendar.Today(clock);
        var list = new List<LinkedParent>();
        foreach (var r in rows)
        {
            // The phone and login of a parent shared with another school are that parent's account's, not this school's.
            var controls = await ParentControl.ControlsAsync(db, user, r.ParentId, today, ct);
            list.Add(new LinkedParent(r.ParentId, r.Name.Full, ParentCardService.RelationName(r.Relation), controls ? r.Phone?.Formatted : null,
                controls ? r.Login : null, r.LastLoginAt, r.HasAccount, controls, r.Children));
        }
        return list;
    }

    public async Task<ParentSearchResult> FindAsync(ParentSearch search, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        if (!string.IsNullOrWhiteSpace(search.Snils))
        {
            if (!Snils.TryParse(search.Snils, out var snils, out var error))
                return ParentSearchResult.Fail(error);
            // Deliberately unscoped: the parent may so far be linked only to children of other schools, and creating a
            // second record for them would break Gosuslugi matching. Exact SNILS only; minimal fields come back.
            return Found(await db.Parents.IgnoreQueryFilters().AsNoTracking().Where(p => p.Snils == snils && p.MergedIntoId == null && p.DeletedAt == null)
                .Select(p => new Hit(p.Id, p.Name, p.BirthDate, p.Snils, p.Document!.Number)).Take(MaxFound).ToListAsync(ct));
        }
        var surname = SurnameRange.Capitalise(search.Surname);
        if (surname.Length == 0)
            return ParentSearchResult.Fail("Введите СНИЛС или фамилию.");
        if (!string.IsNullOrWhiteSpace(search.FirstName) && CardCalendar.ToDateOnly(search.BirthDate) is { } birthDate)
        {
            var firstName = SurnameRange.Capitalise(search.FirstName);
            // Same reason as above: an exact surname + first name + birth date match across the region, minimal fields.
            return Found(await db.Parents.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.Name.Surname == surname && p.Name.FirstName == firstName && p.BirthDate == birthDate && p.MergedIntoId == null && p.DeletedAt == null)
                .Select(p => new Hit(p.Id, p.Name, p.BirthDate, p.Snils, p.Document!.Number)).Take(MaxFound).ToListAsync(ct));
        }
        // A surname alone searches only the parents the user already sees (linked to pupils in their scope).
        return Found(await db.Parents.AsNoTracking()
            .Where(p => p.Name.Surname.StartsWith(surname))
            .OrderBy(p => p.Name.Surname).ThenBy(p => p.Name.FirstName)
            .Select(p => new Hit(p.Id, p.Name, p.BirthDate, p.Snils, p.Document!.Number)).Take(MaxFound).ToListAsync(ct));
    }

    public async Task<CardSaveResult> AttachAsync(int pupilId, int parentId, ParentRelation relation, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var (pupil, refusal) = await EditablePupilAsync(db, pupilId, ct);
        if (pupil is null)
            return refusal!;
        // Found by the narrow unscoped lookup above; loaded only to link it, never returned to the page.
        var parent = await db.Parents.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == parentId, ct);
        if (parent is null)
            return CardSaveResult.Refused(FieldErrors.General, "Родитель не найден.");
        if (parent.IsDeleted)
            return CardSaveResult.Refused(FieldErrors.General, "Запись этого родителя удалена: восстановить её может оператор региона.");
        if (parent.IsMerged)
            return CardSaveResult.Refused(FieldErrors.General,
                "Эта запись родителя объединена с другой как дубль: найдите родителя заново и прикрепите основную запись.");
        // Linking is allowed (one parent, one record), but gives this school the account only if all the children are its own.
        ParentAccountAudit.Add(db, await portalDb.UserAsync(), parent.Id, $"прикреплён к ученику {pupil.Id}", clock.GetUtcNow());
        return await LinkAndSaveAsync(db, pupil, parent, relation, ct);
    }

    /// <summary>Creates a parent and links them to the pupil; refused when the SNILS already belongs to a parent.</summary>
    public async Task<CardSaveResult> CreateAndAttachAsync(int pupilId, ParentForm form, ParentRelation relation, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var (pupil, refusal) = await EditablePupilAsync(db, pupilId, ct);
        if (pupil is null)
            return refusal!;
        var errors = new FieldErrors();
        var user = await portalDb.UserAsync();
        var (parent, matches) = await ParentCardService.ApplyAsync(db, null, form, errors, DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            guard, user, ct);
        if (parent is null)
            return CardSaveResult.Refused(errors) with { Duplicates = matches };
        return await LinkAndSaveAsync(db, pupil, parent, relation, ct, () => DuplicateDecision.SaveAsync(db, PersonKind.Parent, () => parent.Id,
            matches, form.DuplicateReason, pupil.SchoolId, user, clock.GetUtcNow(), ct));
    }

    /// <param name="deleteRecord">
    /// «Открепить и удалить запись родителя»: when this pupil is the parent's only child and the school controls the parent,
    /// the record is deleted in the same save (a duplicate parent goes away; a region operator can restore it).
    /// </param>
    public async Task<CardSaveResult> DetachAsync(int pupilId, int parentId, bool deleteRecord = false, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        var (pupil, refusal) = await EditablePupilAsync(db, pupilId, ct);
        if (pupil is null)
            return refusal!;
        try
        {
            if (deleteRecord)
            {
                var user = await portalDb.UserAsync();
                if (!await ParentControl.ControlsAsync(db, user, parentId, CardCalendar.Today(clock), ct))
                {
                    await ParentAccountAudit.RefusedAsync(db, user, parentId, "удалить запись родителя", clock.GetUtcNow(), ct);
                    return CardSaveResult.Refused(FieldErrors.General, ParentControl.Refusal);
                }
                var parent = pupil.ParentLinks.FirstOrDefault(l => l.ParentId == parentId)?.Parent
                    ?? throw new DomainException("Этот родитель не прикреплён к ученику.");
                var others = await db.ParentLinks.IgnoreQueryFilters().CountAsync(l => l.ParentId == parentId && l.PupilId != pupilId, ct);
                parent.Delete(others, clock.GetUtcNow());
                await CardAccounts.DisableAccountsAsync(db, parentId, ct);
                ParentAccountAudit.Add(db, user, parentId, $"откреплён от ученика {pupilId}, запись удалена", clock.GetUtcNow());
            }
            pupil.DetachParent(parentId);
            await db.SaveChangesAsync(ct);
            return CardSaveResult.Saved(parentId);
        }
        catch (DomainException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
        catch (AccessDeniedException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
    }

    private async Task<(Pupil? Pupil, CardSaveResult? Refusal)> EditablePupilAsync(Data.PortalDbContext db, int pupilId, CancellationToken ct)
    {
        var user = await portalDb.UserAsync();
        var pupil = await db.Pupils.Include(p => p.ParentLinks).ThenInclude(l => l.Parent).SingleOrDefaultAsync(p => p.Id == pupilId, ct);
        if (pupil is null)
            return (null, CardSaveResult.Refused(FieldErrors.General, "Ученик не найден или недоступен вам."));
        if (!PupilCardService.CanEdit(user, pupil.SchoolId))
            return (null, CardSaveResult.Refused(FieldErrors.General, "Изменять родителей ученика может только администратор его школы."));
        return (pupil, null);
    }

    private static async Task<CardSaveResult> LinkAndSaveAsync(Data.PortalDbContext db, Pupil pupil, Parent parent, ParentRelation relation,
        CancellationToken ct, Func<Task>? save = null)
    {
        try
        {
            pupil.AttachParent(parent, relation);
            await (save?.Invoke() ?? db.SaveChangesAsync(ct));
            return CardSaveResult.Saved(parent.Id);
        }
        catch (DomainException e)
        {
            return CardSaveResult.Refused(e.Field == "relation" ? "relation" : FieldErrors.General, e.Message);
        }
        catch (AccessDeniedException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
    }

    private static ParentSearchResult Found(List<Hit> hits) => new(
        hits.Select(h => new ParentCandidate(h.Id, h.Name.Full, h.BirthDate?.Year, h.Snils?.Masked,
                h.DocumentNumber is null ? null : "**** " + ParentForm.MaskTail(h.DocumentNumber)))
            .ToList(),
        hits.Count == 0 ? "Никого не нашли. Проверьте данные или создайте нового родителя." : null);

    private sealed record Hit(int Id, PersonName Name, DateOnly? BirthDate, Snils? Snils, string? DocumentNumber);
}
