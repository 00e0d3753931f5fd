using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Data;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Accounts;

/// <summary>
/// The portal's cookie authentication (<see cref="AccountEndpoints.AddPortalAuthentication"/>) in a web host on a loopback port:
/// <c>/test-signin/{id}</c> issues the cookie the way every sign-in does, <c>/whoami</c> answers the signed-in login. Changes made
/// through <see cref="For"/> go through the host's save interceptors, as a change saved on this node would.
/// </summary>
public sealed class RevocationHost : IAsyncLifetime
{
    private WebApplication? _app;

    public TestDatabase Database { get; } = new();
    public ManualClock Clock { get; } = ManualClock.On(TestRegion.Today);
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IDbContextFactory<PortalDbContext>>(sp =>
            new InterceptedFactory(Database.ConnectionString, sp.GetServices<IInterceptor>().ToArray()));
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddPortalCache(builder.Configuration);
        builder.Services.AddPortalAuthentication();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet("/test-signin/{id:int}", async (HttpContext http, int id, IDbContextFactory<PortalDbContext> factory) =>
        {
            await using var db = factory.CreateDbContext().UseScope(AccessScope.System, new(null, "test"));
            var account = await db.UserAccounts.SingleAsync(a => a.Id == id);
            await AccountEndpoints.SignInCookieAsync(http, PasswordSignIn.ToUser(account), mustChangePassword: false);
            return "ok";
        });
        _app.MapGet("/whoami", (HttpContext http) => PortalUser.From(http.User).Login);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        Database.Dispose();
    }

    public IDbContextFactory<PortalDbContext> Factory => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    /// <summary>A feature service's data access as <paramref name="user"/>, saving through this node's interceptors.</summary>
    public PortalDb For(PortalUser user) => new(Factory, new FixedUser(user));

    public HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    private sealed class InterceptedFactory(string connectionString, IInterceptor[] interceptors) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() =>
            new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connectionString).AddInterceptors(interceptors).Options);
    }

    private sealed class FixedUser(PortalUser user) : ICurrentUser
    {
        public Task<PortalUser> GetAsync() => Task.FromResult(user);
    }
}
