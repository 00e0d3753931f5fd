using Microsoft.Extensions.Options;

using SchoolPortal.Infrastructure.Jobs;

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
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section)
            .Validate(o => o.IsValid, ClockOptions.Invalid).ValidateOnStart();
        services.AddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<ClockOptions>>().Value.PinnedDay is { } day ? new PinnedDayClock(day) : TimeProvider.System);
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
