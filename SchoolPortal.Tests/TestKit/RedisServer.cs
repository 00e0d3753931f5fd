using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// A real Debian <c>redis-server</c> as a child process of the test: its own free port on 127.0.0.1, its own temporary
/// folder, nothing saved to disk; stopped and its folder removed on dispose. Tests that need it are
/// <see cref="RedisFactAttribute"/>s: skipped with <see cref="SkipReason"/> when redis-server is missing, except under CI=true,
/// where <see cref="StartAsync"/> throws.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Executable = "/usr/bin/redis-server";

    private Process? _process;
    private string? _folder;

    /// <summary>Why a Redis test does not run here; null when it runs (redis-server installed, or CI, where a missing one fails).</summary>
    public static string? SkipReason =>
        File.Exists(Executable) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"redis-server не найден ({Executable}): тест с Redis пропущен. Установите: apt-get install -y redis-server (или запустите .ci/run).";

    public int Port { get; private set; }

    /// <summary>A StackExchange.Redis connection string (the portal's <c>Cache:Redis</c>).</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"redis-server не найден ({Executable}): установите apt-get install -y redis-server.");
        _folder = Directory.CreateTempSubdirectory("schoolportal-redis-").FullName;
        Port = FreePort();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server не запустился.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"redis-server завершился с кодом {_process.ExitCode} на порту {Port}.");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"redis-server не принял подключение на порту {Port} за 10 секунд.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        if (_folder is not null && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
