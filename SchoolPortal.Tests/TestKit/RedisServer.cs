using System.Diagnostics;

namespace SchoolPortal.Tests.TestKit;

/// <summary>Debian's redis-server as a child process on a free 127.0.0.1 port, nothing saved, its own folder.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Executable = "/usr/bin/redis-server";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"schoolportal-redis-{Guid.NewGuid():N}");
    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public async Task StartAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"redis-server не найден ({Executable}). Установите: apt-get install -y redis-server.");
        Directory.CreateDirectory(_folder);
        var port = PortalProcess.FreePort();
        _process = Process.Start(new ProcessStartInfo(Executable,
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Не удалось запустить redis-server.");
        _process.BeginOutputReadLine();
        ConnectionString = $"127.0.0.1:{port}";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("redis-server не ответил.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
