using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SchoolPortal.Domain.People;
using static SchoolPortal.Tests.TestKit.BrowserUi;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.DataQuality;

/// <summary>
/// Issue 6 in a real browser: the region operator calculates the scores, drills down to school 1 and its pupils without
/// SNILS; admin1 opens one of them from the list, enters a valid SNILS, recalculates the school, and the pupil leaves the list.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QualityFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Operator_finds_a_pupil_without_snils_and_the_school_admin_fixes_it()
    {
        var (schoolId, school, district) = await School1Async();

        var page = await portal.SignInAsync("operator");
        await page.GotoAsync("/quality");
        var empty = page.GetByTestId("quality-run-empty");
        var table = page.GetByTestId("quality-table");
        await Assertions.Expect(empty.Or(table)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        if (await empty.IsVisibleAsync())
            await empty.ClickAsync();
        else
            await page.GetByTestId("quality-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("operation-done")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(table).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await ExpectRussianChartTooltipAsync(page);

        await table.GetByRole(AriaRole.Link, new() { Name = district, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("quality-title")).ToHaveTextAsync(district);
        await page.GetByTestId("quality-table").GetByRole(AriaRole.Link, new() { Name = school, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("quality-title")).ToHaveTextAsync(school);
        await page.GetByTestId("quality-rule-pupil.snils").ClickAsync();
        var records = page.GetByTestId("quality-records");
        await Assertions.Expect(records).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var firstFix = records.Locator("a[data-testid^=quality-fix-]").First;
        var testId = await firstFix.GetAttributeAsync("data-testid");
        Assert.NotNull(testId);

        var admin = await portal.SignInAsync("admin1");
        await admin.GotoAsync($"/quality?school={schoolId}&rule=pupil.snils");
        await admin.GetByTestId(testId).ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("/management/pupils/"));
        var snils = Snils.FromNumber(Random.Shared.Next(900_000_000, 999_999_999));
        var input = Input(admin, "snils-input");
        await Assertions.Expect(input).ToBeEditableAsync(new() { Timeout = 30_000 });
        await input.FillAsync(snils.Formatted);
        await admin.GetByTestId("save-button").ClickAsync();
        await Assertions.Expect(admin.GetByText("Сохранено", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await admin.GotoAsync("/quality");
        await admin.GetByTestId("quality-run").ClickAsync();
        await Assertions.Expect(admin.GetByText("Оценки школы пересчитаны.")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await admin.GotoAsync($"/quality?school={schoolId}&rule=pupil.snils");
        await Assertions.Expect(admin.GetByTestId("quality-records")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(admin.GetByTestId(testId)).ToHaveCountAsync(0);
    }

    /// <summary>admin1's school, its short name and its district's name, read from the portal's database.</summary>
    private async Task<(int Id, string School, string District)> School1Async()
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.Id, s.ShortName, m.Name FROM UserAccounts a
            JOIN Schools s ON s.Id = a.SchoolId JOIN Municipalities m ON m.Id = s.MunicipalityId
            WHERE a.Login = 'admin1'
            """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "Нет учетной записи admin1.");
        return (reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
    }

    /// <summary>
    /// The bars' tooltips read a share as a Russian reader writes it («99,4»), never as the server's culture would («99.4»). The
    /// bars are SVG lines with no width, so the pointer is moved to each bar's middle.
    /// </summary>
    private static async Task ExpectRussianChartTooltipAsync(IPage page)
    {
        var chart = page.Locator(".mud-chart").First;
        var bars = chart.Locator("path.mud-chart-bar");
        var tooltips = new List<string>();
        for (var i = 0; i < await bars.CountAsync(); i++)
        {
            var middle = await bars.Nth(i).EvaluateAsync<double[]>("b => { const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }");
            await page.Mouse.MoveAsync((float)middle[0], (float)middle[1]);
            var tooltip = chart.Locator(".svg-tooltip text");
            await Assertions.Expect(tooltip).ToBeVisibleAsync();
            tooltips.Add(await tooltip.TextContentAsync() ?? "");
        }
        Assert.DoesNotContain(tooltips, t => Regex.IsMatch(t, @"\d\.\d"));
        Assert.Contains(tooltips, t => Regex.IsMatch(t, @"\d,\d"));
    }
}
