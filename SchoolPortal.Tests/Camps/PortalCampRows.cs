using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// A browser flow's own camp rows in the running portal's database: a past season of its own year (no demo camp shares it),
/// one camp and shift in the first school's district, and children with their parents, applications granted or in reserve
/// with the dates the flow pins.
/// </summary>
internal sealed class PortalCampRows(string databasePath, int year) : IDbContextFactory<PortalDbContext>
{
    public const decimal Share = 4_500m;
    private int _children;

    public int Year => year;

    public PortalDbContext CreateDbContext() =>
        new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={databasePath};Pooling=False").Options);

    public PortalDbContext System() => CreateDbContext().UseScope(AccessScope.System, AuditActor.System);

    /// <summary>The season, a camp in the district of the portal's first school and a shift of <paramref name="places"/> places.</summary>
    public async Task<(CampShift Shift, int SchoolId, int MunicipalityId)> SeasonAsync(int places)
    {
        await using var db = System();
        var school = await db.Schools.AsNoTracking().OrderBy(s => s.Id).FirstAsync();
        var season = new CampSeason(year, RegionTime.At(new DateOnly(year, 4, 25), new TimeOnly(9, 0)), 5, 3);
        season.ChangePayee("Управление образования", "7451000013", "40102810645370000062", "Отделение Челябинск", "017501500");
        db.CampSeasons.Add(season);
        var camp = new Camp($"Лагерь «Проверка {year}»", CampKind.Country, "Челябинская обл.", school.MunicipalityId);
        db.Camps.Add(camp);
        await db.SaveChangesAsync();
        var shift = new CampShift(camp.Id, "1 смена", new DateOnly(year, 6, 1), new DateOnly(year, 6, 21), places, 7, 15, 20_000m, Share);
        db.CampShifts.Add(shift);
        await db.SaveChangesAsync();
        return (shift, school.Id, school.MunicipalityId);
    }

    /// <summary>A child with its mother, applying for <paramref name="shift"/> at <paramref name="filedAt"/>; granted with <paramref name="deadline"/> when given.</summary>
    public async Task<CampApplication> ApplicationAsync(CampShift shift, int schoolId, int municipalityId, DateTimeOffset filedAt, DateOnly? deadline)
    {
        var n = ++_children;
        await using var db = System();
        var letters = string.Concat(n.ToString().Select(d => "абвгдежзик"[d - '0']));
        var child = new Pupil(schoolId, PersonName.Create("Проверкина", $"Дочь{letters}", "Ивановна"), new DateOnly(year - 9, 3, 14), Gender.Female,
            new DateOnly(2026, 11, 28));
        var parent = new Parent(PersonName.Create("Проверкина", $"Мать{letters}", "Петровна"), Gender.Female);
        db.Pupils.Add(child);
        db.Parents.Add(parent);
        await db.SaveChangesAsync();
        var application = new CampApplication(year, CampChannel.Portal, child.Id, schoolId, municipalityId, parent.Id, child.Name, child.BirthDate,
            parent.Name, filedAt, CampPriority.General, null, [shift.Id], CampApplication.System);
        db.CampApplications.Add(application);
        await db.SaveChangesAsync();
        if (deadline is { } last)
        {
            var tracked = await db.CampShifts.SingleAsync(s => s.Id == shift.Id);
            tracked.Hold();
            application.Grant(tracked, filedAt, last, CampApplication.System);
        }
        else
        {
            application.Reserve(filedAt, CampApplication.System);
        }
        await db.SaveChangesAsync();
        return application;
    }

    /// <summary>A parent account (password «demo») for the parent of an application, so the flow can look as the family does.</summary>
    public async Task<string> ParentLoginAsync(int parentId)
    {
        await using var db = System();
        var account = new UserAccount($"camp.flow.{year}.{parentId}", "Проверкина М. П.", Role.Parent);
        account.LinkTo(parentId: parentId);
        account.SetPassword(DemoRegionGenerator.DemoPasswordHash, mustChange: false);
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return account.Login;
    }

    public async Task<CampApplication> FindAsync(int id)
    {
        await using var db = System();
        return await db.CampApplications.AsNoTracking().SingleAsync(a => a.Id == id);
    }
}
