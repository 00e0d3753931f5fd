using SchoolPortal.Domain.People;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// Issue 18 in a real browser: a parent signs in with Gosuslugi (the ESIA emulator), opens «Летний отдых», applies for a
/// shift the test published in an open season, gets the place at once and opens the printable receipt.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class CampParentFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task A_parent_signed_in_with_gosuslugi_applies_gets_a_place_and_sees_the_receipt_with_the_amount_and_voucher_number()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("esia-signin").ClickAsync();
        var person = page.GetByTestId("esia-person-matching");
        var name = (await person.Locator(".name").InnerTextAsync()).Trim();
        var birth = DateOnly.ParseExact(BirthDate().Match(await person.Locator(".meta").InnerTextAsync()).Value, "dd.MM.yyyy", CultureInfo.InvariantCulture);
        await person.ClickAsync();
        await page.WaitForURLAsync(new Regex("/portfolio$"));
        var (child, campName) = await PublishShiftForAChildOfAsync(name, birth);

        await page.GotoAsync("/camps");
        await BrowserUi.ChooseAsync(page, "camp-child-select", child);
        await Assertions.Expect(page.GetByTestId("camp-child")).ToContainTextAsync(child);
        await BrowserUi.ChooseAsync(page, "camp-choice-1", new Regex(Regex.Escape(campName)));
        await page.GetByTestId("camp-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("camp-outcome")).ToContainTextAsync("место предоставлено");
        await page.GetByTestId("camp-outcome-receipt").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/camps/receipt/\d+$"));
        var voucher = await VoucherNumberAsync(campName);
        await Assertions.Expect(page.GetByTestId("camp-receipt-amount")).ToContainTextAsync(new Regex(@"7\s350,00"));
        await Assertions.Expect(page.GetByTestId("camp-receipt-voucher")).ToHaveTextAsync(voucher);
        await Assertions.Expect(page.GetByTestId("camp-receipt-purpose")).ToHaveTextAsync($"Родительская доля за путевку № {voucher}");
        await Assertions.Expect(page.GetByTestId("camp-print")).ToBeVisibleAsync();
    }

    /// <summary>
    /// An open 2027 season (the demo's, or one the test announces) and a camp of the test's own with one shift for 6–17 year
    /// olds; the child is the parent's youngest who holds no camp place yet, so nothing the demo gave overlaps.
    /// </summary>
    private async Task<(string Child, string Camp)> PublishShiftForAChildOfAsync(string parentName, DateOnly parentBirth)
    {
        await using var db = Portal();
        var parts = parentName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parentId = await db.Parents.Where(p => p.Name.Surname == parts[0] && p.Name.FirstName == parts[1] && p.BirthDate == parentBirth)
            .Select(p => p.Id).SingleAsync();
        var children = await (
                from link in db.ParentLinks
                where link.ParentId == parentId
                join pupil in db.Pupils on link.PupilId equals pupil.Id
                where pupil.Status == PupilStatus.Enrolled && !db.CampApplications.Any(a => a.PupilId == pupil.Id
                    && (a.Status == CampApplicationStatus.Granted || a.Status == CampApplicationStatus.Paid || a.Status == CampApplicationStatus.VoucherIssued))
                select new { pupil.Name.Surname, pupil.Name.FirstName, pupil.Name.Patronymic, pupil.BirthDate })
            .ToListAsync();
        var child = children.OrderByDescending(c => c.BirthDate).First();
        var startsOn = new DateOnly(2027, 6, 1);
        Assert.True(Domain.People.BirthDate.AgeOn(child.BirthDate, startsOn) <= CampShift.OldestAge, "У родителя нет ребенка подходящего для лагеря возраста.");

        var opening = RegionTime.At(new DateOnly(2026, 11, 1), new TimeOnly(9, 0));
        var season = await db.CampSeasons.SingleOrDefaultAsync(s => s.Year == 2027);
        if (season is null)
        {
            season = new CampSeason(2027, opening, CampSeason.DefaultPaymentWorkingDays, CampSeason.DefaultVoucherWorkingDays);
            db.CampSeasons.Add(season);
        }
        else if (season.BookingOpensAt > opening)
        {
            season.ChangeTerms(opening, season.PaymentWorkingDays, season.VoucherWorkingDays);
        }
        if (season.PayeeInn.Length == 0)
            season.ChangePayee("Министерство образования и науки Челябинской области", "7451000013", "03224643750000006900", "Отделение Челябинск", "017501500");
        var campName = $"Лагерь «Проверка {Guid.NewGuid().ToString("N")[..6]}»";
        var camp = new Camp(campName, CampKind.Country, "Челябинская обл., пос. Кременкуль", await db.Municipalities.Select(m => m.Id).FirstAsync());
        db.Camps.Add(camp);
        await db.SaveChangesAsync();
        db.CampShifts.Add(new CampShift(camp.Id, "1 смена", startsOn, startsOn.AddDays(20), 10, CampShift.YoungestAge, CampShift.OldestAge, 29_400m, 7_350m));
        await db.SaveChangesAsync();
        return (child.Patronymic is null ? $"{child.Surname} {child.FirstName}" : $"{child.Surname} {child.FirstName} {child.Patronymic}", campName);
    }

    private async Task<string> VoucherNumberAsync(string campName)
    {
        await using var db = Portal();
        var camp = await db.Camps.Where(c => c.Name == campName).Select(c => c.Id).SingleAsync();
        var shift = await db.CampShifts.Where(s => s.CampId == camp).Select(s => s.Id).SingleAsync();
        return await db.CampApplications.Where(a => a.ShiftId == shift).Select(a => a.VoucherNumber!).SingleAsync();
    }

    private PortalDbContext Portal() =>
        new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={portal.DatabasePath};Pooling=False").Options)
            .UseScope(AccessScope.System, AuditActor.System);

    [GeneratedRegex(@"\d{2}\.\d{2}\.\d{4}")]
    private static partial Regex BirthDate();
}
