using Microsoft.AspNetCore.Components;
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
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMudServices();
        services.AddSingleton<IJSRuntime, NoJavaScript>();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);

        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<PortfolioView>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PortfolioView.Portfolio)] = portfolio,
            }));
            return output.ToHtmlString();
        });

        foreach (var id in new[] { "portfolio-name", "days-to-holidays", "portfolio-events", "portfolio-averages", "portfolio-attendance",
                     "portfolio-marks", "portfolio-control-works" })
            Assert.Contains($"data-testid=\"{id}\"", html);
        Assert.Contains($"data-testid=\"average-chart-{_w.Data.Math.Id}\"", html);
        Assert.Contains("<svg class=\"bar-chart\"", html);
        Assert.Contains("<rect ", html);
    }

    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"Статическая страница вызвала JavaScript: {identifier}");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"Статическая страница вызвала JavaScript: {identifier}");
    }
}
