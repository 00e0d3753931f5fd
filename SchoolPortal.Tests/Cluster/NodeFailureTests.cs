using Microsoft.Playwright;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Cluster;

/// <summary>A node dies while a teacher types: nginx sends the browser to the other node, and no mark is lost silently.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NodeFailureTests(ClusterFixture cluster)
{
    [ClusterFact]
    public async Task When_a_node_dies_the_journal_reconnects_on_the_other_with_the_saved_mark_and_names_the_one_typed_too_late()
    {
        var page = await cluster.SignInAsync("a", "teacher1");
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");
        try
        {
            var lessonLink = page.Locator("[data-testid^='today-lesson-']").First;
            var lessonId = (await lessonLink.GetAttributeAsync("data-testid"))!["today-lesson-".Length..];
            await lessonLink.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains($"lesson={lessonId}"));
            var editor = page.GetByTestId("cell-editor");
            await Assertions.Expect(editor).ToBeFocusedAsync();
            // Two cells no other cluster test types into: empty ones, away from the editor.
            var empty = await BrowserUi.EmptyCellsAsync(page, int.Parse(lessonId));
            var (saved, late) = (empty[^1], empty[^2]);

            await BrowserUi.FocusCellAsync(page, saved);
            await page.Keyboard.TypeAsync("5");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByTestId(saved.Replace("cell-", "cell-state-"))).ToHaveTextAsync("сохранено");
            // «4» reaches node a's editor, and the node dies before Enter.
            await BrowserUi.FocusCellAsync(page, late);
            await page.Keyboard.TypeAsync("4");
            await Assertions.Expect(page.GetByTestId(late).Locator("input")).ToHaveValueAsync("4");
            await cluster.NodeA.KillAsync();

            // The circuit cannot come back on node a: the page is loaded again, through nginx, from node b.
            var banner = page.GetByTestId("journal-unsaved");
            await cluster.ExplainAsync(page, async () =>
            {
                try
                {
                    await Assertions.Expect(banner).ToContainTextAsync("не сохранены", new() { Timeout = 60_000 });
                }
                catch (PlaywrightException e)
                {
                    throw new PlaywrightException($"{e.Message}\nКонсоль:\n{string.Join("\n", console)}");
                }
            });
            await Assertions.Expect(banner).ToContainTextAsync("«4»");
            await Assertions.Expect(banner).Not.ToContainTextAsync("«5»");
            await Assertions.Expect(page.GetByTestId(late)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bunsaved\b"));
            // The mark saved before the node died is read from the database (the editor may sit in its cell).
            Assert.Equal("5", await page.GetByTestId(saved).EvaluateAsync<string>("td => (td.querySelector('input')?.value ?? td.textContent).trim()"));
        }
        finally
        {
            await cluster.RestartNodeAAsync();
        }
    }
}
