using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// Issue 17's support look-up in a real browser: the region operator finds one of the demo campaign's EPGU applications by
/// the child's birth certificate, and then by its EPGU number and registration date.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LookupFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task The_operator_finds_an_application_by_birth_certificate_and_by_epgu_number_and_date()
    {
        var (id, series, number, orderId, registered) = await DemoEpguApplicationAsync();
        var page = await portal.SignInAsync("operator");
        await page.GotoAsync("/enrollment/lookup");
        await Assertions.Expect(page.GetByTestId("lookup-support")).ToContainTextAsync("support@chiro74.ru");

        await BrowserUi.Input(page, "lookup-series").FillAsync(series);
        await BrowserUi.Input(page, "lookup-number").FillAsync(number);
        await page.GetByTestId("lookup-find").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"lookup-found-{id}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("lookup-epgu-messages").First).ToContainTextAsync("отправлено");

        await page.GetByTestId("lookup-reset").ClickAsync();
        await BrowserUi.Input(page, "lookup-epgu").FillAsync(orderId);
        var date = BrowserUi.Input(page, "lookup-epgu-date");
        await date.FillAsync(registered.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await date.PressAsync("Tab");
        await page.GetByTestId("lookup-find").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"lookup-found-{id}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("lookup-date-mismatch")).ToHaveCountAsync(0);
    }

    /// <summary>An EPGU application of the demo's finished campaign, with its certificate, EPGU number and registration day (region time).</summary>
    private async Task<(long Id, string Series, string Number, string OrderId, DateOnly Registered)> DemoEpguApplicationAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Id, ChildDocumentSeries, ChildDocumentNumber, EpguOrderId, FiledOn FROM EnrollmentApplications
            WHERE SchoolId = 3 AND EpguOrderId IS NOT NULL AND ChildDocumentSeries IS NOT NULL AND Status = $enrolled
            ORDER BY Id LIMIT 1
            """;
        command.Parameters.AddWithValue("$enrolled", (int)ApplicationStatus.Enrolled);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "В демо-регионе нет заявлений с ЕПГУ.");
        // The demo files its EPGU applications at 10:00 region time on the day they are filed.
        var filed = DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3).ToString(CultureInfo.InvariantCulture), filed);
    }
}
