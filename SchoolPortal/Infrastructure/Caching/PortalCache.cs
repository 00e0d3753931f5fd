using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging.Abstractions;

namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// The portal's one cache: HybridCache (this node's memory, and Redis as the second level when <c>Cache:Redis</c> is set)
/// with entries tagged by the records they were read from. A save removes the tags of what it changed
/// (<see cref="CacheInvalidation"/>) here and, through <see cref="CacheTagChannel"/>, on every node.
/// <para>
/// Each value carries its tags and the instant its read began, and this node remembers when it last removed each tag: a
/// value whose read began before a removal of one of its tags is not served. That closes the race of a read running
/// while a save commits (the read sees the old rows and would otherwise be kept), and it covers the copy another node
/// keeps of a value it took from Redis, which HybridCache holds without the tags of its writer.
/// </para>
/// </summary>
public sealed class PortalCache : IDisposable, IAsyncDisposable
{
    /// <summary>
    /// A value whose read began less than this before a removal of one of its tags counts as older than the removal: the
    /// clocks of two nodes differ by some milliseconds, and a stale value must not pass for a fresh one.
    /// </summary>
    private static readonly long ClockMargin = TimeSpan.FromSeconds(1).Ticks;

    /// <summary>Removals older than this are forgotten: every kept value has expired by then.</summary>
    private static readonly long RemovalMemory = TimeSpan.FromHours(1).Ticks;

    private const int RemovalsBeforePruning = 20_000;

    private readonly HybridCache _hybrid;
    private readonly ServiceProvider _owner;
    private readonly CacheTagChannel? _channel;
    private readonly CacheMetrics _metrics;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly string _nodeId;
    private readonly ConcurrentDictionary<string, long> _removedAt = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CacheKind, (HybridCacheEntryOptions Keep, HybridCacheEntryOptions Find)> _options = new();

    /// <param name="hybrid">The HybridCache, built in a container of its own (<paramref name="owner"/>, disposed with this cache).</param>
    /// <param name="clock">The portal's clock: it decides when an entry's lifetime is over.</param>
    internal PortalCache(string nodeId, HybridCache hybrid, ServiceProvider owner, CacheTagChannel? channel, CacheMetrics metrics, TimeProvider clock,
        ILogger log)
    {
        _nodeId = nodeId;
        _hybrid = hybrid;
        _owner = owner;
        _channel = channel;
        _metrics = metrics;
        _clock = clock;
        _log = log;
    }

    /// <summary>A cache of this process alone, as the portal has without Redis: for the tests, the benchmarks and tools.</summary>
    public static PortalCache InProcess(TimeProvider? clock = null) =>
        CachingServiceCollectionExtensions.Create(clock ?? TimeProvider.System, NullLoggerFactory.Instance, new CacheMetrics(), null);

    /// <summary>This cache among the nodes (one per portal process): what a node keeps for itself is marked with it.</summary>
    public string NodeId => _nodeId;

    /// <summary>Whether a removal reaches the other nodes (Redis is configured).</summary>
    public bool IsShared => _channel is not null;

    /// <summary>The kept value, or the value <paramref name="read"/> returns, kept with <paramref name="tags"/>.</summary>
    public Task<T> GetOrCreateAsync<T>(CacheKind kind, string key, Func<CancellationToken, Task<T>> read, IReadOnlyList<string> tags,
        CancellationToken ct = default) =>
        GetOrCreateAsync<T>(kind, key, async c => (await read(c), tags), ct);

    /// <summary>
    /// The kept value, or the value <paramref name="read"/> returns with the tags of the records it was read from (what a
    /// family may see depends on records the read itself finds); a value returned without tags is not kept.
    /// </summary>
    public async Task<T> GetOrCreateAsync<T>(CacheKind kind, string key, Func<CancellationToken, Task<(T Value, IReadOnlyList<string>? Tags)>> read,
        CancellationToken ct = default)
    {
        if (await FindAsync<T>(kind, key, ct) is { } kept)
            return kept.Value;
        var readAt = Now();
        var (value, tags) = await read(ct);
        if (tags is not null)
            await KeepAsync(kind, key, value, tags, readAt, ct);
        return value;
    }

    /// <summary>The kept value of <paramref name="key"/>, or null (counted as a miss).</summary>
    public async Task<CachedValue<T>?> FindAsync<T>(CacheKind kind, string key, CancellationToken ct = default)
    {
        var fullKey = kind.Key(key);
        var kept = await _hybrid.GetOrCreateAsync(fullKey, static _ => ValueTask.FromResult<CachedValue<T>?>(null), Options(kind).Find,
            cancellationToken: ct);
        if (kept is not null && !IsCurrent(kept))
        {
            await _hybrid.RemoveAsync(fullKey, ct);
            kept = null;
        }
        if (kept is null)
            _metrics.Miss(kind);
        else
            _metrics.Hit(kind);
        return kept;
    }

    /// <summary>Keeps <paramref name="value"/> as read now.</summary>
    public Task SetAsync<T>(CacheKind kind, string key, T value, IReadOnlyList<string> tags, CancellationToken ct = default) =>
        KeepAsync(kind, key, value, tags, Now(), ct);

    public ValueTask RemoveAsync(CacheKind kind, string key, CancellationToken ct = default) => _hybrid.RemoveAsync(kind.Key(key), ct);

    /// <summary>Removes every entry carrying one of <paramref name="tags"/>, on this node at once and on the others through Redis.</summary>
    public async Task RemoveByTagsAsync(IReadOnlyCollection<string> tags, CancellationToken ct = default)
    {
        if (tags.Count == 0)
            return;
        await RemoveLocallyAsync(tags, fromOtherNode: false);
        if (_channel is not null)
            await _channel.PublishAsync(tags);
    }

    /// <summary>A removal made here or announced by another node: applied to this node's memory (and the tags' marks in Redis).</summary>
    internal async Task RemoveLocallyAsync(IReadOnlyCollection<string> tags, bool fromOtherNode)
    {
        var now = Now();
        foreach (var tag in tags)
            _removedAt[tag] = now;
        _metrics.Removed(tags.Count, fromOtherNode);
        if (_removedAt.Count > RemovalsBeforePruning)
            Prune(now);
        try
        {
            await _hybrid.RemoveByTagAsync(tags);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only Redis can fail here: this node already refuses the tags (above); the others heard of it or let the values expire.
            _log.LogWarning(e, "Cache tags removed on this node but not marked in Redis");
        }
    }

    public void Dispose() => _owner.Dispose();

    public ValueTask DisposeAsync() => _owner.DisposeAsync();

    private async Task KeepAsync<T>(CacheKind kind, string key, T value, IReadOnlyList<string> tags, long readAt, CancellationToken ct)
    {
        var kept = new CachedValue<T>(value, _clock.GetUtcNow() + kind.Lifetime, tags, readAt);
        if (!IsCurrent(kept))
            return; // a tag was removed while the value was read: it may hold the old rows
        await _hybrid.SetAsync(kind.Key(key), kept, Options(kind).Keep, tags, ct);
    }

    private bool IsCurrent<T>(CachedValue<T> kept)
    {
        if (_clock.GetUtcNow() >= kept.Until)
            return false;
        foreach (var tag in kept.Tags)
        {
            if (_removedAt.TryGetValue(tag, out var removed) && kept.ReadAt <= removed + ClockMargin)
                return false;
        }
        return true;
    }

    private void Prune(long now)
    {
        foreach (var (tag, at) in _removedAt)
        {
            if (now - at > RemovalMemory)
                _removedAt.TryRemove(new KeyValuePair<string, long>(tag, at));
        }
    }

    private (HybridCacheEntryOptions Keep, HybridCacheEntryOptions Find) Options(CacheKind kind) => _options.GetOrAdd(kind, static k =>
    {
        var flags = k.Shared ? HybridCacheEntryFlags.None : HybridCacheEntryFlags.DisableDistributedCache;
        return (new HybridCacheEntryOptions { Expiration = k.Lifetime, LocalCacheExpiration = k.Lifetime, Flags = flags },
            new HybridCacheEntryOptions { Expiration = k.Lifetime, LocalCacheExpiration = k.Lifetime, Flags = flags | HybridCacheEntryFlags.DisableUnderlyingData });
    });

    // Real instants, not the portal's clock: removals and reads are ordered in time, whatever day the portal pretends it is.
    private static long Now() => TimeProvider.System.GetUtcNow().UtcTicks;
}
