using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Staff;

/// <summary>
/// «Импорт из другой ОО»: a school administrator finds an employee of another school by SNILS and copies the card into
/// the own school with its own position; the copy points at the person's one record (Employee.OriginEmployeeId), so the
/// person is never entered twice. The other school's card is read through the system context and only its identifying
/// data is shown.
/// </summary>
public sealed class StaffImportService(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    private const string OnlyAdmins = "Импорт из другой ОО выполняет администратор школы, в которую переходит сотрудник.";

    public async Task<StaffImportLookup> FindAsync(string? snilsText, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!user.Has(Role.SchoolAdmin) || user.SchoolId is not { } schoolId)
            return StaffImportLookup.Fail(OnlyAdmins);
        if (string.IsNullOrWhiteSpace(snilsText))
            return StaffImportLookup.Fail("Введите СНИЛС сотрудника.");
        if (!Snils.TryParse(snilsText, out var snils, out var error))
            return StaffImportLookup.Fail(error);
        // System scope: finds the employee by SNILS in another school to offer the import; only the name and school are shown.
        await using var system = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        var cards = await system.Employees.AsNoTracking()
            .Where(e => e.Snils == snils)
            .Select(e => new
            {
                e.Id, e.SchoolId, e.Name, e.BirthDate, e.Position, e.DismissedOn, e.OriginEmployeeId,
                School = system.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.ShortName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var here = cards.FirstOrDefault(c => c.SchoolId == schoolId);
        if (here is not null)
            return new StaffImportLookup($"Карточка этого сотрудника уже есть в вашей школе: {here.Name.Full}. Откройте её.", null, here.Id);
        var source = cards.OrderBy(c => c.DismissedOn is not null).ThenBy(c => c.OriginEmployeeId is not null).ThenBy(c => c.Id).FirstOrDefault();
        if (source is null)
            return StaffImportLookup.Fail(
                $"Сотрудник с СНИЛС {snils.Formatted} в других школах региона не найден. Проверьте номер или создайте карточку кнопкой «Добавить».");
        return new StaffImportLookup(null,
            new ImportCandidate(source.Id, source.Name.Full, source.BirthDate, source.School ?? "", source.Position, source.DismissedOn is not null),
            null);
    }

    /// <summary>Copies the card into the administrator's school with <paramref name="position"/>; refused when the person is already there.</summary>
    public async Task<CardSaveResult> ImportAsync(int sourceEmployeeId, string? position, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        if (!user.Has(Role.SchoolAdmin) || user.SchoolId is not { } schoolId)
            return CardSaveResult.Refused(OnlyAdmins);
        if (string.IsNullOrWhiteSpace(position))
            return CardSaveResult.Refused(EmployeeFields.Position, "Укажите должность в вашей школе.");
        Employee? source;
        // System scope: reads the found card of another school; the only write goes to the admin's own school.
        await using (var system = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor))
        {
            source = await system.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == sourceEmployeeId, ct);
            if (source is null)
                return CardSaveResult.Refused("Карточка сотрудника не найдена: найдите его по СНИЛС ещё раз.");
            var person = source.PersonId;
            var existing = await system.Employees.AsNoTracking()
                .Where(e => e.SchoolId == schoolId
                    && (e.Id == person || e.OriginEmployeeId == person || (source.Snils != null && e.Snils == source.Snils)))
                .Select(e => new { e.Id, e.Name })
                .FirstOrDefaultAsync(ct);
            if (existing is not null)
                return CardSaveResult.Refused(
                    $"Карточка этого сотрудника уже есть в вашей школе: {existing.Name.Full} (карточка № {existing.Id}). Откройте её.");
        }
        var errors = new FieldErrors();
        var copy = errors.Try(() => source.CopyTo(schoolId, position, CardCalendar.Today(clock)), EmployeeFields.Position);
        if (copy is null)
            return CardSaveResult.Refused(errors);
        await using var db = await portalDb.OpenAsync();
        db.Employees.Add(copy);
        try
        {
            await db.SaveChangesAsync(ct);
            return CardSaveResult.Saved(copy.Id);
        }
        catch (AccessDeniedException e)
        {
            return CardSaveResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            return CardSaveResult.Refused("Не удалось сохранить карточку: база данных отклонила изменения. Попробуйте ещё раз.");
        }
    }
}
