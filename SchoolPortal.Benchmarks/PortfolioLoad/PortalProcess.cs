using System.Diagnostics;
using SchoolPortal.Benchmarks.Cluster;
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
    private readonly ChildProcess _process;
    private readonly string _name;

    private PortalProcess(ChildProcess process, Uri address, string name)
    {
        _process = process;
        Address = address;
        _name = name;
    }

    public Uri Address { get; }

    /// <summary>The portal's process id (the <c>dotnet</c> host runs the portal in its own process), for /proc and diagnostics.</summary>
    public int Id => _process.Id;

    /// <summary>Processor time the portal has used so far (all cores); null once it has exited.</summary>
    public TimeSpan? ProcessorTime => _process.ProcessorTime;

    /// <summary>Why the portal is gone, with its last output; null while it runs.</summary>
    public string? ExitReport() => _process.ExitReport();

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
        var environment = Settings(databasePath).Concat(more ?? new Dictionary<string, string>())
            .ToDictionary(s => s.Key, string? (s) => s.Value);
        environment["ASPNETCORE_URLS"] = null;
        environment["DOTNET_ENVIRONMENT"] = null;
        var process = ChildProcess.Start(name, PortalBuild.DotnetHost(), [portalDll, "--urls", address.ToString().TrimEnd('/')],
            Path.GetDirectoryName(portalDll)!, environment,
            more is { Count: > 0 } ? " (" + string.Join(", ", more.Select(m => $"{m.Key}={m.Value}")) + ")" : "");
        var portal = new PortalProcess(process, address, name);
        await portal.WaitUntilAnswersAsync();
        return portal;
    }

    /// <summary>Kills the portal and its children; safe to call more than once and from signal handlers.</summary>
    public void Stop() => _process.Stop();

    /// <summary>The portal's last output lines, for a failure message.</summary>
    public string LastOutput() => _process.LastOutput();

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
