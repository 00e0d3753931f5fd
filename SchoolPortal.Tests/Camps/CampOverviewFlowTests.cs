using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// Issue 18's operators' overview in a real browser, on the demo's camp season: the region operator opens «Летний отдых:
/// сводка» (its menu item is there), reads the district table, opens a camp and finds its shifts' places given as the database holds them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CampOverviewFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task The_operator_sees_the_district_table_and_a_camps_shifts_with_places_given()
    {
        var (campId, taken) = await BusiestCampAsync();
        var page = await portal.SignInAsync("operator");
        await page.GotoAsync("/camps/overview");
        await Assertions.Expect(page.Locator("a[href$='camps/overview']", new() { HasText = "Сводка по лагерям" })).ToHaveCountAsync(1);

        await Assertions.Expect(page.GetByTestId("camps-districts").Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("camps-districts-total-granted")).ToHaveTextAsync(taken.Values.Sum().ToString("N0", Infrastructure.RussianFormat.Culture));
        await page.GetByTestId($"camps-camps-open-{campId}").ClickAsync();

        await Assertions.Expect(page.GetByTestId("camps-shifts").Locator("tbody tr")).ToHaveCountAsync(3);
        foreach (var (shiftId, count) in taken.Where(t => t.Key.CampId == campId).Select(t => (t.Key.ShiftId, t.Value)))
            await Assertions.Expect(page.GetByTestId($"camps-shift-granted-{shiftId}")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(taken, t => t.Key.CampId == campId && t.Value > 0);
    }

    /// <summary>The places taken per shift of the demo season, and the camp with the most of them.</summary>
    private async Task<(int CampId, Dictionary<(int CampId, int ShiftId), int> Taken)> BusiestCampAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT CampId, Id, Taken FROM CampShifts ORDER BY CampId, Id";
        var taken = new Dictionary<(int, int), int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                taken[(reader.GetInt32(0), reader.GetInt32(1))] = reader.GetInt32(2);
        }
        Assert.NotEmpty(taken);
        var busiest = taken.GroupBy(t => t.Key.Item1).OrderByDescending(g => g.Sum(t => t.Value)).First().Key;
        return (busiest, taken);
    }
}
