using System.Collections.Concurrent;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// Values kept for <c>lifetime</c> (<see cref="TimeSpan.MaxValue"/>: for good), at most <c>maxEntries</c> of them: past that
/// the cache starts over, which bounds the memory without bookkeeping. The portfolio's caches are built on it.
/// </summary>
public sealed class ExpiringCache<TKey, TValue>(TimeProvider clock, TimeSpan lifetime, int maxEntries) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (DateTimeOffset At, TValue Value)> _entries = new();

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && (lifetime == TimeSpan.MaxValue || clock.GetUtcNow() - entry.At < lifetime))
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        if (_entries.Count >= maxEntries)
            _entries.Clear();
        _entries[key] = (clock.GetUtcNow(), value);
    }

    public void Clear() => _entries.Clear();
}
