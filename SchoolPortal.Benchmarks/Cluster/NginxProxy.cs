using System.Diagnostics;
using System.Net;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.Cluster;

/// <summary>
/// Debian's nginx as a child process in front of the nodes: <c>nginx -c &lt;prefix&gt;/nginx.conf -p &lt;prefix&gt;</c>
/// with <see cref="NginxConfig"/>'s files; ready once a page comes back through it.
/// </summary>
public sealed class NginxProxy
{
    public const string Executable = "/usr/sbin/nginx";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly ChildProcess _process;

    private NginxProxy(ChildProcess process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="prefix">nginx's own folder: configuration, pid, logs, temporary files and the static cache.</param>
    public static async Task<NginxProxy> StartAsync(string prefix, IReadOnlyList<int> nodePorts, string readyPath)
    {
        if (!File.Exists(Executable))
            throw new PortfolioLoadException($"Нет {Executable}: apt-get install -y nginx.");
        var repositoryConf = File.ReadAllText(FindRepositoryConf());
        var port = LoopbackPort.Free();
        Directory.CreateDirectory(prefix);
        var cache = Path.Combine(prefix, "cache");
        foreach (var folder in new[] { prefix, cache })
            WorldWritable(Directory.CreateDirectory(folder).FullName);
        var site = Path.Combine(prefix, "schoolportal.conf");
        var main = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(site, NginxConfig.SiteFile(repositoryConf, nodePorts, port, cache));
        File.WriteAllText(main, NginxConfig.MainFile(prefix, site));

        // -e: the log of the start itself, before the configuration names its own (else nginx tries /var/log/nginx).
        var process = ChildProcess.Start("nginx", Executable, ["-c", main, "-p", prefix, "-e", Path.Combine(prefix, "error.log")], prefix);
        var proxy = new NginxProxy(process, new Uri($"http://127.0.0.1:{port}"));
        await proxy.WaitUntilAnswersAsync(readyPath, Path.Combine(prefix, "error.log"));
        return proxy;
    }

    public void Stop() => _process.Stop();

    public string? ExitReport() => _process.ExitReport();

    /// <summary>The repository's file: found upward from the benchmark's folder (it runs from its build output).</summary>
    private static string FindRepositoryConf()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var conf = Path.Combine(dir.FullName, NginxConfig.RepositoryPath);
            if (File.Exists(conf))
                return conf;
        }
        throw new PortfolioLoadException($"Не найден {NginxConfig.RepositoryPath} выше папки бенчмарка (он есть в ветке main: git merge main).");
    }

    // The benchmark may run as root: nginx's workers then run as «nobody» and must still write the cache and temp files.
    private static void WorldWritable(string folder)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
    }

    private async Task WaitUntilAnswersAsync(string readyPath, string errorLog)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.ExitReport() is { } exit)
                throw new PortfolioLoadException($"nginx не запустился. {exit}{Environment.NewLine}{Tail(errorLog)}");
            try
            {
                using var answer = await client.GetAsync(new Uri(Address, readyPath));
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    Console.WriteLine($"  nginx отвечает на {Address} через {clock.Elapsed.TotalSeconds:0.0} s");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new PortfolioLoadException($"nginx не ответил за {StartTimeout.TotalSeconds:0} s на {Address}.{Environment.NewLine}{Tail(errorLog)}");
    }

    private static string Tail(string file) =>
        File.Exists(file) ? string.Join(Environment.NewLine, File.ReadLines(file).TakeLast(20)) : "";
}
