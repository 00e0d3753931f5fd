using System.Diagnostics.Metrics;

namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// The cache's counters under the meter <see cref="MeterName"/>: hits, misses and tag removals, labelled by the entry's kind
/// («portfolio», «family-access» …) only — never an id or anything about a person.
/// </summary>
public sealed class CacheMetrics : IDisposable
{
    public const string MeterName = "SchoolPortal.Cache";

    private readonly Meter _meter;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _removals;

    public CacheMetrics(IMeterFactory? meters = null)
    {
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _hits = _meter.CreateCounter<long>("schoolportal.cache.hits", "{entry}", "Values served from the cache");
        _misses = _meter.CreateCounter<long>("schoolportal.cache.misses", "{entry}", "Values read from the database because the cache had none");
        _removals = _meter.CreateCounter<long>("schoolportal.cache.tag_removals", "{tag}",
            "Tags removed on this node (origin: save on this node, or message from another node)");
    }

    public void Hit(CacheKind kind) => _hits.Add(1, new KeyValuePair<string, object?>("kind", kind.Name));

    public void Miss(CacheKind kind) => _misses.Add(1, new KeyValuePair<string, object?>("kind", kind.Name));

    public void Removed(int tags, bool fromOtherNode) =>
        _removals.Add(tags, new KeyValuePair<string, object?>("origin", fromOtherNode ? "other-node" : "this-node"));

    public void Dispose() => _meter.Dispose();
}
