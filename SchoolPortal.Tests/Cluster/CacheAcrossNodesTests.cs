using Microsoft.Playwright;
using SchoolPortal.Infrastructure.Hosting;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Cluster;

/// <summary>What one node changes, the other node's cache does not hide: a refusal at once, a new mark within the stated delay.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CacheAcrossNodesTests(ClusterFixture cluster)
{
    [ClusterFact]
    public async Task A_child_unlinked_by_the_school_on_one_node_is_refused_to_the_parent_on_the_other_at_once()
    {
        var family = await ClusterFamily.OfAsync(cluster.DatabasePath);
        var parent = await cluster.SignInAsync("b", family.Login);
        var portfolio = $"/portfolio/{family.PupilId}";
        for (var i = 0; i < 2; i++)
        {
            // Read twice on node b: the family's access and the portfolio are in its cache now.
            var shown = await parent.GotoAsync(portfolio);
            Assert.Equal((200, "b"), (shown!.Status, await shown.HeaderValueAsync(NodeHeader.Name)));
        }

        var admin = await cluster.SignInAsync("a", "admin1");
        await admin.GotoAsync($"/management/pupils/{family.PupilId}");
        // A click before the card's circuit is up is lost: the tab is clicked until the parents show.
        await BrowserUi.RepeatUntilAsync(() => admin.Locator(".mud-tab").Filter(new() { HasText = "Родители" }).ClickAsync(),
            () => Assertions.Expect(admin.GetByTestId("parents-table")).ToBeVisibleAsync(new() { Timeout = 5_000 }), attempts: 6);
        await cluster.ExplainAsync(admin, () => admin.GetByTestId("parent-row").Filter(new() { Has = admin.Locator($"a[href$='management/parents/{family.ParentId}']") })
            .GetByTestId("detach-parent").ClickAsync());
        await BrowserUi.ConfirmAsync(admin, "Открепить");
        await Assertions.Expect(admin.GetByText("Родитель откреплён").First).ToBeVisibleAsync();

        var refused = await parent.GotoAsync(portfolio);
        Assert.Equal((403, "b"), (refused!.Status, await refused.HeaderValueAsync(NodeHeader.Name)));
    }

    [ClusterFact]
    public async Task A_mark_saved_by_the_teacher_on_one_node_is_seen_by_the_parent_on_the_other_within_the_stated_delay()
    {
        var teacher = await cluster.SignInAsync("a", "teacher1");
        var lessonLink = teacher.Locator("[data-testid^='today-lesson-']").First;
        var lessonId = (await lessonLink.GetAttributeAsync("data-testid"))!["today-lesson-".Length..];
        await lessonLink.ClickAsync();
        await teacher.WaitForURLAsync(url => url.Contains($"lesson={lessonId}"));
        var lesson = int.Parse(lessonId);
        await Assertions.Expect(teacher.GetByTestId("cell-editor")).ToBeFocusedAsync();
        var cell = (await BrowserUi.EmptyCellsAsync(teacher, lesson))[0];
        var family = await ClusterFamily.OfAsync(cluster.DatabasePath, int.Parse(cell.Split('-')[1]));
        var parent = await cluster.SignInAsync("b", family.Login);
        var portfolio = $"/portfolio/{family.PupilId}";
        await parent.GotoAsync(portfolio);
        var before = await parent.Locator(".portfolio-mark").CountAsync();

        await BrowserUi.FocusCellAsync(teacher, cell);
        await teacher.Keyboard.TypeAsync("3");
        await teacher.Keyboard.PressAsync("Enter");
        await Assertions.Expect(teacher.GetByTestId(cell.Replace("cell-", "cell-state-"))).ToHaveTextAsync("сохранено");

        var deadline = DateTime.UtcNow + ClusterFixture.StatedCacheDelay + TimeSpan.FromSeconds(5);
        int after;
        do
        {
            var shown = await parent.GotoAsync(portfolio);
            Assert.Equal("b", await shown!.HeaderValueAsync(NodeHeader.Name));
            after = await parent.Locator(".portfolio-mark").CountAsync();
        }
        while (after == before && DateTime.UtcNow < deadline && await Delay());
        Assert.Equal(before + 1, after);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(500);
        return true;
    }
}
