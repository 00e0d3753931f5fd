using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor.Services;
using SchoolPortal.Features.Portfolio;

namespace SchoolPortal.Tests.Portfolio;

/// <summary>
/// The portfolio is rendered as static HTML, without a circuit: the server's <see cref="HtmlRenderer"/> (what static SSR
/// uses) must produce every section and the charts' SVG with no JavaScript at all.
/// </summary>
public sealed class PortfolioStaticRenderTests : IDisposable
{
    private readonly PortfolioWorld _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task The_portfolio_renders_its_sections_and_chart_svg_without_a_circuit_or_javascript()
    {
        var portfolio = await _w.Service(_w.Mother).PortfolioAsync(_w.Ivanov.Id);
        await using var provider = Services();

        var html = (await new PortfolioMarkup(provider.GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance).HtmlAsync(portfolio)).Value;

        foreach (var id in new[] { "portfolio-name", "days-to-holidays", "portfolio-events", "portfolio-averages", "portfolio-attendance",
                     "portfolio-marks", "portfolio-control-works" })
            Assert.Contains($"data-testid=\"{id}\"", html);
        Assert.Contains($"data-testid=\"average-chart-{_w.Data.Math.Id}\"", html);
        Assert.Contains("<svg class=\"bar-chart\"", html);
        Assert.Contains("<rect ", html);
    }

    [Fact]
    public async Task A_built_portfolio_is_rendered_once_and_a_newly_built_one_again()
    {
        await using var provider = Services();
        var markup = new PortfolioMarkup(provider.GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance);
        var portfolio = await _w.Service(_w.Mother).PortfolioAsync(_w.Ivanov.Id);
        var rebuilt = await _w.Service(_w.Mother).PortfolioAsync(_w.Ivanov.Id);

        var first = (await markup.HtmlAsync(portfolio)).Value;
        var again = (await markup.HtmlAsync(portfolio)).Value;
        var ofRebuilt = (await markup.HtmlAsync(rebuilt)).Value;

        Assert.Same(first, again);
        Assert.NotSame(first, ofRebuilt);
        Assert.Equal(first, ofRebuilt);
        Assert.Contains("Иванов Пётр Сергеевич", first);
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddMudServices();
        services.AddSingleton<IJSRuntime, NoJavaScript>();
        return services.BuildServiceProvider();
    }

    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"Статическая страница вызвала JavaScript: {identifier}");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"Статическая страница вызвала JavaScript: {identifier}");
    }
}
