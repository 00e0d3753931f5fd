using System.Collections.Concurrent;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// Built portfolios, kept per child and day for <see cref="Lifetime"/>: a parent who reloads the page, or both parents of a
/// child looking in the same evening hour, cost the database nothing more. The access check runs on every request before
/// the cache is asked; a mark typed by a teacher shows up within <see cref="Lifetime"/>.
/// </summary>
public sealed class PortfolioCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>Bounds the memory: past this many children the cache starts over.</summary>
    public const int MaxChildren = 20_000;

    private readonly ConcurrentDictionary<(int PupilId, DateOnly Day), (DateTimeOffset At, ChildPortfolio Portfolio)> _children = new();

    public async Task<ChildPortfolio?> GetOrBuildAsync(int pupilId, DateOnly today, Func<Task<ChildPortfolio?>> build)
    {
        var now = clock.GetUtcNow();
        if (_children.TryGetValue((pupilId, today), out var entry) && now - entry.At < Lifetime)
            return entry.Portfolio;
        var portfolio = await build();
        if (portfolio is null)
            return null;
        if (_children.Count >= MaxChildren)
            _children.Clear();
        _children[(pupilId, today)] = (now, portfolio);
        return portfolio;
    }
}
