using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Tests.Operations;

/// <summary>
/// <c>/operations/{id}/result</c> on a real web host (the portal's cookie sign-in, Razor components' services, the real
/// download endpoint) over real SQLite: a plain HTTP request with no circuit behind it.
/// </summary>
public sealed class ResultDownloadTests : IAsyncLifetime
{
    private const string SignInPath = "/test/sign-in";
    private readonly OperationsWorld _w = new();
    private WebApplication? _app;
    private Uri _base = null!;
    private Guid _id;

    public async Task InitializeAsync()
    {
        // Real accounts: every request checks the signed-in account against the database (security stamp, blocking).
        var users = new List<PortalUser>();
        foreach (var user in new[]
                 {
                     new PortalUser(0, "teacher-owner", "Учитель, запустивший выгрузку", Role.Teacher, _w.Region.School1.Id, null),
                     new PortalUser(0, "teacher-other", "Другой учитель школы 1", Role.Teacher, _w.Region.School1.Id, null),
                     _w.Region.Admin1, _w.Region.Admin2, _w.Region.RegionOperator,
                 })
            users.Add(await RegisterAsync(user));
        var owner = users[0];
        _id = await _w.For(owner).StartAsync("test-export");
        await _w.Runner(new TestHandler("test-export", _ => Task.FromResult(new OperationOutcome(null, "Ученики.xlsx", [7, 7, 7]))))
            .RunAsync(_id, CancellationToken.None);

        var byLogin = users.ToDictionary(u => u.Login);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddSingleton<IDbContextFactory<PortalDbContext>>(_w.Database.Factory);
        builder.Services.AddSingleton(new JobsOptions { Enabled = false });
        builder.Services.AddPortalCache(builder.Configuration);
        builder.Services.AddPortalAuthentication();
        builder.Services.AddLongOperations();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet(SignInPath, (string login, HttpContext http) => AccountEndpoints.SignInCookieAsync(http, byLogin[login], false));
        _app.MapLongOperationEndpoints();
        await _app.StartAsync();
        _base = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _w.Dispose();
    }

    [Theory]
    [InlineData("teacher-owner")]
    [InlineData("admin1")]
    [InlineData("operator")]
    public async Task The_owner_the_schools_admin_and_the_region_operator_download_the_result(string login)
    {
        using var browser = await SignedInAsync(login);

        using var response = await browser.GetAsync(LongOperationEndpoints.ResultPath(_id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([7, 7, 7], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Ученики.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("teacher-other")]
    [InlineData("admin2")]
    [InlineData(null)]
    public async Task Another_teacher_another_schools_admin_and_a_visitor_get_no_file(string? login)
    {
        using var browser = login is null ? NewBrowser() : await SignedInAsync(login);

        using var response = await browser.GetAsync(LongOperationEndpoints.ResultPath(_id));

        // Signed in (the cookie is valid: the account exists) yet not allowed; or not signed in at all.
        var refusals = login is null ? new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect } : [HttpStatusCode.NotFound, HttpStatusCode.Forbidden];
        Assert.Contains(response.StatusCode, refusals);
        Assert.NotEqual([7, 7, 7], await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<PortalUser> RegisterAsync(PortalUser user)
    {
        await using var db = _w.Database.System();
        var account = new UserAccount(user.Login, user.DisplayName, user.Roles, user.SchoolId, user.MunicipalityId);
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return user with { AccountId = account.Id };
    }

    private HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _base };

    private async Task<HttpClient> SignedInAsync(string login)
    {
        var browser = NewBrowser();
        using var signedIn = await browser.GetAsync($"{SignInPath}?login={login}");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        return browser;
    }
}
