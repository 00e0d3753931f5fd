using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SchoolPortal.Features.Duplicates;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Duplicates;

/// <summary>The page on a real database: the school administrator sees the planted pair and merges it after confirming.</summary>
public sealed class DuplicatesPageTests : MudTestContext, IAsyncLifetime
{
    private readonly DuplicateWorld _world = new();

    public DuplicatesPageTests()
    {
        Services.AddSingleton(_world.Finder(_world.Region.Admin1));
        Services.AddSingleton(_world.Merges(_world.Region.Admin1));
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _world.Dispose();
    }

    [Fact]
    public async Task Admin_sees_the_pair_confirms_the_merge_and_the_merge_is_listed_for_undo()
    {
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<DuplicatesPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=duplicate-group]")));
        Assert.Contains("групп дублей — 1", cut.Find("[data-testid=scan-summary]").TextContent);
        Assert.Contains("Объединений пока не было.", cut.Find("[data-testid=merges-empty]").TextContent);

        await cut.InvokeAsync(() => cut.Find("[data-testid=merge-button]").Click());
        dialogs.WaitForAssertion(() => Assert.Contains("Останется логин ivanova.m.p2", dialogs.Markup));
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=confirm]").Click());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=merge-row]")));
        Assert.Contains("Дублей записей родителей не найдено.", cut.Find("[data-testid=duplicates-empty]").TextContent);
        await using var db = _world.Database.System();
        Assert.Equal(_world.Original, (await db.Parents.SingleAsync(p => p.Id == _world.Duplicate)).MergedIntoId);
    }

    [Fact]
    public async Task A_school_without_duplicates_says_so()
    {
        var world = new DuplicateWorld();
        try
        {
            await using var context = new BunitContext();
            context.JSInterop.Mode = JSRuntimeMode.Loose;
            context.Services.AddMudServices();
            context.Services.AddSingleton(world.Finder(world.Region.Admin2));
            context.Services.AddSingleton(world.Merges(world.Region.Admin2));
            context.Render<MudPopoverProvider>();

            var cut = context.Render<DuplicatesPage>();

            cut.WaitForAssertion(() => Assert.Contains("Дублей записей родителей не найдено.", cut.Find("[data-testid=duplicates-empty]").TextContent));
            Assert.Contains("Объединений пока не было.", cut.Find("[data-testid=merges-empty]").TextContent);
            Assert.Empty(cut.FindAll("[data-testid=filter-school]"));
        }
        finally
        {
            world.Dispose();
        }
    }
}
