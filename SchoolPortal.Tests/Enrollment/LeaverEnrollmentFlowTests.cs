using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// Issue 16 in a real browser: admin1 finds a pupil who left school 2 in «Список выпускников и выбывших» by the birth
/// certificate and enrols the child into a class of school 1; the card moves (one card, never a second one) and school 2
/// keeps «выбыл в …».
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class LeaverEnrollmentFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Admin1_enrols_a_pupil_who_left_school_2_without_creating_a_second_card()
    {
        var leaver = await LeaverOfSchool2Async();
        var page = await portal.SignInAsync("admin1");
        await page.GotoAsync("/enrollment/leavers");
        // Typed and clicked again if the page was not interactive yet (the prerendered form does not search).
        await BrowserUi.RepeatUntilAsync(
            async () =>
            {
                await BrowserUi.Input(page, "leavers-series").FillAsync(leaver.Series);
                await BrowserUi.Input(page, "leavers-number").FillAsync(leaver.Number);
                await page.GetByTestId("leavers-find").ClickAsync();
            },
            () => Assertions.Expect(page.GetByTestId($"leaver-{leaver.Id}")).ToBeVisibleAsync(new() { Timeout = 10_000 }),
            attempts: 3);
        await Assertions.Expect(page.GetByTestId("leaver-school")).ToContainTextAsync("2");

        await BrowserUi.ChooseAsync(page, "leavers-class", new System.Text.RegularExpressions.Regex($"^\\s*{leaver.Grade}\\D"));
        await page.GetByTestId($"leaver-enroll-{leaver.Id}").ClickAsync();
        await BrowserUi.ConfirmAsync(page, "Зачислить");
        await Assertions.Expect(page.GetByTestId("leavers-message")).ToBeVisibleAsync();

        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(connection,
            "SELECT COUNT(*) FROM Pupils WHERE BirthCertificateSeries = $s AND BirthCertificateNumber = $n", ("$s", leaver.Series), ("$n", leaver.Number)));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT SchoolId FROM Pupils WHERE Id = $id", ("$id", leaver.Id)));
        Assert.Equal((long)PupilStatus.Enrolled, await ScalarAsync(connection, "SELECT Status FROM Pupils WHERE Id = $id", ("$id", leaver.Id)));
        Assert.Equal(leaver.Parents, await ScalarAsync(connection, "SELECT COUNT(*) FROM ParentLinks WHERE PupilId = $id", ("$id", leaver.Id)));
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM SchoolDepartures WHERE PupilId = $id AND SchoolId = 2 AND ToSchoolId = 1", ("$id", leaver.Id)));
    }

    private sealed record Leaver(long Id, string Series, string Number, long Grade, long Parents);

    /// <summary>A pupil the demo made leave school 2, with the grade of the class the child left and the family's size.</summary>
    private async Task<Leaver> LeaverOfSchool2Async()
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.Id, p.BirthCertificateSeries, p.BirthCertificateNumber, c.Grade,
                   (SELECT COUNT(*) FROM ParentLinks l WHERE l.PupilId = p.Id)
            FROM Pupils p
            JOIN ClassMemberships m ON m.PupilId = p.Id
            JOIN Classes c ON c.Id = m.SchoolClassId
            WHERE p.SchoolId = 2 AND p.Status = $withdrawn AND p.BirthCertificateSeries IS NOT NULL
            ORDER BY p.Id
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$withdrawn", (int)PupilStatus.Withdrawn);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "В демо-регионе нет выбывших из школы 2.");
        return new Leaver(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
