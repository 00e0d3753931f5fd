using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;

namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The portal as a separate process on a free loopback port, configured as the demo and tests run it (the date pinned
/// to 2026-11-28, background jobs and ESIA off, warnings-only logging) on the given SQLite file. It is killed with its
/// process tree on <see cref="Stop"/>, and also when this process ends, is interrupted (Ctrl-C) or crashes, so no portal
/// is left behind holding the port and the database.
/// </summary>
public sealed class PortalProcess
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();
    private readonly Lock _stopping = new();
    private bool _stopped;

    private readonly string _name;

    private PortalProcess(Process process, Uri address, string name)
    {
        _process = process;
        Address = address;
        _name = name;
    }

    public Uri Address { get; }

    /// <summary>The portal's process id (the <c>dotnet</c> host runs the portal in its own process), for /proc and diagnostics.</summary>
    public int Id => _process.Id;

    /// <summary>Processor time the portal has used so far (all cores); null once it has exited.</summary>
    public TimeSpan? ProcessorTime
    {
        get
        {
            try
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <summary>Why the portal is gone, with its last output; null while it runs.</summary>
    public string? ExitReport() => _process.HasExited && !_stopped
        ? $"Портал завершился сам (код {_process.ExitCode}).{Environment.NewLine}{LastOutput()}"
        : null;

    /// <summary>The settings the portal gets through its environment (besides --urls).</summary>
    public static IReadOnlyDictionary<string, string> Settings(string databasePath) => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "Sqlite",
        ["Database__Sqlite"] = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString(),
        ["Clock__Today"] = "2026-11-28",
        ["Jobs__Enabled"] = "false",
        ["Esia__Mode"] = "Off",
        // Production refuses to start with an emulator on (DemoEmulators): the shipped settings turn ГИР ВУ's and EPGU's on.
        ["GirVu__Emulator__Enabled"] = "false",
        ["EpguEnrollment__Emulator__Enabled"] = "false",
        // Production redirects plain HTTP to HTTPS; the load client talks plain HTTP on loopback.
        ["Security__HttpsRedirection"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
        // The build output has no wwwroot (it is copied on publish only); the load client never asks for CSS or scripts,
        // so the static-files warning about it is noise here.
        ["Logging__LogLevel__Microsoft.AspNetCore.StaticFiles"] = "Error",
    };

    /// <param name="more">Settings on top of <see cref="Settings"/>, e.g. <c>Cache__Redis</c> for a node of a cluster.</param>
    /// <param name="name">How its output lines are prefixed (several nodes print side by side).</param>
    public static async Task<PortalProcess> StartAsync(string portalDll, string databasePath,
        IReadOnlyDictionary<string, string>? more = null, string name = "портал")
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo(PortalBuild.DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(portalDll)!,
        };
        foreach (var arg in new[] { portalDll, "--urls", address.ToString().TrimEnd('/') })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in Settings(databasePath).Concat(more ?? new Dictionary<string, string>()))
            start.Environment[key] = value;
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_ENVIRONMENT");

        Console.WriteLine($"  {name}: {start.FileName} {string.Join(' ', start.ArgumentList)}" +
            (more is { Count: > 0 } ? " (" + string.Join(", ", more.Select(m => $"{m.Key}={m.Value}")) + ")" : ""));
        var process = Process.Start(start) ?? throw new PortfolioLoadException("Не удалось запустить процесс портала.");
        var portal = new PortalProcess(process, address, name);
        portal.WatchOutput();
        portal.KillOnExit();
        await portal.WaitUntilAnswersAsync();
        return portal;
    }

    /// <summary>
    /// Kills the portal and its children; safe to call more than once and from signal handlers. A second caller (say the
    /// crash handler while Ctrl-C is killing) waits until the portal is gone, so the process cannot end before it.
    /// </summary>
    public void Stop()
    {
        lock (_stopping)
        {
            if (_stopped)
                return;
            _stopped = true;
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(10_000);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }

    /// <summary>The portal's last output lines, for a failure message.</summary>
    public string LastOutput() => string.Join(Environment.NewLine, _lastLines);

    private void WatchOutput()
    {
        void Forward(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null)
                return;
            Console.WriteLine($"  [{_name}] {e.Data}");
            _lastLines.Enqueue(e.Data);
            while (_lastLines.Count > 40)
                _lastLines.TryDequeue(out string? _);
        }
        _process.OutputDataReceived += Forward;
        _process.ErrorDataReceived += Forward;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void KillOnExit()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => Stop();
        ExitSignals.OnEach(Stop);
    }

    private async Task WaitUntilAnswersAsync()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new PortfolioLoadException($"Портал завершился при запуске (код {_process.ExitCode}):{Environment.NewLine}{LastOutput()}");
            try
            {
                using var answer = await client.GetAsync(new Uri(Address, "/account/login"));
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    Console.WriteLine($"  {_name} отвечает на {Address} через {clock.Elapsed.TotalSeconds:0.0} s");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new PortfolioLoadException($"Портал не ответил за {StartTimeout.TotalSeconds:0} s на {Address}.{Environment.NewLine}{LastOutput()}");
    }
}
