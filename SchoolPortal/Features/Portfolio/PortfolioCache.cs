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

    private readonly ExpiringCache<(int PupilId, DateOnly Day), ChildPortfolio> _children = new(clock, Lifetime, MaxChildren);

    public async Task<ChildPortfolio?> GetOrBuildAsync(int pupilId, DateOnly today, Func<Task<ChildPortfolio?>> build)
    {
        if (_children.TryGet((pupilId, today), out var cached))
            return cached;
        var portfolio = await build();
        if (portfolio is not null)
            _children.Set((pupilId, today), portfolio);
        return portfolio;
    }
}
