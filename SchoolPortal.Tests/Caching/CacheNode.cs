using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Data;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Caching;
using SchoolPortal.Tests.Portfolio;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Caching;

/// <summary>
/// One portal node as far as the cache goes: its own service provider registered by <c>AddPortalCache</c> (with
/// <c>Cache:Redis</c> when given), and the test database's contexts carrying that node's save interceptor.
/// </summary>
internal sealed class CacheNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public CacheNode(TestDatabase database, string? redis = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cache:Redis"] = redis })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddPortalCache(configuration);
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(sp =>
            new QueryCounter(database.ConnectionString, sp.GetServices<IInterceptor>().ToArray()));
        services.AddSingleton<AccountStates>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public PortalCache Cache => _services.GetRequiredService<PortalCache>();

    /// <summary>Counts this node's queries; its contexts save through this node's interceptor.</summary>
    public QueryCounter Db => (QueryCounter)_services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    public AccountStates Accounts => _services.GetRequiredService<AccountStates>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
