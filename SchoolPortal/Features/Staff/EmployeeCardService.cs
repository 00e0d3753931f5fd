using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.DuplicateGuard;
using F = SchoolPortal.Features.Staff.EmployeeFields;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Staff;

/// <summary>
/// The staff card: open, save (all fields checked first, then one SaveChanges, so nothing is half-saved), dismiss,
/// and the card's audit history. Every read and write goes through the user's scope.
/// </summary>
public sealed class EmployeeCardService(PortalDb portalDb, TimeProvider clock, PersonDuplicateGuard guard)
{
    private const string NotFound = "Карточка сотрудника не найдена: её нет или она относится к другой школе.";

    public async Task<EmployeeForm> NewAsync(CancellationToken ct = default)
    {
        var user = ManagementAccess.Ensure(await portalDb.UserAsync());
        var form = new EmployeeForm();
        if (!ManagementAccess.SpansSchools(user) && user.SchoolId is { } schoolId)
        {
            await using var db = await portalDb.OpenAsync();
            form.SchoolId = schoolId;
            form.SchoolName = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.ShortName).FirstOrDefaultAsync(ct);
        }
        return form;
    }

    /// <summary>The card, or null when there is no such employee in the user's scope.</summary>
    public async Task<EmployeeForm?> LoadAsync(int id, CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var found = await db.Employees.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new { Employee = e, School = db.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.ShortName).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        if (found is null)
            return null;
        var e = found.Employee;
        return EmployeeForm.Showing(new EmployeeForm
        {
            Id = e.Id,
            SchoolId = e.SchoolId,
            SchoolName = found.School,
            PassportSeries = e.Passport?.Series,
            PassportNumber = e.Passport?.Number,
            PassportIssuedOn = CardCalendar.ToDateTime(e.Passport?.IssuedOn),
            PassportIssuedBy = e.Passport?.IssuedBy,
            Snils = e.Snils?.Formatted,
            Position = e.Position,
            Category = e.Category,
            Phone = e.Phone?.Formatted,
            Email = e.Email?.Value,
            OnMaternityLeave = e.OnMaternityLeave,
            Education = e.Education,
            DismissedOn = e.DismissedOn,
        }, e.Name, e.BirthDate, e.Gender);
    }

    public async Task<CardSaveResult> SaveAsync(EmployeeForm form, CancellationToken ct = default)
    {
        var user = ManagementAccess.Ensure(await portalDb.UserAsync());
        var today = CardCalendar.Today(clock);
        var errors = new FieldErrors();

        var name = form.ParseName(errors, F.Surname);
        // The date as typed goes on to the passport's checks even when the age is refused.
        var birth = CardCalendar.ToDateOnly(form.BirthDate);
        form.ParseBirthDate(errors, today, Employee.MinAge, Employee.MaxAge, "сотрудника", F.BirthDate);
        form.RequireGender(errors, F.Gender);
        var passport = ParsePassport(form, birth, today, errors);
        Snils? snils = null;
        if (!Blank(form.Snils) && !Snils.TryParse(form.Snils, out snils, out var snilsError))
            errors.Add(F.Snils, snilsError);
        var phone = Blank(form.Phone) ? null : errors.Try(() => PhoneNumber.Parse(form.Phone), F.Phone);
        var email = Blank(form.Email) ? null : errors.Try(() => Email.Parse(form.Email), F.Email);

        await using var db = await portalDb.OpenAsync();
        Employee? employee = null;
        int? schoolId;
        if (form.IsNew)
        {
            schoolId = ManagementAccess.SpansSchools(user) ? form.SchoolId : user.SchoolId;
            if (schoolId is null)
                errors.Add(F.School, "Выберите школу сотрудника.");
            else if (!await db.Schools.AnyAsync(s => s.Id == schoolId, ct))
                errors.Add(F.School, "Эта школа вам недоступна.");
        }
        else
        {
            employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == form.Id, ct);
            if (employee is null)
                return CardSaveResult.Refused(NotFound);
            schoolId = employee.SchoolId;
        }
        var before = (employee?.Snils, employee?.Passport);

        if (snils is not null && schoolId is not null)
            await RefuseDuplicateSnilsAsync(db.Employees, schoolId.Value, form.Id, snils, errors, ct);

        if (employee is null)
        {
            if (schoolId is not null && name is not null && birth is not null && form.Gender is not null && errors.IsEmpty)
                employee = errors.Try(() => new Employee(schoolId.Value, name, birth.Value, form.Gender.Value, form.Position ?? "", today), F.Position);
        }
        else
        {
            if (name is not null && name != employee.Name)
                employee.Rename(name);
            if (birth is not null && form.Gender is not null)
                errors.Try(() => employee.ChangeBirth(birth.Value, form.Gender.Value, today), F.BirthDate);
        }
        if (employee is not null)
        {
            errors.Try(() => employee.ChangePosition(form.Position, form.Category), F.Position);
            errors.Try(() => employee.ChangeEducation(form.Education), F.Education);
            if (passport != employee.Passport)
                errors.Try(() => employee.ChangePassport(passport), F.Passport);
            if (snils != employee.Snils)
                employee.ChangeSnils(snils);
            if (phone != employee.Phone || email != employee.Email)
                employee.ChangeContacts(phone, email);
            if (form.OnMaternityLeave != employee.OnMaternityLeave)
                employee.ChangeMaternityLeave(form.OnMaternityLeave);
        }
        if (!errors.IsEmpty || employee is null)
            return CardSaveResult.Refused(errors);

        var matches = await guard.FindAsync(Probe(form.IsNew, employee, passport, snils, before), ct);
        if (DuplicateDecision.Refusal(matches, user, form.DuplicateReason) is { } refusal)
        {
            var elsewhere = form.IsNew && matches.Any(m => m.SchoolName is not null)
                ? " Если это сотрудник другой школы, перенесите его карточку: «Импорт из другой ОО»."
                : "";
            return CardSaveResult.Refused(FieldErrors.General, refusal + elsewhere) with { Duplicates = matches };
        }

        if (form.IsNew)
            db.Employees.Add(employee);
        return await SaveOnceAsync(db, employee, ct, () => DuplicateDecision.SaveAsync(db, PersonKind.Employee, () => employee.Id, matches,
            form.DuplicateReason, employee.SchoolId, user, clock.GetUtcNow(), ct));
    }

    /// <summary>
    /// A new card is checked by every rule across the region; an edited one only for the SNILS or passport it changes,
    /// and never against the person's own cards in other schools (the same person, imported).
    /// </summary>
    private static PersonProbe Probe(bool isNew, Employee employee, IdentityDocument? passport, Snils? snils,
        (Snils? Snils, IdentityDocument? Passport) before)
    {
        if (isNew)
            return new PersonProbe(PersonKind.Employee, employee.Name, employee.BirthDate, snils, passport, null, employee.SchoolId);
        var changedSnils = snils is not null && snils != before.Snils ? snils : null;
        var changedPassport = passport is not null && (before.Passport is null || !Domain.Esia.PersonComparison.SameDocument(passport, before.Passport))
            ? passport
            : null;
        return new PersonProbe(PersonKind.Employee, employee.Name, null, changedSnils, changedPassport, employee.Id, employee.SchoolId);
    }

    /// <summary>
    /// «Уволить»: the employee stays in the list (filter «показать уволенных») with the date, and their login stops working at
    /// once: blocked, or, when they still work in another school and the administrator chose so, handed over to that school.
    /// </summary>
    public async Task<CardSaveResult> DismissAsync(int id, DateOnly? on, DismissalLogin login = DismissalLogin.Disable, CancellationToken ct = default)
    {
        var user = ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
            return CardSaveResult.Refused(NotFound);
        if (employee.DismissedOn is { } already)
            return CardSaveResult.Refused($"Сотрудник уже уволен {CardCalendar.Format(already)}.");
        var errors = new FieldErrors();
        if (on is null)
            errors.Add(F.DismissedOn, "Укажите дату увольнения.");
        else if (on > CardCalendar.Today(clock))
            errors.Add(F.DismissedOn, "Дата увольнения не может быть в будущем: уволить можно с сегодняшнего дня или раньше.");
        else if (on < employee.BirthDate)
            errors.Add(F.DismissedOn, "Дата увольнения раньше даты рождения сотрудника.");
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);
        employee.Dismiss(on!.Value);
        // Every login of the person in this school (the demo has a short one beside the generated one).
        var accounts = await db.UserAccounts.Where(a => a.EmployeeId == id && a.SchoolId == employee.SchoolId).ToListAsync(ct);
        if (accounts.Any(a => a.Id == user.AccountId))
            return CardSaveResult.Refused("Нельзя уволить самого себя: это делает другой администратор школы или оператор.");
        var other = login == DismissalLogin.KeepForOtherSchool ? await OtherEmploymentAsync(db, employee, ct) : null;
        if (other is null)
            accounts.ForEach(a => a.Disable());
        var saved = await SaveOnceAsync(db, employee, ct);
        if (saved.Succeeded && accounts.Count > 0 && other is not null)
        {
            // The accounts leave this school's scope: the write is checked here and done unscoped, in the administrator's name.
            await using var unscoped = await portalDb.OpenUnscopedAsync();
            var ids = accounts.Select(a => a.Id).ToList();
            foreach (var moved in await unscoped.UserAccounts.Where(a => ids.Contains(a.Id)).ToListAsync(ct))
                moved.MoveToSchool(other.SchoolId, other.Id);
            await unscoped.SaveChangesAsync(ct);
        }
        return saved;
    }

    /// <summary>The other school where the employee still works (by SNILS or by the import link), named for the dismissal dialog.</summary>
    public async Task<string?> OtherSchoolAsync(int id, CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null || !await db.UserAccounts.AnyAsync(a => a.EmployeeId == id, ct))
            return null;
        return (await OtherEmploymentAsync(db, employee, ct))?.SchoolName;
    }

    private static async Task<OtherEmployment?> OtherEmploymentAsync(Data.PortalDbContext db, Employee employee, CancellationToken ct)
    {
        var snils = employee.Snils;
        return await db.Employees.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.SchoolId != employee.SchoolId && e.DismissedOn == null
                && ((snils != null && e.Snils == snils) || e.Id == employee.OriginEmployeeId || e.OriginEmployeeId == employee.Id))
            .OrderBy(e => e.Id)
            .Select(e => new OtherEmployment(e.Id, e.SchoolId, db.Schools.IgnoreQueryFilters().Where(s => s.Id == e.SchoolId).Select(s => s.ShortName).First()))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The audit log of the card, newest first (empty when the card is not in the user's scope).</summary>
    public async Task<IReadOnlyList<AuditRecord>> HistoryAsync(int id, CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        if (!await db.Employees.AnyAsync(e => e.Id == id, ct))
            return [];
        return await CardHistory.ReadAsync(db, nameof(Employee), id, F.AuditLabel, F.AuditValue, ct);
    }

    private static IdentityDocument? ParsePassport(EmployeeForm form, DateOnly? birth, DateOnly today, FieldErrors errors)
    {
        var issuedOn = CardCalendar.ToDateOnly(form.PassportIssuedOn);
        if (Blank(form.PassportSeries) && Blank(form.PassportNumber) && Blank(form.PassportIssuedBy) && issuedOn is null)
            return null;
        if (issuedOn > today)
            errors.Add(F.PassportIssuedOn, "Дата выдачи паспорта не может быть в будущем.");
        else if (issuedOn is not null && birth is not null && issuedOn < birth)
            errors.Add(F.PassportIssuedOn, "Дата выдачи паспорта раньше даты рождения.");
        return errors.Try(() => IdentityDocument.Passport(form.PassportSeries, form.PassportNumber, issuedOn, form.PassportIssuedBy), F.Passport);
    }

    // Duplicates are a briefing complaint: one person, one card per school (dismissed cards count: reopen them instead).
    private static async Task RefuseDuplicateSnilsAsync(IQueryable<Employee> employees, int schoolId, int ownId, Snils snils, FieldErrors errors,
        CancellationToken ct)
    {
        var twin = await employees.AsNoTracking()
            .Where(e => e.SchoolId == schoolId && e.Snils == snils && e.Id != ownId)
            .Select(e => new { e.Id, e.Name, e.DismissedOn })
            .FirstOrDefaultAsync(ct);
        if (twin is null)
            return;
        var state = twin.DismissedOn is { } d ? $", уволен {CardCalendar.Format(d)}" : "";
        errors.Add(F.Snils,
            $"Сотрудник с СНИЛС {snils.Formatted} уже есть в этой школе: {twin.Name.Full} (карточка № {twin.Id}{state}). " +
            "Откройте его карточку: второй карточки одного человека быть не должно.");
    }

    private static async Task<CardSaveResult> SaveOnceAsync(Data.PortalDbContext db, Employee employee, CancellationToken ct,
        Func<Task>? save = null)
    {
        try
        {
            await (save?.Invoke() ?? db.SaveChangesAsync(ct));
            return CardSaveResult.Saved(employee.Id);
        }
        catch (AccessDeniedException e)
        {
            return CardSaveResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            return CardSaveResult.Refused("Не удалось сохранить карточку: база данных отклонила изменения. Обновите страницу и попробуйте ещё раз.");
        }
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
