using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting.Internal;
using SchoolPortal.Integrations;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment.Epgu;

public sealed class EpguEnrollmentSettingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("epgu-settings-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("EpguEnrollment:MaxFilesPerRun", "0", "EpguEnrollment:MaxFilesPerRun")]
    [InlineData("EpguEnrollment:MaxFilesPerRun", "2000000", "EpguEnrollment:MaxFilesPerRun")]
    [InlineData("EpguEnrollment:IntakeSchedule", " ", "EpguEnrollment:IntakeSchedule")]
    [InlineData("EpguEnrollment:Outbox", "exchange/inbox", "EpguEnrollment:Inbox, Processed, Rejected, Outbox")]
    public async Task A_wrong_setting_stops_the_start_with_the_setting_named(string setting, string value, string named)
    {
        var settings = new Dictionary<string, string?> { [setting] = value, ["EpguEnrollment:Inbox"] = "exchange/inbox" };

        var refusal = await StartingHost.RefusalAsync(settings, (services, configuration) =>
            services.AddEpguEnrollment(configuration, Environment("Development")));

        Assert.Contains(named, refusal.Message);
    }

    [Fact]
    public void The_emulator_is_refused_in_production_with_the_setting_named()
    {
        var configuration = Configuration(new() { ["Demo:Enabled"] = "true", ["EpguEnrollment:Emulator:Enabled"] = "true" });

        var refused = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddEpguEnrollment(configuration, Environment("Production")));
        var gate = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDemoEmulators(configuration, Environment("Production")));

        Assert.StartsWith("EpguEnrollment:Emulator:Enabled = true недопустим в Production", refused.Message);
        Assert.Contains("EpguEnrollment:Emulator:Enabled = false", refused.Message);
        Assert.Contains("EpguEnrollment:Emulator:Enabled = true недопустим в Production", gate.Message);
    }

    [Fact]
    public async Task The_demo_starts_with_the_emulator_and_the_folders_beside_the_database()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["EpguEnrollment:Emulator:Enabled"] = "true",
            ["Database:Sqlite"] = $"Data Source={Path.Combine(_root, "db", "portal.db")}",
        };

        await StartingHost.StartsAsync(settings, (services, configuration) => services.AddEpguEnrollment(configuration, Environment("Development")));
        var configuration = Configuration(settings);
        using var provider = new ServiceCollection().AddLogging().AddSingleton(configuration)
            .AddEpguEnrollment(configuration, Environment("Development")).BuildServiceProvider();

        var folders = provider.GetRequiredService<EpguEnrollmentFolders>();
        Assert.Equal(Path.Combine(_root, "db", "epgu-enrollment", "inbox"), folders.Inbox);
        Assert.Equal(Path.Combine(_root, "db", "epgu-enrollment", "outbox"), folders.Outbox);
        Assert.IsType<FolderEpguEnrollmentGateway>(provider.GetRequiredService<IEpguEnrollmentGateway>());
        Assert.NotNull(provider.GetRequiredService<EpguEnrollmentEmulator>());
    }

    [Fact]
    public void Without_the_setting_no_emulator_is_registered_even_in_production()
    {
        var services = new ServiceCollection().AddEpguEnrollment(Configuration(new() { ["Demo:Enabled"] = "false" }), Environment("Production"));

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(EpguEnrollmentEmulator));
        Assert.Contains(services, s => s.ServiceType == typeof(IEpguEnrollmentGateway));
    }

    private HostingEnvironment Environment(string name) =>
        new() { EnvironmentName = name, ContentRootPath = _root, ContentRootFileProvider = new NullFileProvider(), ApplicationName = "SchoolPortal" };

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
