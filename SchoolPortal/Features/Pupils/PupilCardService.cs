using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.DuplicateGuard;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Pupils;

/// <summary>
/// The pupil card: load, save (all fields checked by the domain, one SaveChanges or nothing), class change,
/// withdrawal and graduation, and the change history. Everything goes through the user's scope: a foreign id is
/// "not found".
/// </summary>
public sealed class PupilCardService(PortalDb portalDb, TimeProvider clock, PersonDuplicateGuard guard)
{
    private DateOnly Today => CardCalendar.Today(clock);

    public async Task<PupilCard?> LoadAsync(int id, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var pupil = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pupil is null)
            return null;
        var school = await db.Schools.Where(s => s.Id == pupil.SchoolId).Select(s => s.ShortName).SingleAsync(ct);
        var className = await db.Classes.Where(c => c.Id == pupil.CurrentClassId).Select(c => c.Grade.ToString() + c.Letter).FirstOrDefaultAsync(ct);
        var account = await db.UserAccounts.Where(a => a.PupilId == id).Select(a => new { a.Login, a.LastLoginAt }).FirstOrDefaultAsync(ct);
        return new PupilCard(pupil.Id, pupil.SchoolId, school, pupil.Name.Full, pupil.Status, pupil.LeftOn, pupil.LeavingOrder, className,
            account?.Login, account?.LastLoginAt, CanEdit(user, pupil.SchoolId), PupilForm.From(pupil));
    }

    /// <summary>Only a school's administrator changes its pupils; district and region operators look.</summary>
    public static bool CanEdit(PortalUser user, int schoolId) => user.Has(Role.SchoolAdmin) && user.SchoolId == schoolId;

    /// <summary>Whether the user may add pupils: a school administrator, to their own school.</summary>
    public async Task<bool> CanCreateAsync() => (await portalDb.UserAsync()) is { SchoolId: not null } u && u.Has(Role.SchoolAdmin);

    /// <summary>Classes of the school's current academic year, for the class select.</summary>
    public async Task<IReadOnlyList<ClassOption>> ClassesAsync(int? schoolId = null, CancellationToken ct = default)
    {
        schoolId ??= (await portalDb.UserAsync()).SchoolId;
        if (schoolId is null)
            return [];
        await using var db = await portalDb.OpenAsync();
        var classes = await db.Classes
            .Where(c => c.SchoolId == schoolId && db.AcademicYears.Any(y => y.Id == c.AcademicYearId && y.Status == AcademicYearStatus.Current))
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter)
            .Select(c => new { c.Id, c.Grade, c.Letter })
            .ToListAsync(ct);
        return classes.Select(c => new ClassOption(c.Id, $"{c.Grade}{c.Letter}")).ToList();
    }

    /// <summary>Creates (id null) or updates a pupil from the form. On any refusal nothing is written.</summary>
    public async Task<CardSaveResult> SaveAsync(int? id, PupilForm form, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        Pupil? pupil = null;
        if (id is { } existing)
        {
            pupil = await db.Pupils.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == existing, ct);
            if (pupil is null)
                return CardSaveResult.Refused(FieldErrors.General, "Ученик не найден или недоступен вам.");
            if (!CanEdit(user, pupil.SchoolId))
                return CardSaveResult.Refused(FieldErrors.General, "Изменять карточку может только администратор школы ученика.");
        }
        else if (user.SchoolId is null || !user.Has(Role.SchoolAdmin))
        {
            return CardSaveResult.Refused(FieldErrors.General, "Добавлять учеников может только администратор школы.");
        }

        var errors = new FieldErrors();
        var today = Today;
        var name = form.ParseName(errors, PupilFields.Surname);
        var birthDate = form.ParseBirthDate(errors, today, Pupil.MinAge, Pupil.MaxAge, "ученика", PupilFields.BirthDate);
        form.RequireGender(errors, PupilFields.Gender);
        var certificate = PersonParsing.Document(errors, DocumentKind.RfBirthCertificate, form.BirthCertificateSeries, form.BirthCertificateNumber,
            form.BirthCertificateIssuedOn, form.BirthCertificateIssuedBy,
            PupilFields.BirthCertificateSeries, PupilFields.BirthCertificateNumber, PupilFields.BirthCertificateIssuedBy);
        var passport = PersonParsing.Document(errors, form.PassportKind, form.PassportSeries, form.PassportNumber, form.PassportIssuedOn,
            form.PassportIssuedBy, PupilFields.PassportSeries, PupilFields.PassportNumber, PupilFields.PassportIssuedBy);
        var snils = PersonParsing.Snils(errors, form.Snils, PupilFields.Snils);
        var registration = PersonParsing.Address(errors, form.RegistrationAddress, PupilFields.RegistrationAddress, "Адрес регистрации");
        var stay = PersonParsing.Address(errors, form.StayAddress, PupilFields.StayAddress, "Адрес пребывания");
        var homePhone = PersonParsing.Phone(errors, form.HomePhone, PupilFields.HomePhone);
        var mobilePhone = PersonParsing.Phone(errors, form.MobilePhone, PupilFields.MobilePhone);
        var email = PersonParsing.Email(errors, form.Email, PupilFields.Email);
        SchoolClass? newClass = null;
        if (form.ClassId is { } classId && classId != pupil?.CurrentClassId)
        {
            newClass = await db.Classes.SingleOrDefaultAsync(c => c.Id == classId, ct);
            if (newClass is null)
                errors.Add(PupilFields.Class, "Класс не найден.");
        }
        else if (form.ClassId is null && pupil?.CurrentClassId is not null)
        {
            errors.Add(PupilFields.Class, "Ученика нельзя оставить без класса: для ухода из школы оформите выбытие или выпуск.");
        }
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);

        var matches = await guard.FindAnyAsync(Probes(pupil, user.SchoolId, name!, birthDate!.Value, snils, certificate, passport), ct);
        if (DuplicateDecision.Refusal(matches, user, form.DuplicateReason) is { } refusal)
            return CardSaveResult.Refused(FieldErrors.General, refusal) with { Duplicates = matches };

        if (pupil is null)
        {
            pupil = new Pupil(user.SchoolId!.Value, name!, birthDate!.Value, form.Gender!.Value, today);
            db.Pupils.Add(pupil);
        }
        else
        {
            pupil.Rename(name!);
            errors.TryAt(() => pupil.ChangeBirth(birthDate!.Value, form.Gender!.Value, today), PupilFields.BirthDate);
        }
        errors.TryAt(() => pupil.ChangeDocuments(certificate, passport), PupilFields.BirthCertificateNumber,
            f => f == "passport" ? PupilFields.PassportNumber : PupilFields.BirthCertificateNumber);
        pupil.ChangeSnils(snils);
        errors.TryAt(() => pupil.ChangeCitizenship(form.Citizenship), PupilFields.Citizenship);
        errors.TryAt(() => pupil.ChangeBirthplace(form.Birthplace), PupilFields.Birthplace);
        pupil.ChangeAddresses(registration, stay);
        pupil.ChangeContacts(homePhone, mobilePhone, email);
        pupil.ChangeFormOfEducation(form.FormOfEducation);
        pupil.ChangeFlags(form.MovementOfFirstsMember, form.Gifted);
        errors.TryAt(() => pupil.ChangeComment(form.Comment), PupilFields.Comment);
        if (newClass is not null)
        {
            var from = CardCalendar.ToDateOnly(form.ClassFrom) ?? today;
            errors.TryAt(() => pupil.EnrollIn(newClass, from), PupilFields.Class, f => f == "date" ? PupilFields.ClassFrom : PupilFields.Class);
        }
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);
        var saved = pupil;
        return await SaveChangesAsync(db, pupil, ct, () => DuplicateDecision.SaveAsync(db, PersonKind.Pupil, () => saved.Id, matches,
            form.DuplicateReason, saved.SchoolId, user, clock.GetUtcNow(), ct));
    }

    /// <summary>
    /// A new pupil is checked by every rule; an edited one only for the SNILS and documents it changes, so a card that
    /// already shares a name and birth date with another stays editable.
    /// </summary>
    private static List<PersonProbe> Probes(Pupil? pupil, int? schoolId, PersonName name, DateOnly birthDate, Snils? snils,
        IdentityDocument? certificate, IdentityDocument? passport)
    {
        if (pupil is null)
        {
            var probe = new PersonProbe(PersonKind.Pupil, name, birthDate, snils, certificate, null, schoolId);
            return passport is null ? [probe] : [probe, probe with { Document = passport }];
        }
        var probes = new List<PersonProbe>();
        var changedSnils = snils is not null && snils != pupil.Snils ? snils : null;
        var edit = new PersonProbe(PersonKind.Pupil, name, null, changedSnils, null, pupil.Id, pupil.SchoolId);
        if (changedSnils is not null)
            probes.Add(edit);
        if (certificate is not null && (pupil.BirthCertificate is null || !Domain.Esia.PersonComparison.SameDocument(certificate, pupil.BirthCertificate)))
            probes.Add(edit with { Document = certificate });
        if (passport is not null && (pupil.Passport is null || !Domain.Esia.PersonComparison.SameDocument(passport, pupil.Passport)))
            probes.Add(edit with { Document = passport });
        return probes;
    }

    /// <summary>«Выбыл» (order optional) or «Выпущен» (order required) on a date.</summary>
    public async Task<CardSaveResult> LeaveAsync(int id, PupilStatus status, DateTime? on, string? order, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        await using var db = await portalDb.OpenAsync();
        var pupil = await db.Pupils.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pupil is null)
            return CardSaveResult.Refused(FieldErrors.General, "Ученик не найден или недоступен вам.");
        if (!CanEdit(user, pupil.SchoolId))
            return CardSaveResult.Refused(FieldErrors.General, "Изменять карточку может только администратор школы ученика.");
        if (CardCalendar.ToDateOnly(on) is not { } date)
            return CardSaveResult.Refused("date", "Укажите дату.");
        var errors = new FieldErrors();
        errors.TryAt(() =>
        {
            if (status == PupilStatus.Graduated)
                pupil.Graduate(date, order ?? "");
            else
                pupil.Withdraw(date, order);
        }, FieldErrors.General, f => f ?? FieldErrors.General);
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);
        return await SaveChangesAsync(db, pupil, ct);
    }

    /// <summary>The audit entries of the pupil, newest first, with Russian field names.</summary>
    public async Task<IReadOnlyList<AuditRecord>> HistoryAsync(int id, CancellationToken ct = default)
    {
        await using var db = await portalDb.OpenAsync();
        if (!await db.Pupils.AnyAsync(p => p.Id == id, ct))
            return [];
        return await CardHistory.ReadAsync(db, nameof(Pupil), id, PupilFields.AuditLabel, (_, value) => value, ct);
    }

    private static async Task<CardSaveResult> SaveChangesAsync(PortalDbContext db, Pupil pupil, CancellationToken ct, Func<Task>? save = null)
    {
        try
        {
            await (save?.Invoke() ?? db.SaveChangesAsync(ct));
            return CardSaveResult.Saved(pupil.Id);
        }
        catch (AccessDeniedException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
        catch (DomainException e)
        {
            return CardSaveResult.Refused(FieldErrors.General, e.Message);
        }
    }
}
