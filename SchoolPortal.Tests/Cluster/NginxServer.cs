using System.Diagnostics;
using System.Text;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Cluster;

/// <summary>
/// Debian's nginx as a child process (<c>daemon off</c>) with the repository's deploy/nginx/schoolportal.conf, its node
/// addresses, port and cache folder replaced by the test's; pid, logs and temporary files in its own folder.
/// </summary>
public sealed class NginxServer(IReadOnlyList<string> nodes) : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"schoolportal-nginx-{Guid.NewGuid():N}");
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string BaseUrl { get; private set; } = "";

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_folder);
        var port = PortalProcess.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        File.WriteAllText(Path.Combine(_folder, "schoolportal.conf"), SiteConfiguration(File.ReadAllText(ConfigurationPath()), nodes, port, _folder));
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                include /etc/nginx/mime.types;
                access_log {{_folder}}/access.log;
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                include {{_folder}}/schoolportal.conf;
            }
            """);
        var start = new ProcessStartInfo(Executable, ["-c", Path.Combine(_folder, "nginx.conf"), "-p", _folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Не удалось запустить nginx.");
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"nginx завершился при запуске (код {_process.ExitCode}): {_log}{ErrorLog}");
            try
            {
                await http.GetAsync(BaseUrl + "/account/login");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"nginx не ответил: {ErrorLog}");
    }

    /// <summary>The site's configuration with the test's nodes, port and cache folder in place of the production ones.</summary>
    public static string SiteConfiguration(string production, IReadOnlyList<string> nodes, int port, string folder)
    {
        var servers = string.Join("\n", nodes.Select(n => $"    server {n} max_fails=1 fail_timeout=15s;"));
        var lines = production.Split('\n').Where(l => !l.TrimStart().StartsWith("server 10.", StringComparison.Ordinal)).ToList();
        var hash = lines.FindIndex(l => l.TrimStart().StartsWith("hash ", StringComparison.Ordinal));
        if (hash < 0 || !production.Contains("listen 80;", StringComparison.Ordinal))
            throw new InvalidOperationException("deploy/nginx/schoolportal.conf: не найдены upstream с hash или listen 80.");
        lines.Insert(hash + 1, servers);
        return string.Join('\n', lines)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
            .Replace("/var/cache/nginx/schoolportal", Path.Combine(folder, "cache"), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
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

    private static string ConfigurationPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "deploy", "nginx", "schoolportal.conf");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("Не найден deploy/nginx/schoolportal.conf.");
    }
}
