using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Benchmarks.Cluster;

/// <summary>
/// The nginx configuration of the benchmark's cluster: the repository's own <c>deploy/nginx/schoolportal.conf</c> (what
/// production runs), changed only where this machine differs: the upstream's servers become the local nodes (with the
/// parameters the file gives its first server), <c>listen 80;</c> a free loopback port, the static cache a temporary
/// folder. Around it a main file that keeps nginx in the foreground and every file it writes in the temporary prefix.
/// </summary>
public static partial class NginxConfig
{
    public const string RepositoryPath = "deploy/nginx/schoolportal.conf";
    private const string ProductionCacheFolder = "/var/cache/nginx/schoolportal";

    /// <summary>The site file with the nodes, the port and the cache folder of this run; fails if the file changed shape.</summary>
    public static string SiteFile(string repositoryConf, IReadOnlyList<int> nodePorts, int listenPort, string cacheFolder)
    {
        var servers = UpstreamServer().Matches(repositoryConf);
        if (servers.Count == 0)
            throw new PortfolioLoadException($"В {RepositoryPath} нет строк «server адрес:порт …;» в upstream: не на что заменить узлы.");
        if (!ListenLine().IsMatch(repositoryConf))
            throw new PortfolioLoadException($"В {RepositoryPath} нет «listen 80;»: не на что заменить порт.");
        if (!repositoryConf.Contains(ProductionCacheFolder, StringComparison.Ordinal))
            throw new PortfolioLoadException($"В {RepositoryPath} нет папки кэша {ProductionCacheFolder}.");

        var first = servers[0];
        var nodes = new StringBuilder();
        foreach (var port in nodePorts)
            nodes.Append(first.Groups["indent"].Value).Append("server 127.0.0.1:").Append(port.ToString(CultureInfo.InvariantCulture))
                .Append(first.Groups["parameters"].Value).Append(";\n");
        // The first server line becomes the nodes, the other production lines go.
        var site = new StringBuilder(repositoryConf);
        for (var i = servers.Count - 1; i >= 0; i--)
            site.Remove(servers[i].Index, servers[i].Length).Insert(servers[i].Index, i == 0 ? nodes.ToString() : "");
        var text = ListenLine().Replace(site.ToString(), m => $"{m.Groups["indent"].Value}listen 127.0.0.1:{listenPort.ToString(CultureInfo.InvariantCulture)};");
        return text.Replace(ProductionCacheFolder, cacheFolder, StringComparison.Ordinal);
    }

    /// <summary>The main file: foreground, one place for the pid, logs and temporary files, the site included in http.</summary>
    public static string MainFile(string prefix, string sitePath) => $$"""
        daemon off;
        worker_processes auto;
        pid {{prefix}}/nginx.pid;
        error_log {{prefix}}/error.log warn;

        events {
            worker_connections 4096;
        }

        http {
            access_log {{prefix}}/access.log;
            client_body_temp_path {{prefix}}/client_body_temp;
            proxy_temp_path {{prefix}}/proxy_temp;
            fastcgi_temp_path {{prefix}}/fastcgi_temp;
            uwsgi_temp_path {{prefix}}/uwsgi_temp;
            scgi_temp_path {{prefix}}/scgi_temp;
            include {{sitePath}};
        }
        """;

    // «server 10.0.0.11:8080 max_fails=1 fail_timeout=15s;» inside the upstream (the «server {» block does not match).
    [GeneratedRegex(@"^(?<indent>[ \t]*)server[ \t]+[0-9A-Za-z.\-\[\]:]+:\d+(?<parameters>[^;\n{]*);[ \t]*\r?\n", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^(?<indent>[ \t]*)listen[ \t]+80;", RegexOptions.Multiline)]
    private static partial Regex ListenLine();
}
