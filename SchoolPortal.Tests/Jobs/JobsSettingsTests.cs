using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Jobs;

[Collection(HangfireServersCollection.Name)]
public sealed class JobsSettingsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"schoolportal-jobs-settings-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("Jobs:WorkerCount", "0")]
    [InlineData("Jobs:WorkerCount", "1000")]
    [InlineData("Jobs:SqlitePath", " ")]
    public async Task A_wrong_jobs_setting_stops_the_portal_with_the_setting_named(string setting, string value)
    {
        var refusal = await StartingHost.RefusalAsync(new() { [setting] = value },
            (services, configuration) => services.AddPortalJobs(configuration, _root));

        Assert.Contains(setting, refusal.Message);
    }
}
