using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Parents;

/// <summary>
/// The parent card («Единая учетная запись родителя»): one record per parent, with all their children the user may
/// see. A parent is visible only through a child in the user's scope, so a foreign parent is "not found".
/// </summary>
public sealed class ParentCardService(PortalDb portalDb, TimeProvider clock, PersonDuplicateGuard guard)
{
    public async Task<ParentCard?> LoadAsync(int id, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var parent = await db.Parents.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (parent is null)
            return null;
        var children = await db.ParentLinks
            .Where(l => l.ParentId == id)
            .Join(db.Pupils, l => l.PupilId, p => p.Id, (l, p) => new
            {
                p.Id, p.Name.Surname, p.Name.FirstName, p.Name.Patronymic, l.Relation,
                Class = db.Classes.Where(c => c.Id == p.CurrentClassId).Select(c => c.Grade.ToString() + c.Letter).FirstOrDefault(),
                School = db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.ShortName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // A parent shared with another school is shown only as far as needed to recognise them: the account is not this school's.
        var controls = await ParentControl.ControlsAsync(db, user, id, Today, ct);
        var account = controls
            ? await db.UserAccounts.Where(a => a.ParentId == id).Select(a => new { a.Login, a.LastLoginAt, a.MustChangePassword }).FirstOrDefaultAsync(ct)
            : null;
        return new ParentCard(parent.Id, parent.Name.Full, account?.Login, account?.LastLoginAt, controls && user.Has(Role.SchoolAdmin),
            controls ? ParentForm.From(parent) : ParentForm.Limited(parent), controls,
            children
                .OrderBy(c => c.Surname).ThenBy(c => c.FirstName)
                .Select(c => new ParentChild(c.Id, c.Patronymic is null ? $"{c.Surname} {c.FirstName}" : $"{c.Surname} {c.FirstName} {c.Patronymic}",
                    c.Class, c.School ?? "", RelationName(c.Relation)))
                .ToList(),
            account?.MustChangePassword ?? false, controls && user.Has(Role.SchoolAdmin | Role.RegionOperator) && account is not null,
            parent.DeletedAt, user.Has(Role.RegionOperator));
    }

    public async Task<CardSaveResult> SaveAsync(int id, ParentForm form, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!user.Has(Role.SchoolAdmin))
            return CardSaveResult.Refused(FieldErrors.General, "Изменять карточку родителя может только администратор школы.");
        await using var db = await portalDb.OpenAsync();
        var parent = await db.Parents.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (parent is null)
            return CardSaveResult.Refused(FieldErrors.General, "Родитель не найден или недоступен вам.");
        if (!await ParentControl.ControlsAsync(db, user, id, Today, ct))
        {
            await ParentAccountAudit.RefusedAsync(db, user, id, "изменить карточку родителя", clock.GetUtcNow(), ct);
            return CardSaveResult.Refused(FieldErrors.General, ParentControl.Refusal);
        }
        var errors = new FieldErrors();
        var (_, matches) = await ApplyAsync(db, parent, form, errors, Today, guard, user, ct);
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors) with { Duplicates = matches };
        try
        {
            await DuplicateDecision.SaveAsync(db, PersonKind.Parent, () => parent.Id, matches, form.DuplicateReason, user.SchoolId, user,
                clock.GetUtcNow(), ct);
            return CardSaveResult.Saved(parent.Id);
        }
        catch (AccessDeniedException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
    }

    private DateOnly Today => CardCalendar.Today(clock);

    internal static string RelationName(ParentRelation relation) => relation switch
    {
        ParentRelation.Mother => "Мать",
        ParentRelation.Father => "Отец",
        _ => "Законный представитель",
    };

    /// <summary>
    /// Parses the form into <paramref name="parent"/> (a new one when null) and returns it; problems go to
    /// <paramref name="errors"/>. A SNILS that another parent already has is refused: one parent, one record. Any other
    /// match (document, name and birth date) refuses too, unless an administrator stated why it is another person: the
    /// matches come back so the caller records the override with the save.
    /// </summary>
    internal static async Task<(Parent? Parent, IReadOnlyList<PersonMatch> Matches)> ApplyAsync(PortalDbContext db, Parent? parent,
        ParentForm form, FieldErrors errors, DateOnly today, PersonDuplicateGuard guard, PortalUser user, CancellationToken ct)
    {
        var name = form.ParseName(errors, PupilFields.Surname);
        var birthDate = form.ParseBirthDate(errors, today, Parent.MinAge, Parent.MaxAge, "родителя", PupilFields.BirthDate, required: false);
        var document = PersonParsing.Document(errors, form.DocumentKind, form.DocumentSeries, form.DocumentNumber, form.DocumentIssuedOn,
            form.DocumentIssuedBy, PupilFields.DocumentSeries, PupilFields.DocumentNumber, PupilFields.DocumentIssuedBy);
        var snils = PersonParsing.Snils(errors, form.Snils, PupilFields.Snils);
        var registration = PersonParsing.Address(errors, form.RegistrationAddress, PupilFields.RegistrationAddress, "Адрес регистрации");
        var stay = PersonParsing.Address(errors, form.StayAddress, PupilFields.StayAddress, "Адрес пребывания");
        var phone = PersonParsing.Phone(errors, form.Phone, PupilFields.Phone);
        var email = PersonParsing.Email(errors, form.Email, PupilFields.Email);
        if (snils is not null)
        {
            var selfId = parent?.Id ?? 0;
            // Duplicates break Gosuslugi matching, and the other record may belong to a child of another school:
            // the check looks across the region and reads only the name of the holder.
            var holder = await db.Parents.IgnoreQueryFilters()
                .Where(p => p.Snils == snils && p.Id != selfId && p.MergedIntoId == null && p.DeletedAt == null)
                .Select(p => new { p.Name.Surname, p.Name.FirstName, p.Name.Patronymic })
                .FirstOrDefaultAsync(ct);
            if (holder is not null)
                errors.Add(PupilFields.Snils,
                    $"СНИЛС {snils.Formatted} уже есть у родителя {holder.Surname} {holder.FirstName} {holder.Patronymic}".TrimEnd()
                    + ". Один родитель — одна запись: найдите его по СНИЛС и прикрепите, а не создавайте заново.");
        }
        if (!errors.IsEmpty)
            return (null, []);
        var matches = await guard.FindAsync(Probe(parent, name!, birthDate, snils, document, user.SchoolId), ct);
        if (DuplicateDecision.Refusal(matches, user, form.DuplicateReason) is { } refusal)
        {
            errors.Add(FieldErrors.General, refusal);
            return (null, matches);
        }
        if (parent is null)
        {
            parent = new Parent(name!, form.Gender);
            db.Parents.Add(parent);
        }
        else
        {
            parent.Rename(name!);
            parent.ChangeGender(form.Gender);
        }
        errors.TryAt(() => parent.ChangeBirthDate(birthDate, today), PupilFields.BirthDate);
        errors.TryAt(() => parent.ChangeDocument(document), PupilFields.DocumentNumber);
        parent.ChangeSnils(snils);
        parent.ChangeCitizenship(form.Citizenship);
        parent.ChangeAddresses(registration, stay);
        parent.ChangeContacts(phone, email);
        return (!errors.IsEmpty ? null : parent, matches);
    }

    /// <summary>A new parent is checked by every rule; an edited one only for a document it changes (SNILS is checked above).</summary>
    private static PersonProbe Probe(Parent? parent, PersonName name, DateOnly? birthDate, Snils? snils, IdentityDocument? document, int? schoolId)
    {
        if (parent is null)
            return new PersonProbe(PersonKind.Parent, name, birthDate, snils, document, null, schoolId);
        var changed = document is not null && (parent.Document is null || !Domain.Esia.PersonComparison.SameDocument(document, parent.Document));
        return new PersonProbe(PersonKind.Parent, name, null, null, changed ? document : null, parent.Id, schoolId);
    }
}
