using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
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

    private readonly StringBuilder _log = new();
    private Process? _process;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"schoolportal-ops-{Guid.NewGuid():N}");

    public string DatabasePath => Path.Combine(DataFolder, "portal.db");

    public string EpguOutbox => Path.Combine(DataFolder, "epgu-outbox");

    public string BaseUrl { get; private set; } = "";

    public string ManagementUrl { get; private set; } = "";

    public int ManagementPort { get; private set; }

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        // The run's demo region: a database that is not empty is not seeded again, so the portal starts at once.
        DemoRegionTemplate.CopyTo(DatabasePath);
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        ManagementPort = FreePort();
        ManagementUrl = $"http://127.0.0.1:{ManagementPort}";
        var start = new ProcessStartInfo("dotnet", [PortalDll(), "--urls", BaseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(PortalDll())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["AllowedHosts"] = PublicHost;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__Sqlite"] = $"Data Source={DatabasePath}";
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Clock__Today"] = DemoRegionGenerator.FixedDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["GirVu__Emulator__Enabled"] = "false";
        start.Environment["EpguEnrollment__Emulator__Enabled"] = "false";
        start.Environment["Esia__Emulator__CertificatePath"] = Path.Combine(DataFolder, "esia-emulator.crt");
        start.Environment["Esia__Emulator__KeyPath"] = Path.Combine(DataFolder, "esia-emulator-key.pem");
        start.Environment["Esia__Signer__DevelopmentKeyPath"] = Path.Combine(DataFolder, "esia-development-key.pem");
        start.Environment["Epgu__OutboxPath"] = EpguOutbox;
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Telemetry__MetricsPort"] = ManagementPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Не удалось запустить портал.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilLiveAsync(TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting server: the temp folder is cleaned by the OS.
        }
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"Портал завершился при запуске (код {_process.ExitCode}):\n{Log}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/live")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Портал не ответил за {timeout.TotalSeconds} с:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string PortalDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "SchoolPortal");
            if (File.Exists(Path.Combine(project, "SchoolPortal.csproj")))
                return Path.Combine(project, "bin", configuration, "net10.0", "SchoolPortal.dll");
        }
        throw new InvalidOperationException("Не найден проект SchoolPortal рядом с тестами.");
    }
}
