using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Health;

/// <summary>
/// The real portal (the built SchoolPortal.dll) on a copy of the run's demo region, without jobs, exchange stand-ins or a
/// browser, with the metrics on a management port and a public host name it alone serves (<c>AllowedHosts</c>), as a
/// production node is set up. Its folders lie in a temporary folder that a test may break and mend.
/// </summary>
public sealed class ObservedPortal : IAsyncLifetime
{
    public const string PublicHost = "school.example.ru";

    private PortalProcess? _process;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"schoolportal-ops-{Guid.NewGuid():N}");

    public string DatabasePath => Path.Combine(DataFolder, "portal.db");

    public string EpguOutbox => Path.Combine(DataFolder, "epgu-outbox");

    public string BaseUrl { get; private set; } = "";

    public string ManagementUrl { get; private set; } = "";

    public int ManagementPort { get; private set; }

    public string Log => _process?.Log ?? "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        TestKeys.PlaceIn(DataFolder);
        // The run's demo region: a database that is not empty is not seeded again, so the portal starts at once.
        DemoRegionTemplate.CopyTo(DatabasePath);
        BaseUrl = $"http://127.0.0.1:{PortalProcess.FreePort()}";
        ManagementPort = PortalProcess.FreePort();
        ManagementUrl = $"http://127.0.0.1:{ManagementPort}";
        _process = new PortalProcess(BaseUrl, new Dictionary<string, string>(TestKeys.SettingsFor(DataFolder))
        {
            ["AllowedHosts"] = PublicHost,
            ["Database__Provider"] = "Sqlite",
            ["Database__Sqlite"] = $"Data Source={DatabasePath}",
            ["Demo__Enabled"] = "true",
            ["Clock__Today"] = DemoRegionGenerator.FixedDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["GirVu__Emulator__Enabled"] = "false",
            ["EpguEnrollment__Emulator__Enabled"] = "false",
            ["Epgu__OutboxPath"] = EpguOutbox,
            ["Jobs__Enabled"] = "false",
            ["Telemetry__MetricsPort"] = ManagementPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, readyPath: "/health/live");
        await _process.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
            await _process.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting server: the temp folder is cleaned by the OS.
        }
    }
}
