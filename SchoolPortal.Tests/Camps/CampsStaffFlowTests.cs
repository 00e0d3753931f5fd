using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// Issue 18's staff pages in a real browser: the region operator adds a camp with a shift on «Лагеря и смены», sees it
/// listed, and opens «Заявления на путевки». The 2027 season (the portal's coming summer) is declared here when the demo has none.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class CampsStaffFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task The_region_operator_adds_a_camp_with_a_shift_and_opens_the_applications()
    {
        await DeclareSeasonAsync(2027);
        var name = $"Лагерь «Проверка {Guid.NewGuid().ToString("N")[..6]}»";
        var page = await portal.SignInAsync("operator");
        await page.GotoAsync("/camps/manage");

        await page.GetByTestId("camp-add").ClickAsync();
        await BrowserUi.Input(page, "camp-name-input").FillAsync(name);
        await BrowserUi.ChooseAsync(page, "camp-kind", "загородный");
        await BrowserUi.Input(page, "camp-address").FillAsync("Челябинская обл., пос. Кременкуль");
        await BrowserUi.ChooseAsync(page, "camp-district", new Regex("Магнитогорский"));
        await page.GetByTestId("camp-save").ClickAsync();

        var camp = page.Locator("[data-testid^='camp-']").Filter(new() { Has = page.GetByTestId("camp-name").Filter(new() { HasTextString = name }) });
        await Assertions.Expect(camp).ToHaveCountAsync(1);
        await Assertions.Expect(camp).ToContainTextAsync("Магнитогорский");
        await camp.GetByTestId("shift-add").ClickAsync();
        await BrowserUi.Input(page, "shift-name-input").FillAsync("1 смена");
        var places = BrowserUi.Input(page, "shift-places-input");
        await places.FillAsync("40");
        await places.PressAsync("Tab");
        var price = BrowserUi.Input(page, "shift-full-price");
        await price.FillAsync("25000");
        await price.PressAsync("Tab");
        var share = BrowserUi.Input(page, "shift-parent-share");
        await share.FillAsync("5000");
        await share.PressAsync("Tab");
        await page.GetByTestId("shift-save").ClickAsync();

        var shift = camp.Locator("tr[data-testid^='shift-']");
        await Assertions.Expect(shift).ToHaveCountAsync(1);
        await Assertions.Expect(shift).ToContainTextAsync("1 смена");
        await Assertions.Expect(shift).ToContainTextAsync("01.06.2027–21.06.2027");
        await Assertions.Expect(shift.GetByTestId("shift-places")).ToHaveTextAsync("40");
        await Assertions.Expect(shift).ToContainTextAsync(new Regex(@"5\s000,00"));

        await page.GotoAsync("/camps/applications");
        await Assertions.Expect(page.GetByTestId("camp-applications-total")).ToContainTextAsync("Найдено:");
        await Assertions.Expect(page.Locator("[data-testid=camp-applications-empty], [data-testid=camp-applications-table]").First).ToBeVisibleAsync();
    }

    /// <summary>The season the page opens (the portal's coming summer), unless the demo declared it already.</summary>
    private async Task DeclareSeasonAsync(int year)
    {
        var options = new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite($"Data Source={portal.DatabasePath};Pooling=False").Options;
        await using var db = new SqliteDbContext(options).UseScope(AccessScope.System, AuditActor.System);
        if (await db.CampSeasons.AnyAsync(s => s.Year == year))
            return;
        var season = new CampSeason(year, RegionTime.At(new DateOnly(year, 4, 25), new TimeOnly(9, 0)), CampSeason.DefaultPaymentWorkingDays,
            CampSeason.DefaultVoucherWorkingDays);
        season.ChangePayee("Министерство образования Челябинской области", "7451000013", "40102810645370000062", "Отделение Челябинск", "017501500");
        db.CampSeasons.Add(season);
        await db.SaveChangesAsync();
    }
}
