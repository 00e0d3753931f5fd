using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.DuplicateGuard;
using F = SchoolPortal.Features.QuickEntry.QuickEntryFields;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.QuickEntry;

/// <summary>
/// «Быстрый ввод учеников (только при отсутствии данных)»: a class's pupils typed one per row, for a class of the
/// administrator's school that has no pupils yet. Every row is checked (fields and duplicates) before anything is
/// written; then all rows are saved in one transaction, or none.
/// </summary>
public sealed class QuickEntryService(PortalDb portalDb, TimeProvider clock, PersonDuplicateGuard guard)
{
    public const int MaxRows = 60;

    /// <summary>The classes of the administrator's school in the current year, each saying whether it already has pupils.</summary>
    public async Task<IReadOnlyList<QuickEntryClass>> ClassesAsync(CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!user.Has(Role.SchoolAdmin) || user.SchoolId is not { } schoolId)
            return [];
        await using var db = await portalDb.OpenAsync();
        var rows = await db.Classes
            .Where(c => c.SchoolId == schoolId && db.AcademicYears.Any(y => y.Id == c.AcademicYearId && y.Status == AcademicYearStatus.Current))
            .OrderBy(c => c.Grade).ThenBy(c => c.Letter)
            .Select(c => new { c.Id, c.Grade, c.Letter, HasPupils = db.ClassMemberships.Any(m => m.SchoolClassId == c.Id) })
            .ToListAsync(ct);
        return rows.Select(c => new QuickEntryClass(c.Id, $"{c.Grade}{c.Letter}", c.HasPupils)).ToList();
    }

    public async Task<QuickEntryResult> SaveAsync(int? classId, IReadOnlyList<QuickEntryRow> rows, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!user.Has(Role.SchoolAdmin) || user.SchoolId is not { } schoolId)
            return QuickEntryResult.Fail("Быстрый ввод учеников доступен администратору школы.");
        if (classId is null)
            return QuickEntryResult.Fail("Выберите класс.");
        await using var db = await portalDb.OpenAsync();
        var schoolClass = await db.Classes.SingleOrDefaultAsync(c => c.Id == classId && c.SchoolId == schoolId, ct);
        if (schoolClass is null)
            return QuickEntryResult.Fail("Класс не найден в вашей школе.");
        if (await db.ClassMemberships.AnyAsync(m => m.SchoolClassId == schoolClass.Id, ct))
            return QuickEntryResult.Fail($"В классе {schoolClass.Name} уже есть ученики: быстрый ввод — только для класса без учеников. " +
                "Добавляйте учеников по одному кнопкой «Добавить» в списке учеников.");
        var filled = rows.Select((row, index) => (Row: row, Index: index)).Where(x => !x.Row.IsBlank).ToList();
        if (filled.Count == 0)
            return QuickEntryResult.Fail("Введите хотя бы одного ученика.");
        if (filled.Count > MaxRows)
            return QuickEntryResult.Fail($"За один раз можно ввести не больше {MaxRows} учеников.");

        var today = CardCalendar.Today(clock);
        var errors = new Dictionary<int, FieldErrors>();
        var parsed = new List<(int Index, QuickEntryRow Row, PersonName Name, DateOnly BirthDate, Gender Gender, Snils? Snils)>();
        foreach (var (row, index) in filled)
        {
            var rowErrors = errors[index] = new FieldErrors();
            if (Parse(row, today, rowErrors) is { } person)
                parsed.Add((index, row, person.Name, person.BirthDate, person.Gender, person.Snils));
        }
        RefuseRepeatsWithinTheGrid(parsed.Select(p => (p.Index, p.Name, p.BirthDate, p.Snils)).ToList(), errors);

        var probes = parsed.Select(p => new PersonProbe(PersonKind.Pupil, p.Name, p.BirthDate, p.Snils, null, null, schoolId)).ToList();
        var found = await guard.FindManyAsync(probes, ct);
        var duplicates = new Dictionary<int, IReadOnlyList<PersonMatch>>();
        foreach (var (probeIndex, matches) in found)
        {
            var p = parsed[probeIndex];
            duplicates[p.Index] = matches;
            if (DuplicateDecision.Refusal(matches, user, p.Row.DuplicateReason) is { } refusal)
                errors[p.Index].Add(F.Duplicate, refusal);
        }
        var failed = errors.Where(e => !e.Value.IsEmpty).ToDictionary(e => e.Key, e => e.Value.All);
        if (failed.Count > 0)
            return new QuickEntryResult(0, $"Не сохранено: исправьте строки {string.Join(", ", failed.Keys.Order().Select(i => i + 1))}. " +
                "Ничего не записано.", failed, duplicates);

        var pupils = new List<(int Index, Pupil Pupil)>();
        foreach (var p in parsed)
        {
            var pupil = new Pupil(schoolId, p.Name, p.BirthDate, p.Gender, today);
            pupil.ChangeSnils(p.Snils);
            pupil.EnrollIn(schoolClass, today);
            db.Pupils.Add(pupil);
            pupils.Add((p.Index, pupil));
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            foreach (var (index, pupil) in pupils)
            {
                foreach (var match in duplicates.GetValueOrDefault(index) ?? [])
                    db.DuplicateOverrides.Add(new DuplicateOverride(nameof(PersonKind.Pupil), pupil.Id, match.Id,
                        parsed.Single(p => p.Index == index).Row.DuplicateReason, schoolId, clock.GetUtcNow(), user.AccountId, user.Login));
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or AccessDeniedException)
        {
            return QuickEntryResult.Fail("Не удалось сохранить: база данных отклонила изменения. Ничего не записано; попробуйте ещё раз.");
        }
        return new QuickEntryResult(pupils.Count, null, new Dictionary<int, IReadOnlyDictionary<string, string>>(), duplicates);
    }

    private static (PersonName Name, DateOnly BirthDate, Gender Gender, Snils? Snils)? Parse(QuickEntryRow row, DateOnly today, FieldErrors errors)
    {
        var name = errors.TryAt(() => PersonName.Create(row.Surname, row.FirstName, row.Patronymic, row.NoPatronymic), F.Surname,
            f => f ?? F.Surname);
        DateOnly? birthDate = null;
        if (string.IsNullOrWhiteSpace(row.BirthDate))
            errors.Add(F.BirthDate, "Укажите дату рождения.");
        else if (!DateOnly.TryParseExact(row.BirthDate.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add(F.BirthDate, $"«{row.BirthDate.Trim()}» — не дата: нужно дд.мм.гггг, например 14.03.2015.");
        else
            birthDate = errors.TryAt(() => (DateOnly?)BirthDate.Check(date, today, Pupil.MinAge, Pupil.MaxAge, "ученика"), F.BirthDate);
        if (row.Gender is null)
            errors.Add(F.Gender, "Укажите пол.");
        Snils? snils = null;
        if (!string.IsNullOrWhiteSpace(row.Snils) && !Snils.TryParse(row.Snils, out snils, out var snilsError))
            errors.Add(F.Snils, snilsError);
        return errors.IsEmpty ? (name!, birthDate!.Value, row.Gender!.Value, snils) : null;
    }

    /// <summary>The same child typed twice in one grid: the later row is refused.</summary>
    private static void RefuseRepeatsWithinTheGrid(List<(int Index, PersonName Name, DateOnly BirthDate, Snils? Snils)> rows,
        Dictionary<int, FieldErrors> errors)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (rows[i].Snils is not null && rows[i].Snils == rows[j].Snils)
                    errors[rows[i].Index].Add(F.Snils, $"Этот СНИЛС уже введён в строке {rows[j].Index + 1}.");
                else if (rows[i].BirthDate == rows[j].BirthDate && Domain.Esia.PersonComparison.SameName(rows[i].Name, rows[j].Name))
                    errors[rows[i].Index].Add(F.Surname, $"Этот ученик (ФИО и дата рождения) уже введён в строке {rows[j].Index + 1}.");
            }
        }
    }
}
