using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Staff;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Schools;

namespace SchoolPortal.Features.Staff;

/// <summary>The staff list (Управление → Сотрудники): filtered, sorted and paged in the database, limited to the user's scope.</summary>
public sealed class StaffDirectory(PortalDb portalDb)
{
    public async Task<StaffListOptions> OptionsAsync(CancellationToken ct = default)
    {
        var user = ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var positions = await db.Employees.Select(e => e.Position).Distinct().OrderBy(p => p).ToListAsync(ct);
        var spans = ManagementAccess.SpansSchools(user);
        var schools = spans ? await SchoolPicker.ListAsync(db, ct) : [];
        return new StaffListOptions(positions, schools, spans);
    }

    public async Task<StaffListPage> ListAsync(StaffListQuery query, CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var employees = Filter(db.Employees.AsNoTracking(), query.Filter);
        var total = await employees.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = await Sort(db, employees, query.Sort, query.Descending)
            .Skip(Math.Max(query.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(e => new
            {
                e.Id,
                e.Name,
                e.Position,
                e.Category,
                e.Phone,
                e.Email,
                e.Snils,
                e.OnMaternityLeave,
                e.DismissedOn,
                School = db.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.ShortName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var rows = page.Select(e => new StaffRow(e.Id, e.Name.Full, e.Position, e.Category, e.Phone?.Formatted, e.Email?.Value,
            e.Snils?.Formatted, e.OnMaternityLeave, e.DismissedOn, e.School ?? "")).ToList();
        return new StaffListPage(rows, total);
    }

    private static IQueryable<Employee> Filter(IQueryable<Employee> employees, StaffFilter filter)
    {
        if (!filter.IncludeDismissed)
            employees = employees.Where(e => e.DismissedOn == null);
        if (filter.SchoolId is { } schoolId)
            employees = employees.Where(e => e.SchoolId == schoolId);
        if (!string.IsNullOrWhiteSpace(filter.Position))
        {
            var position = filter.Position.Trim();
            employees = employees.Where(e => e.Position == position);
        }
        if (!string.IsNullOrWhiteSpace(filter.Surname))
        {
            // Letter case of Cyrillic is not folded by SQLite: try the text as typed, as a capitalised name, and in capitals.
            var typed = filter.Surname.Trim();
            var capitalised = char.ToUpperInvariant(typed[0]) + typed[1..].ToLowerInvariant();
            var upper = typed.ToUpperInvariant();
            employees = employees.Where(e => e.Name.Surname.StartsWith(typed) || e.Name.Surname.StartsWith(capitalised)
                || e.Name.Surname.StartsWith(upper));
        }
        return employees;
    }

    private static IQueryable<Employee> Sort(PortalDbContext db, IQueryable<Employee> employees, StaffSortField sort, bool descending) => sort switch
    {
        StaffSortField.Position => OrderThenByName(employees, e => e.Position, descending),
        StaffSortField.CategoryName => OrderThenByName(employees, e => e.Category, descending),
        StaffSortField.Phone => OrderThenByName(employees, e => e.Phone, descending),
        StaffSortField.Email => OrderThenByName(employees, e => e.Email, descending),
        StaffSortField.Snils => OrderThenByName(employees, e => e.Snils, descending),
        StaffSortField.OnMaternityLeave => OrderThenByName(employees, e => e.OnMaternityLeave, descending),
        StaffSortField.Status => OrderThenByName(employees, e => e.DismissedOn, descending),
        StaffSortField.SchoolName => OrderThenByName(employees, e => db.Schools.Where(s => s.Id == e.SchoolId).Select(s => s.ShortName).FirstOrDefault(), descending),
        _ => descending
            ? employees.OrderByDescending(e => e.Name.Surname).ThenByDescending(e => e.Name.FirstName).ThenByDescending(e => e.Name.Patronymic).ThenBy(e => e.Id)
            : employees.OrderBy(e => e.Name.Surname).ThenBy(e => e.Name.FirstName).ThenBy(e => e.Name.Patronymic).ThenBy(e => e.Id),
    };

    private static IQueryable<Employee> OrderThenByName<TKey>(IQueryable<Employee> employees, System.Linq.Expressions.Expression<Func<Employee, TKey>> key, bool descending) =>
        (descending ? employees.OrderByDescending(key) : employees.OrderBy(key))
            .ThenBy(e => e.Name.Surname).ThenBy(e => e.Name.FirstName).ThenBy(e => e.Id);
}
