using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// A bunit context with MudBlazor's services and loose JS interop. MudBlazor registers services that are only
/// IAsyncDisposable, so the context must be disposed asynchronously: xunit 2 does that through IAsyncLifetime
/// (the synchronous Dispose that follows finds the context already disposed).
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
