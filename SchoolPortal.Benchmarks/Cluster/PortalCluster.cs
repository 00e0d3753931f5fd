using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.Cluster;

/// <summary>
/// The region on several servers, on this machine: redis-server, two portal nodes on the same embedded database with
/// <c>Cache:Redis</c> set, and nginx in front with the repository's configuration, all child processes in a temporary
/// folder. <see cref="Stop"/> kills them (nginx first, Redis last) and deletes the folder; it also runs when this process
/// ends or is told to stop, and a start that fails half way stops what it had started.
/// </summary>
public sealed class PortalCluster
{
    public const int Nodes = 2;

    private readonly string _folder;
    private readonly Lock _stopping = new();
    private readonly List<PortalProcess> _nodes = [];
    private RedisServer? _redis;
    private NginxProxy? _nginx;
    private bool _stopped;

    private PortalCluster(string folder) => _folder = folder;

    /// <summary>The entrance: nginx's address.</summary>
    public Uri Address => _nginx?.Address ?? throw new InvalidOperationException("Кластер не запущен.");

    public IReadOnlyList<PortalProcess> NodeProcesses => _nodes;

    public static async Task<PortalCluster> StartAsync(string portalDll, string databasePath)
    {
        var cluster = new PortalCluster(Path.Combine(Path.GetTempPath(), $"schoolportal-cluster-{Guid.NewGuid():N}"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        ExitSignals.OnEach(cluster.Stop);
        try
        {
            cluster._redis = await RedisServer.StartAsync(Path.Combine(cluster._folder, "redis"));
            // One after the other: each node migrates the database on start, and two at once would race for the same file.
            for (var i = 1; i <= Nodes; i++)
                cluster._nodes.Add(await PortalProcess.StartAsync(portalDll, databasePath,
                    new Dictionary<string, string> { ["Cache__Redis"] = cluster._redis.Configuration }, $"узел {i}"));
            cluster._nginx = await NginxProxy.StartAsync(Path.Combine(cluster._folder, "nginx"),
                cluster._nodes.Select(n => n.Address.Port).ToList(), "/account/login");
            return cluster;
        }
        catch
        {
            cluster.Stop();
            throw;
        }
    }

    /// <summary>Why a part of the cluster is gone, if one is; null while all run.</summary>
    public string? ExitReport() =>
        string.Join(Environment.NewLine, new[] { _nginx?.ExitReport(), _redis?.ExitReport() }.Concat(_nodes.Select(n => n.ExitReport())).OfType<string>())
            is { Length: > 0 } report ? report : null;

    public void Stop()
    {
        lock (_stopping)
        {
            if (_stopped)
                return;
            _stopped = true;
            _nginx?.Stop();
            foreach (var node in _nodes)
                node.Stop();
            _redis?.Stop();
            try
            {
                if (Directory.Exists(_folder))
                    Directory.Delete(_folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.WriteLine($"  не удалось удалить {_folder}: {e.Message}");
            }
        }
    }
}
