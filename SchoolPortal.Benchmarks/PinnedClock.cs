namespace SchoolPortal.Benchmarks;

/// <summary>A clock standing on one moment: the scenarios act on the day after their term ended.</summary>
public sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
