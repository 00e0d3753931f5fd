using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// A staff page of «Летний отдых» rendered over the real services of <see cref="CampWorld"/> (a real SQLite database), for one
/// user at one moment, with MudBlazor's dialog and popover providers as the layout has them.
/// </summary>
public abstract class CampPageContext : MudTestContext
{
    protected readonly TestDatabase Database = new();
    protected readonly CampWorld World;
    protected readonly CampStaffKit Kit;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = null!;

    protected CampPageContext()
    {
        World = CampWorld.Create(Database);
        Kit = new CampStaffKit(World);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Database.Dispose();
    }

    protected IRenderedComponent<TPage> RenderFor<TPage>(PortalUser user, DateTimeOffset now,
        Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null) where TPage : IComponent
    {
        Services.AddSingleton<ICurrentUser>(new Enrollment.SignedInUser(user));
        Services.AddSingleton<TimeProvider>(new ManualClock(now));
        Services.AddSingleton(Kit.Catalog(user, now));
        Services.AddSingleton(Kit.Applications(user, now));
        Dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        return Render(parameters ?? (_ => { }));
    }
}
