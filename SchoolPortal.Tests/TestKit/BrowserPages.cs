using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// The browser contexts a test opened, closed when the test ends. A collection's Chromium lives as long as the collection,
/// and a page left open keeps costing it: scripts, timers and the circuit's connection of every finished flow (about a
/// fifth of Chromium's CPU in a whole run). Put <see cref="ClosesBrowserPagesAttribute"/> on a collection definition;
/// the contexts <see cref="TestChromium.NewContextAsync"/> opens are registered, and the pages of a <see cref="PagePool"/>
/// go back to it.
/// </summary>
public static class BrowserPages
{
    // Set before the test method runs, in the test's own flow: every page the test opens, however deep in its helpers,
    // is added to the list of this test, and tests of other collections running at the same time have lists of their own.
    private static readonly AsyncLocal<List<Func<Task>>?> Opened = new();

    public static void Begin() => Opened.Value = [];

    /// <summary>The context is closed when the test ends.</summary>
    public static void Track(IBrowserContext context) => Track(() => CloseAsync(context));

    /// <summary><paramref name="release"/> runs when the test ends (a pooled page goes back to its <see cref="PagePool"/>).</summary>
    public static void Track(Func<Task> release)
    {
        if (Opened.Value is not { } opened)
            return;
        lock (opened)
            opened.Add(release);
    }

    public static void CloseAll()
    {
        if (Opened.Value is not { } opened)
            return;
        Func<Task>[] releases;
        lock (opened)
        {
            releases = [.. opened];
            opened.Clear();
        }
        // Off xunit's synchronization context: the close's continuations must not wait for the thread this call blocks.
        Task.Run(async () =>
        {
            foreach (var release in releases)
                await release();
        }).GetAwaiter().GetResult();
    }

    public static async Task CloseAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or ObjectDisposedException)
        {
            // Closed by the test already, or the browser is gone: nothing left to close.
        }
    }
}

/// <summary>Closes the browser contexts each test of the collection opened, when it ends (see <see cref="BrowserPages"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ClosesBrowserPagesAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => BrowserPages.Begin();

    public override void After(MethodInfo methodUnderTest) => BrowserPages.CloseAll();
}
