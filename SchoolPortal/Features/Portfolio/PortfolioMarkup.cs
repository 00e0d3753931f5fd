using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// The rendered <see cref="PortfolioView"/> of a built portfolio, kept as long as the portfolio itself: the
/// portal's cache hands out the same <see cref="ChildPortfolio"/> on this node for its lifetime, so the markup is rendered
/// once per built portfolio and goes with it when the cache lets it go. The access check still runs on every request.
/// </summary>
public sealed class PortfolioMarkup(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly ConditionalWeakTable<ChildPortfolio, string> _rendered = new();

    public async Task<MarkupString> HtmlAsync(ChildPortfolio portfolio)
    {
        if (!_rendered.TryGetValue(portfolio, out var html))
        {
            html = await RenderAsync(portfolio);
            _rendered.AddOrUpdate(portfolio, html);
        }
        return new MarkupString(html);
    }

    private async Task<string> RenderAsync(ChildPortfolio portfolio)
    {
        // A scope of its own: the renderer asks for scoped services (cascading values), and the request's scope is not its.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PortfolioView.Portfolio)] = portfolio });
            var output = await renderer.RenderComponentAsync<PortfolioView>(parameters);
            return output.ToHtmlString();
        });
    }
}
