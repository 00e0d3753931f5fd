using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.MilitaryRegistration;

namespace SchoolPortal.Tests.Esia;

/// <summary>
/// Parents sign in with Gosuslugi through the ESIA emulator the portal hosts (Esia:Mode = Emulator), in the demo region.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EsiaFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task A_parent_whose_data_matches_signs_in_with_gosuslugi_and_sees_the_childs_portfolio()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("esia-signin").ClickAsync();
        await Assertions.Expect(page.GetByTestId("esia-emulator-notice")).ToBeVisibleAsync();

        await page.GetByTestId("esia-person-matching").ClickAsync();

        await page.WaitForURLAsync(new Regex("/portfolio$"));
        var child = page.Locator("[data-testid^='portfolio-child-']").First;
        await Assertions.Expect(child).ToBeVisibleAsync();
        await child.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/portfolio/\d+$"));
        await Assertions.Expect(page.GetByTestId("portfolio-name")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByTestId("days-to-holidays")).ToContainTextAsync(new Regex(@"\d|каникул"));
        await Assertions.Expect(page.GetByTestId("portfolio-marks")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("portfolio-attendance")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_parent_whose_birth_date_differs_is_told_which_field_links_with_a_school_code_and_sees_the_child()
    {
        var parent = await portal.NewPageAsync();
        await parent.GotoAsync("/account/login");
        await parent.GetByTestId("esia-signin").ClickAsync();
        var person = parent.GetByTestId("esia-person-birthdate-differs");
        var parentId = await ParentIdAsync(await person.Locator(".name").InnerTextAsync(), await person.Locator(".meta").InnerTextAsync());
        await person.ClickAsync();

        await parent.WaitForURLAsync(new Regex("/account/esia/link$"));
        await Assertions.Expect(parent.GetByTestId("esia-not-linked"))
            .ToContainTextAsync("С выбранной учетной записью портала Госуслуг не связан ни один пользователь системы");
        await Assertions.Expect(parent.GetByTestId("esia-mismatch-field").Filter(new() { HasText = "Дата рождения" })).ToHaveCountAsync(1);

        // The school hands out a code from the parent's card.
        var admin = await portal.SignInAsync("admin1");
        await admin.GotoAsync($"/management/parents/{parentId}");
        await admin.GetByTestId("esia-issue-code").ClickAsync();
        var code = (await admin.GetByTestId("esia-code").InnerTextAsync()).Trim();

        await parent.GetByTestId("esia-link-code").FillAsync(code);
        await parent.GetByTestId("esia-link-code-submit").ClickAsync();
        await Assertions.Expect(parent.GetByTestId("esia-linked")).ToBeVisibleAsync();
        await parent.GetByTestId("esia-linked-continue").ClickAsync();

        await parent.WaitForURLAsync(new Regex("/portfolio$"));
        await Assertions.Expect(parent.Locator("[data-testid^='portfolio-child-']").First).ToBeVisibleAsync();
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByTestId("esia-link-status")).ToContainTextAsync("привязана");
    }

    /// <summary>The parent record the emulator built its person from: same name, birth date one day earlier than ESIA's.</summary>
    private async Task<int> ParentIdAsync(string fullName, string meta)
    {
        var parts = fullName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var esiaBirth = DateOnly.ParseExact(BirthDate().Match(meta).Value, "dd.MM.yyyy", CultureInfo.InvariantCulture);
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Parents WHERE Surname = $s AND FirstName = $f AND BirthDate = $b";
        command.Parameters.AddWithValue("$s", parts[0]);
        command.Parameters.AddWithValue("$f", parts[1]);
        command.Parameters.AddWithValue("$b", esiaBirth.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Convert.ToInt32(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"Нет родителя {fullName}."));
    }

    [GeneratedRegex(@"\d{2}\.\d{2}\.\d{4}")]
    private static partial Regex BirthDate();
}
