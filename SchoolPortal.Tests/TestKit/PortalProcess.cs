using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// The built portal (SchoolPortal.dll, as `dotnet run` would start it) as a child process on 127.0.0.1, in Development, on
/// the settings given as environment variables; its output kept for the failure message. Used by <see cref="PortalServer"/>
/// (one node) and by the cluster test (two nodes on one database).
/// </summary>
/// <param name="readyPath">The page whose 200 says the portal has started (a node that serves only its public host name
/// answers its probes, not its pages).</param>
public sealed class PortalProcess(string baseUrl, IReadOnlyDictionary<string, string> settings, string readyPath = "/account/login") : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string BaseUrl => baseUrl;

    public int? ProcessId => _process is { HasExited: false } ? _process.Id : null;

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var projectDir = FindProjectDirectory();
        var dll = Path.Combine(projectDir, "bin", BuildConfiguration(), "net10.0", "SchoolPortal.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
        {
            WorkingDirectory = projectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Не удалось запустить портал.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnswersAsync(timeout ?? TimeSpan.FromSeconds(90));
    }

    /// <summary>Stops the process at once (a node that dies, as far as its browsers and nginx can tell).</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync() => new(KillAsync());

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    private async Task WaitUntilAnswersAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"Портал завершился при запуске (код {_process.ExitCode}):\n{Log}");
            try
            {
                var response = await http.GetAsync(baseUrl + readyPath);
                if (response.StatusCode == HttpStatusCode.OK)
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

    private static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "SchoolPortal", "SchoolPortal.csproj");
            if (File.Exists(candidate))
                return Path.GetDirectoryName(candidate)!;
        }
        throw new InvalidOperationException("Не найден проект SchoolPortal рядом с тестами.");
    }
}
