using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Tests.Localization;

/// <summary>What MudBlazor formats by itself follows the request's culture: the portal's is Russian for every browser.</summary>
public sealed class RussianCultureTests
{
    [Theory]
    [InlineData("en-US,en;q=0.9")]
    [InlineData("de-DE")]
    [InlineData(null)]
    public async Task A_request_runs_in_russian_whatever_the_browser_asks_for(string? acceptLanguage)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.UseRussianCulture();
        app.MapGet("/number", () => Results.Text($"{CultureInfo.CurrentCulture.Name} {CultureInfo.CurrentUICulture.Name} {96.7:0.0} {new DateOnly(2026, 12, 4):d}"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/number");
        if (acceptLanguage is not null)
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var text = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal("ru-RU ru-RU 96,7 04.12.2026", text);
        await app.StopAsync();
    }
}
