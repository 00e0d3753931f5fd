using System.Diagnostics;

namespace SchoolPortal.Tests.Camps;

/// <summary>A clock that starts at a given moment and runs at real speed: concurrent filings get distinct times.</summary>
public sealed class TickingClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public override DateTimeOffset GetUtcNow() => start + _elapsed.Elapsed;
}
