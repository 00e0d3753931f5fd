using System.Globalization;

using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Features.Accounts;

namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// The portal's clock: the system clock, unless <c>Clock:Today</c> (yyyy-MM-dd) pins the region's date, as the browser tests
/// do so that "today's lessons" of the demo region are the same on any day the tests run. Time of day still flows.
/// </summary>
public static class PortalClock
{
    public const string TodaySetting = "Clock:Today";

    public static IServiceCollection AddPortalClock(this IServiceCollection services, IConfiguration configuration)
    {
        var pinned = configuration[TodaySetting];
        TimeProvider clock = string.IsNullOrWhiteSpace(pinned)
            ? TimeProvider.System
            : new PinnedDayClock(DateOnly.ParseExact(pinned, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        services.AddSingleton(clock);
        return services;
    }

    private sealed class PinnedDayClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow()
        {
            var shift = today.DayNumber - RegionTime.Today(System).DayNumber;
            return System.GetUtcNow().AddDays(shift);
        }
    }
}
