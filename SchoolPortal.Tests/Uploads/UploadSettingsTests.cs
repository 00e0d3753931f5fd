using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Uploads;

public sealed class UploadSettingsTests
{
    [Theory]
    [InlineData("Uploads:MaxConcurrentParsing", "0")]
    [InlineData("Uploads:MaxConcurrentParsing", "-3")]
    [InlineData("Uploads:QueueTimeout", "00:00:00")]
    public async Task A_wrong_upload_limit_stops_the_portal_with_the_setting_named(string setting, string value)
    {
        var refusal = await StartingHost.RefusalAsync(new() { [setting] = value }, (services, _) => services.AddUploadLimits());

        Assert.Contains(setting, refusal.Message);
    }

    [Fact]
    public async Task Without_upload_settings_the_portal_starts_with_two_parsings_at_once()
    {
        await StartingHost.StartsAsync([], (services, _) => services.AddUploadLimits());
    }
}
