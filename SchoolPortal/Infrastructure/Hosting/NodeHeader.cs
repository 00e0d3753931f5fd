namespace SchoolPortal.Infrastructure.Hosting;

/// <summary>
/// With <c>Node:Name</c> set, every answer says which node gave it (<c>X-SchoolPortal-Node</c>): an operator behind nginx
/// sees where a browser is pinned, and the cluster test moves a browser to the other node on purpose. Unset (one node, the
/// default), nothing is added.
/// </summary>
public static class NodeHeader
{
    public const string Name = "X-SchoolPortal-Node";

    public static IApplicationBuilder UseNodeHeader(this IApplicationBuilder app, IConfiguration configuration)
    {
        var node = configuration["Node:Name"];
        if (string.IsNullOrWhiteSpace(node))
            return app;
        return app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[Name] = node;
                return Task.CompletedTask;
            });
            await next();
        });
    }
}
