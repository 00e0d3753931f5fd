using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// The browser pages of one test portal, each in a browser (context) of its own, handed to the next test when the last one
/// is done with them. A new page costs Chromium a renderer process of its own, which then parses the portal's styles and
/// compiles its scripts afresh: about 0.8 CPU-second, four times a sign-in on a page already open (docs/performance.md).
/// A page goes back to the pool only when nothing of its test is left: it is alone in its context, the test added no
/// event handler, route or binding to it (compared with the page as it was made), and it was cleared: session and local
/// storage, cookies and permissions, and the page is on about:blank, so the portal closed its circuit. Anything else, and
/// the context is closed, as before. Only pages of the collections marked <see cref="ClosesBrowserPagesAttribute"/> come
/// back; tests elsewhere keep theirs until their browser closes.
/// </summary>
public sealed class PagePool(Func<IBrowser> browser, string baseUrl)
{
    private readonly ConcurrentStack<IPage> _idle = new();
    private readonly ConditionalWeakTable<IPage, string> _asMade = new();

    public async Task<IPage> RentAsync()
    {
        if (!_idle.TryPop(out var page))
        {
            var context = await TestChromium.NewContextAsync(browser(), baseUrl, trackForClosing: false);
            page = await context.NewPageAsync();
            if (Fingerprint(page) is { } asMade)
                _asMade.Add(page, asMade);
        }
        BrowserPages.Track(() => ReturnAsync(page));
        return page;
    }

    private async Task ReturnAsync(IPage page)
    {
        if (await TryClearAsync(page))
            _idle.Push(page);
        else
            await BrowserPages.CloseAsync(page.Context);
    }

    private async Task<bool> TryClearAsync(IPage page)
    {
        if (page.IsClosed || page.Context.Pages.Count != 1 || !_asMade.TryGetValue(page, out var asMade) || Fingerprint(page) != asMade
            || !page.Url.StartsWith(baseUrl, StringComparison.Ordinal))
            return false;
        try
        {
            // The journal keeps marks it could not save in the tab's session storage: the next test starts without them.
            await page.EvaluateAsync("() => { sessionStorage.clear(); localStorage.clear(); }");
            await page.GotoAsync("about:blank", new() { Timeout = 10_000 });
            await page.Context.ClearCookiesAsync();
            await page.Context.ClearPermissionsAsync();
            return page.Url == "about:blank" && page.Context.Pages.Count == 1;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// What a test may have added to a page or its context and cannot take back through Playwright's API: the number of
    /// handlers of each event and of routes, bindings and locator handlers (read from Playwright's own fields). Null when those
    /// fields are not found (another Playwright version): then no page is reused.
    /// </summary>
    private static string? Fingerprint(IPage page)
    {
        var parts = Counts(page).Concat(Counts(page.Context)).ToList();
        return parts.Any(p => p.StartsWith("_dialogImpl=", StringComparison.Ordinal)) && parts.Any(p => p.StartsWith("_routes=", StringComparison.Ordinal))
            ? string.Join(",", parts)
            : null;
    }

    private static readonly string[] Changing = ["_frames", "_pages", "_workers", "_serviceWorkers"];

    private static IEnumerable<string> Counts(object owner) =>
        owner.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(f => !Changing.Contains(f.Name))
            .Select(f => f.GetValue(owner) switch
            {
                Delegate handlers => $"{f.Name}={handlers.GetInvocationList().Length}",
                ICollection items => $"{f.Name}={items.Count}",
                null when typeof(Delegate).IsAssignableFrom(f.FieldType) => $"{f.Name}=0",
                _ => "",
            })
            .Where(p => p.Length > 0);
}
