using Launcher = SchoolPortal.Benchmarks.Cluster.RedisServer;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// A real Debian <c>redis-server</c> as a child process of the test (started by the benchmarks' launcher): its own free port on 127.0.0.1, its own temporary
/// folder, nothing saved to disk; stopped and its folder removed on dispose. Tests that need it are
/// <see cref="RedisFactAttribute"/>s: skipped with <see cref="SkipReason"/> when redis-server is missing, except under CI=true,
/// where <see cref="StartAsync"/> throws.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Executable = Launcher.Executable;

    private Launcher? _server;
    private string? _folder;

    /// <summary>Why a Redis test does not run here; null when it runs (redis-server installed, or CI, where a missing one fails).</summary>
    public static string? SkipReason =>
        File.Exists(Executable) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"redis-server не найден ({Executable}): тест с Redis пропущен. Установите: apt-get install -y redis-server (или запустите .ci/run).";

    public int Port => _server?.Port ?? 0;

    /// <summary>A StackExchange.Redis connection string (the portal's <c>Cache:Redis</c>).</summary>
    public string ConnectionString => _server?.Configuration ?? "";

    public async Task StartAsync()
    {
        _folder = Directory.CreateTempSubdirectory("schoolportal-redis-").FullName;
        _server = await Launcher.StartAsync(_folder);
    }

    public ValueTask DisposeAsync()
    {
        _server?.Stop();
        if (_folder is not null && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
