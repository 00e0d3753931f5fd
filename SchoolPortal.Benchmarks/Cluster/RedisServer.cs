using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.Cluster;

/// <summary>
/// Debian's redis-server as a child process on a free loopback port, with nothing written to disk (no snapshots, no
/// append-only file) and its own working folder; ready once it answers PING with PONG.
/// </summary>
public sealed class RedisServer
{
    public const string Executable = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly ChildProcess _process;

    private RedisServer(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>What the portal's <c>Cache:Redis</c> takes (a StackExchange.Redis configuration string).</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(string folder)
    {
        if (!File.Exists(Executable))
            throw new PortfolioLoadException($"Нет {Executable}: apt-get install -y redis-server.");
        Directory.CreateDirectory(folder);
        var port = LoopbackPort.Free();
        var process = ChildProcess.Start("redis", Executable,
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
            folder);
        var redis = new RedisServer(process, port);
        await redis.WaitUntilAnswersAsync();
        return redis;
    }

    public void Stop() => _process.Stop();

    public string? ExitReport() => _process.ExitReport();

    private async Task WaitUntilAnswersAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.ExitReport() is { } exit)
                throw new PortfolioLoadException($"Redis не запустился. {exit}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    Console.WriteLine($"  redis отвечает на 127.0.0.1:{Port} через {clock.Elapsed.TotalSeconds:0.0} s");
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new PortfolioLoadException($"Redis не ответил за {StartTimeout.TotalSeconds:0} s на порту {Port}.");
    }
}
