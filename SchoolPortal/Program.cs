using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;
using SchoolPortal.Components;
using SchoolPortal.Components.Localization;
using SchoolPortal.Data;
using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Features;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.Esia;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Infrastructure.Hosting;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Infrastructure.Security;
using SchoolPortal.Infrastructure.Telemetry;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Integrations;
using SchoolPortal.Integrations.Epgu;
using SchoolPortal.Integrations.EpguEnrollment;

if (args.Length > 0 && args[0] == SeedCommand.Name)
{
    Environment.ExitCode = await SeedCommand.RunAsync(args);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootSettings();
// Emulators only in the demo and never in Production: a production configuration that asks for one stops here.
builder.Services.AddDemoEmulators(builder.Configuration, builder.Environment);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddRussianMudTexts();
builder.Services.AddPortalSecurity(builder.Configuration, builder.Environment);
// Cyrillic as is, not as &#x…; entities: the static pages (portfolio) are a third of the size.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortalKeyRing(builder.Configuration);
builder.Services.AddDemoOptions();
builder.Services.AddPortalClock(builder.Configuration);
builder.Services.AddPortalCache(builder.Configuration);
builder.Services.AddPortalAuthentication();
builder.Services.AddPortalFeatures(builder.Configuration, builder.Environment);
builder.Services.AddEpguPublication(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddEpguEnrollment(builder.Configuration, builder.Environment);
builder.Services.AddPortalJobs(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddLongOperations();
builder.Services.AddUploadLimits();
builder.AddPortalObservability();

var app = builder.Build();
// The settings bound with ValidateOnStart are checked before the database is touched: a wrong one stops here with its name.
app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();

await DatabaseStartup.MigrateAsync(app.Services);
await DemoSeeding.SeedIfEmptyAsync(app.Services);

app.UsePortalSecurity();
app.UseNodeHeader(app.Configuration);
app.UseRussianCulture();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAuthentication();
app.UseAuthorization();
app.UseMustChangePassword();
app.UseFamilyStartPage();
app.UseAntiforgery();
app.UsePortalJobs();

app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapEsiaLinkEndpoints();
app.MapLongOperationEndpoints();
app.MapCampApiEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(CircuitWebSockets.Configure);

app.Run();

/// <summary>Entry point; public so the browser tests can start the portal in-process.</summary>
public partial class Program;
