using Microsoft.Playwright;

namespace SchoolPortal.Tests.Cluster;

/// <summary>A node dies while a teacher types: nginx sends the browser to the other node, and no mark is lost silently.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NodeFailureTests(ClusterFixture cluster)
{
    [ClusterFact]
    public async Task When_a_node_dies_the_journal_reconnects_on_the_other_with_the_saved_mark_and_names_the_one_typed_too_late()
    {
        var page = await cluster.SignInAsync("a", "teacher1");
        try
        {
            var lessonLink = page.Locator("[data-testid^='today-lesson-']").First;
            var lessonId = (await lessonLink.GetAttributeAsync("data-testid"))!["today-lesson-".Length..];
            await lessonLink.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains($"lesson={lessonId}"));
            var editor = page.GetByTestId("cell-editor");
            await Assertions.Expect(editor).ToBeFocusedAsync();
            var column = page.Locator($"td[data-testid^='cell-'][data-testid$='-{lessonId}']");
            var saved = (await column.Nth(0).GetAttributeAsync("data-testid"))!;
            var late = (await column.Nth(1).GetAttributeAsync("data-testid"))!;

            await page.Keyboard.TypeAsync("5");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByTestId(saved.Replace("cell-", "cell-state-"))).ToHaveTextAsync("сохранено");
            // «4» reaches node a's editor, and the node dies before Enter.
            await page.Keyboard.TypeAsync("4");
            await Assertions.Expect(page.GetByTestId(late).Locator("input")).ToHaveValueAsync("4");
            await cluster.NodeA.KillAsync();

            // The circuit cannot come back on node a: the page is loaded again, through nginx, from node b.
            var banner = page.GetByTestId("journal-unsaved");
            await Assertions.Expect(banner).ToContainTextAsync("не сохранены", new() { Timeout = 90_000 });
            await Assertions.Expect(banner).ToContainTextAsync("«4»");
            await Assertions.Expect(banner).Not.ToContainTextAsync("«5»");
            await Assertions.Expect(page.GetByTestId(late)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bunsaved\b"));
            await Assertions.Expect(page.GetByTestId(saved)).ToContainTextAsync("5");
        }
        finally
        {
            await cluster.RestartNodeAAsync();
        }
    }
}
