using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Tests.Esia;
using SchoolPortal.Tests.MilitaryRegistration;
using SchoolPortal.Tests.DataQuality;

namespace SchoolPortal.Tests.Components;

/// <summary>
/// A new user's first hour: every demo role opens every item of its menu, and no page shows MudBlazor's or ASP.NET's English
/// leftovers (visible or read aloud), fails a request (the favicon included) or writes an error to the console.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class MenuWalkFlowTests(PortalServer portal)
{
    private static readonly string[] EnglishLeftovers = ["Not Found", "Select row", "Select all", "Loading", "Rows per page", "No records", "No matching records"];

    [BrowserFact]
    public async Task Every_staff_role_walks_its_whole_menu_in_russian_without_failed_requests_or_console_errors()
    {
        var problems = new List<string>();
        foreach (var login in new[] { "operator", "mo1", "admin1", "teacher1", "teacher1b" })
        {
            var page = await portal.SignInAsync(login);
            var walk = Watch(page, login, problems);
            await Assertions.Expect(page.Locator(".mud-navmenu a[href]").First).ToBeVisibleAsync();
            await SettleAsync(page);
            await CheckIconAsync(page, login, problems);
            // Closed groups keep their items in the page (hidden), so the list is whole before any group opens.
            var items = await page.Locator(".mud-navmenu a[href]").EvaluateAllAsync<string[]>(
                "links => links.filter(a => !a.target).map(a => a.getAttribute('href'))");
            Assert.NotEmpty(items);
            foreach (var href in items)
            {
                walk.Where = $"{login} → /{href.TrimStart('/')}";
                await OpenMenuItemAsync(page, href);
                await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.Trim('/') == href.Trim('/'));
                await SettleAsync(page);
                await CheckTextAsync(page, walk.Where, problems);
            }
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, "Что увидит новый пользователь:\n" + string.Join("\n", problems.Distinct()));
    }

    [BrowserFact]
    public async Task A_parent_signed_in_through_gosuslugi_sees_the_portfolio_and_summer_camps_in_russian_without_failed_requests()
    {
        var problems = new List<string>();
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("esia-signin").ClickAsync();
        await page.GetByTestId("esia-person-matching").ClickAsync();
        // Only the address: the streamed page's «load» has been seen to lag 30 s on a busy machine; the reload below waits for it.
        await page.WaitForURLAsync(new Regex("/portfolio$"), new() { WaitUntil = WaitUntilState.Commit });
        var walk = Watch(page, "parent → /portfolio", problems);
        await page.ReloadAsync();
        await SettleAsync(page);
        await CheckTextAsync(page, walk.Where, problems);

        await page.Locator("[data-testid^='portfolio-child-']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/portfolio/\d+$"));
        walk.Where = "parent → ребёнок";
        await SettleAsync(page);
        await CheckTextAsync(page, walk.Where, problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Летний отдых", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/camps$"));
        walk.Where = "parent → Летний отдых";
        await SettleAsync(page);
        await CheckTextAsync(page, walk.Where, problems);

        Assert.True(problems.Count == 0, "Что увидит родитель:\n" + string.Join("\n", problems.Distinct()));
    }

    [BrowserFact]
    public async Task An_unknown_address_shows_a_russian_page_with_a_way_home()
    {
        var page = await portal.SignInAsync("admin1");

        await page.GotoAsync("/no-such-page");

        await Assertions.Expect(page.GetByText("Страница не найдена")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Not Found")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "На главную" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    /// <summary>Records every failed request and console error of the page, with the menu item being walked.</summary>
    private static Walk Watch(IPage page, string where, List<string> problems)
    {
        var walk = new Walk { Where = where };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                problems.Add($"{walk.Where}: {response.Status} {response.Url}");
        };
        page.RequestFailed += (_, request) =>
        {
            // A request the browser dropped itself (a navigation or a download superseded) is no failure of the portal.
            if (request.Failure is { } failure && !failure.Contains("ERR_ABORTED"))
                problems.Add($"{walk.Where}: {failure} {request.Url}");
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add($"{walk.Where}: консоль: {message.Text}");
        };
        return walk;
    }

    /// <summary>
    /// Headless Chromium fetches no favicon by itself, so the walk asks for the one the page links and for /favicon.ico, which
    /// other browsers request on every page.
    /// </summary>
    private static async Task CheckIconAsync(IPage page, string where, List<string> problems)
    {
        var linked = await page.Locator("link[rel=icon]").EvaluateAllAsync<string[]>("links => links.map(l => l.href)");
        if (linked.Length == 0)
            problems.Add($"{where}: страница не ссылается на значок (favicon)");
        foreach (var address in linked.Append("/favicon.ico"))
        {
            var response = await page.APIRequest.GetAsync(address);
            if (response.Status >= 400)
                problems.Add($"{where}: {response.Status} {address}");
        }
    }

    /// <summary>
    /// Clicks a menu item as a user would: when its group is closed (the first click on a group can land before the circuit
    /// answers, and a page may render the menu afresh), opens the group and waits until the item shows.
    /// </summary>
    private static async Task OpenMenuItemAsync(IPage page, string href)
    {
        // A group's expand animation can put another item over the link, and a toggle clicked before the circuit was
        // ready can close the group again later: the item is shown and clicked again until the click lands.
        for (var attempt = 1; ; attempt++)
        {
            await ShowMenuItemAsync(page, href);
            try
            {
                await page.Locator($".mud-navmenu a[href='{href}']").First.ClickAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (Exception e) when (attempt < 4 && e is PlaywrightException or TimeoutException)
            {
            }
        }
    }

    private static async Task ShowMenuItemAsync(IPage page, string href)
    {
        var item = page.Locator($".mud-navmenu a[href='{href}']").First;
        for (var attempt = 0; attempt < 4 && !await item.IsVisibleAsync(); attempt++)
        {
            var group = page.Locator(".mud-navmenu .mud-nav-group").Filter(new() { Has = page.Locator($"a[href='{href}']") }).Last;
            var toggle = group.Locator("button[aria-expanded='false']").First;
            if (await toggle.CountAsync() > 0)
                await toggle.ClickAsync();
            try
            {
                await Assertions.Expect(item).ToBeVisibleAsync(new() { Timeout = 5_000 });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // The click came before the circuit was ready: the next attempt clicks the group again.
            }
        }
    }

    /// <summary>Waits until the page has loaded its data: no request in flight and no progress bar left.</summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        try
        {
            await Assertions.Expect(page.Locator(".mud-progress-linear:visible, .mud-progress-circular:visible, .mud-table-loading:visible"))
                .ToHaveCountAsync(0, new() { Timeout = 15_000 });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // A page that keeps a progress bar (a long operation) is still checked for its text.
        }
    }

    private static async Task CheckTextAsync(IPage page, string where, List<string> problems)
    {
        var text = await page.Locator("body").InnerTextAsync();
        var spoken = await page.Locator("[aria-label], [title]").EvaluateAllAsync<string[]>(
            "elements => elements.flatMap(e => [e.getAttribute('aria-label'), e.getAttribute('title')]).filter(t => t)");
        foreach (var leftover in EnglishLeftovers)
        {
            if (text.Contains(leftover, StringComparison.OrdinalIgnoreCase))
                problems.Add($"{where}: на странице «{leftover}»");
            if (spoken.Any(s => s.Contains(leftover, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"{where}: читается вслух «{leftover}»");
        }
    }
}
