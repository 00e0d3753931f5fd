using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// Issue 17 in a real browser: the region operator opens «Приемная кампания» for the demo's finished 2026 campaign, reads
/// the three headline figures of the briefing, and drills from the region into a district, a school and its applications.
/// The figures are checked against the database the portal runs on.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class CampaignFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task The_operator_sees_the_three_figures_and_drills_into_a_district_and_a_school()
    {
        var page = await portal.SignInAsync("operator");
        await page.GotoAsync("/enrollment/campaign?year=2026");

        await Assertions.Expect(page.GetByTestId("campaign-order-deadline")).ToHaveTextAsync("03.07.2026");
        var firstStage = await FiguresAsync(page);
        await page.GetByTestId($"campaign-part-{(int)CampaignPart.SecondStage}").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"campaign-part-{(int)CampaignPart.SecondStage}")).ToHaveClassAsync(new Regex("mud-button-filled"));
        var secondStage = await FiguresAsync(page);
        var (filed, epgu) = await GradeOneApplicationsAsync();
        Assert.True(firstStage.Filed > 0, "В первом этапе демо-кампании нет заявлений.");
        Assert.Equal(filed, firstStage.Filed + secondStage.Filed);
        Assert.Equal(epgu, firstStage.Epgu + secondStage.Epgu);
        Assert.Matches(@"^\d+(,\d)? %$", firstStage.PlacesPercent);

        await page.GetByTestId($"campaign-part-{(int)CampaignPart.FirstStage}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("campaign-districts-total-filed")).ToHaveTextAsync(RussianFormat.Number(firstStage.Filed));
        var district = page.Locator("[data-testid^=campaign-districts-open-]", new() { HasText = "Магнитогорский" });
        var districtFiled = Count(await page.GetByTestId(await FiledCellOf(district, "campaign-districts")).InnerTextAsync());
        await district.ClickAsync();

        await Assertions.Expect(page.GetByTestId("campaign-crumbs")).ToContainTextAsync("Магнитогорский");
        var schoolFiled = page.Locator("[data-testid^=campaign-schools-filed-]");
        var schoolCounts = (await schoolFiled.AllInnerTextsAsync()).Select(Count).ToList();
        Assert.NotEmpty(schoolCounts);
        Assert.Equal(districtFiled, schoolCounts.Sum());

        var school = page.Locator("[data-testid^=campaign-schools-open-]").First;
        var schoolName = await school.InnerTextAsync();
        var filedInSchool = Count(await page.GetByTestId(await FiledCellOf(school, "campaign-schools")).InnerTextAsync());
        await school.ClickAsync();
        await Assertions.Expect(page.GetByTestId("campaign-crumbs")).ToContainTextAsync(schoolName);
        await Assertions.Expect(page.GetByTestId("campaign-applications").Locator("tbody tr")).ToHaveCountAsync(filedInSchool);

        await page.Locator("[data-testid^=campaign-application-]").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/enrollment/applications/\\d+$"));
    }

    private sealed record Figures(int Filed, int Epgu, string PlacesPercent);

    private static async Task<Figures> FiguresAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("campaign-filed")).ToBeVisibleAsync();
        var epgu = await page.GetByTestId("campaign-epgu").InnerTextAsync();
        return new Figures(
            Count(await page.GetByTestId("campaign-filed").InnerTextAsync()),
            Count(epgu[..epgu.IndexOf('(')]),
            (await page.GetByTestId("campaign-places").InnerTextAsync()).Replace('\u00a0', ' ').Trim());
    }

    /// <summary>The test id of the «Подано» cell in the row of a name link whose test id ends with the row's id.</summary>
    private static async Task<string> FiledCellOf(ILocator nameLink, string table)
    {
        var id = (await nameLink.GetAttributeAsync("data-testid"))![$"{table}-open-".Length..];
        return $"{table}-filed-{id}";
    }

    private static int Count(string shown) => int.Parse(NotDigits().Replace(shown, ""));

    [GeneratedRegex(@"\D")]
    private static partial Regex NotDigits();

    private async Task<(int Filed, int Epgu)> GradeOneApplicationsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), SUM(CASE WHEN Channel = $epgu THEN 1 ELSE 0 END)
            FROM EnrollmentApplications WHERE Year = 2026 AND Kind = $firstGrade
            """;
        command.Parameters.AddWithValue("$epgu", (int)ApplicationChannel.Epgu);
        command.Parameters.AddWithValue("$firstGrade", (int)ApplicationKind.FirstGrade);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
