using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Access;

public sealed class ClockSettingsTests
{
    [Theory]
    [InlineData("01.09.2026")]
    [InlineData("2026-02-30")]
    [InlineData("завтра")]
    public async Task A_wrong_pinned_day_stops_the_portal_with_the_setting_named(string today)
    {
        var refusal = await StartingHost.RefusalAsync(new() { [PortalClock.TodaySetting] = today }, (services, configuration) => services.AddPortalClock(configuration));

        Assert.Contains("Clock:Today", refusal.Message);
    }

    [Fact]
    public void A_pinned_day_is_the_portals_today()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PortalClock.TodaySetting] = "2026-09-01" }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPortalClock(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(new DateOnly(2026, 9, 1), RegionTime.Today(provider.GetRequiredService<TimeProvider>()));
    }
}
