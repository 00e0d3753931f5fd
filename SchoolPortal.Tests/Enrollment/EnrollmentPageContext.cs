using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// A page of «Зачисление» rendered over the real services of <see cref="EnrollmentWorld"/> (a real SQLite database), for one
/// user on one day, with MudBlazor's dialog and popover providers as the layout has them.
/// </summary>
public abstract class EnrollmentPageContext : MudTestContext
{
    protected readonly TestDatabase Database = new();
    protected readonly EnrollmentWorld World;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = null!;
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = null!;

    protected EnrollmentPageContext() => World = EnrollmentWorld.Create(Database);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Database.Dispose();
    }

    /// <summary>Registers the services as <paramref name="user"/> sees them on <paramref name="today"/> and renders the page.</summary>
    protected IRenderedComponent<TPage> RenderFor<TPage>(PortalUser user, DateOnly? today = null, string? url = null,
        Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null) where TPage : IComponent
    {
        var day = today ?? EnrollmentWorld.Today;
        var services = World.For(user, day);
        Services.AddSingleton<ICurrentUser>(new SignedInUser(user));
        Services.AddSingleton<TimeProvider>(ManualClock.On(day));
        Services.AddSingleton(services.List);
        Services.AddSingleton(services.Card);
        Services.AddSingleton(services.Status);
        Services.AddSingleton(services.Paper);
        Services.AddSingleton(services.Places);
        Services.AddSingleton(services.Territory);
        Services.AddSingleton(services.Campaign);
        Services.AddSingleton(services.Orders);
        Services.AddSingleton(services.Leavers);
        if (url is not null)
            Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        Dialogs = Render<MudDialogProvider>();
        Popovers = Render<MudPopoverProvider>();
        return Render(parameters ?? (_ => { }));
    }

    /// <summary>Clicks the confirmation dialog's main button, as the user does after reading it.</summary>
    protected async Task ConfirmAsync()
    {
        Dialogs.WaitForAssertion(() => Assert.NotNull(Dialogs.Find("[data-testid=confirm]")));
        await Dialogs.InvokeAsync(() => Dialogs.Find("[data-testid=confirm]").Click());
    }

    /// <summary>Opens the MudSelect that carries <paramref name="testId"/> and clicks its item with exactly this text.</summary>
    protected void Choose<T>(IRenderedComponent<T> host, string testId, string item) where T : IComponent
    {
        host.Find($"[data-testid='{testId}']").Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForAssertion(() => Assert.Contains(Popovers.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == item));
        Popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == item).Click();
    }
}
