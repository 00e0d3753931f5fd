using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.DataQuality;

namespace SchoolPortal.Tests.Accounts;

/// <summary>A teacher's open journal stops working as soon as the school's administrator blocks the login.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class RevokedSessionFlowTests(PortalServer portal)
{
    [BrowserFact]
    public async Task Blocked_teacher_with_the_journal_open_is_refused_at_the_next_keystroke_with_a_message()
    {
        var teacher = await portal.SignInAsync("teacher1");
        await teacher.Locator("[data-testid^='today-lesson-']").First.ClickAsync();
        await Assertions.Expect(teacher.GetByTestId("cell-editor")).ToBeFocusedAsync();

        var admin = await portal.SignInAsync("admin1");
        await admin.GotoAsync($"/management/staff/{EmployeeIdOf("teacher1")}");
        await admin.GetByTestId("account-block").ClickAsync();
        await BrowserUi.ConfirmAsync(admin, "Заблокировать");
        await Assertions.Expect(admin.GetByTestId("account-block-status")).ToHaveTextAsync("Вход заблокирован");
        try
        {
            // The save that finds the account blocked, then a full load of the notice: slow when the machine is busy. A keystroke
            // has been seen to reach no one on a busy machine (the page's next event never came): the mark is typed again while
            // the page stays, which the blocked account cannot save either.
            await BrowserUi.RepeatUntilAsync(async () =>
                {
                    if (!teacher.Url.Contains("/account/blocked"))
                        await BrowserUi.TypeEntryAsync(teacher, "5");
                },
                // The notice's own expectation waits for its text: the page's «load» event has been seen to lag for a minute.
                () => teacher.WaitForURLAsync(url => url.Contains("/account/blocked"), new() { Timeout = 20_000, WaitUntil = WaitUntilState.Commit }),
                attempts: 3);
            await Assertions.Expect(teacher.GetByTestId("account-blocked")).ToContainTextAsync("Ваша учетная запись заблокирована");
            await teacher.GotoAsync("/journal");
            await Assertions.Expect(teacher).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        }
        finally
        {
            await admin.GetByTestId("account-unblock").ClickAsync();
            await BrowserUi.ConfirmAsync(admin, "Разблокировать");
            await Assertions.Expect(admin.GetByTestId("account-block-status")).ToHaveTextAsync("Вход разрешён");
        }
    }

    private int EmployeeIdOf(string login)
    {
        using var connection = new SqliteConnection($"Data Source={portal.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EmployeeId FROM UserAccounts WHERE Login = $login";
        command.Parameters.AddWithValue("$login", login);
        return Convert.ToInt32(command.ExecuteScalar());
    }
}
