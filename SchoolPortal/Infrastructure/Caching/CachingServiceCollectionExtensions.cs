using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SchoolPortal.Infrastructure.Caching;

/// <summary>Registers the portal's cache (<see cref="PortalCache"/>), its invalidation on save and, with <c>Cache:Redis</c>, Redis.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>Prefix of the cache's keys in Redis, so a Redis shared with something else keeps them apart.</summary>
    public const string RedisPrefix = "schoolportal:";

    public static IServiceCollection AddPortalCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.Section)
            .Validate(o => o.IsValid, CacheOptions.Invalid).ValidateOnStart();
        services.AddSingleton<CacheMetrics>(sp => new CacheMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        // One connection for the second level and the tag channel; also there for the readiness check.
        services.AddSingleton<IConnectionMultiplexer>(sp => Connect(sp.GetRequiredService<IOptions<CacheOptions>>().Value));
        services.AddSingleton(Create);
        services.AddSingleton<CacheInvalidation>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<CacheInvalidation>());
        return services;
    }

    private static IConnectionMultiplexer Connect(CacheOptions options)
    {
        if (!options.UsesRedis)
            throw new InvalidOperationException("Cache:Redis is empty: the portal runs without Redis.");
        var redis = ConfigurationOptions.Parse(options.Redis!);
        // A node starts while Redis is down and connects when it is back; meanwhile its cache works alone.
        redis.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(redis);
    }

    private static PortalCache Create(IServiceProvider app)
    {
        var options = app.GetRequiredService<IOptions<CacheOptions>>().Value;
        return Create(app.GetService<TimeProvider>() ?? TimeProvider.System, app.GetRequiredService<ILoggerFactory>(),
            app.GetRequiredService<CacheMetrics>(), options.UsesRedis ? app.GetRequiredService<IConnectionMultiplexer>() : null);
    }

    /// <summary>
    /// HybridCache lives in a container of its own: it takes whatever IMemoryCache, IDistributedCache and TimeProvider it finds
    /// there, and the portal's own TimeProvider may pin the day (demo, tests) while tag removals must be ordered in real time.
    /// </summary>
    /// <param name="clock">The portal's clock, for the entries' lifetimes.</param>
    /// <param name="redis">The second level and the tag channel; null: this node alone.</param>
    internal static PortalCache Create(TimeProvider clock, ILoggerFactory loggers, CacheMetrics metrics, IConnectionMultiplexer? redis)
    {
        var nodeId = Guid.NewGuid().ToString("N");
        var inner = new ServiceCollection();
        inner.AddSingleton(loggers);
        inner.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        inner.AddSingleton(TimeProvider.System);
        inner.AddHybridCache(o =>
        {
            o.MaximumKeyLength = 512;
            // What goes to Redis is small (access lists, account states, portfolios); a bigger value is simply not shared.
            o.MaximumPayloadBytes = 4 * 1024 * 1024;
        });
        CacheTagChannel? channel = null;
        if (redis is not null)
        {
            inner.AddStackExchangeRedisCache(o =>
            {
                o.ConnectionMultiplexerFactory = () => Task.FromResult(redis);
                o.InstanceName = RedisPrefix;
            });
            channel = new CacheTagChannel(nodeId, redis, loggers.CreateLogger<CacheTagChannel>());
        }
        var provider = inner.BuildServiceProvider();
        var cache = new PortalCache(nodeId, provider.GetRequiredService<HybridCache>(), provider, channel, metrics, clock, loggers.CreateLogger<PortalCache>());
        channel?.Subscribe(tags => cache.RemoveLocallyAsync(tags, fromOtherNode: true));
        return cache;
    }
}
