namespace SchoolPortal.Tests.TestKit;

/// <summary>A clock the test sets and moves by hand, in UTC, so dates and age checks do not depend on when tests run.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    /// <summary>Noon (UTC) of <paramref name="day"/>.</summary>
    public static ManualClock On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => _now += by;
}
