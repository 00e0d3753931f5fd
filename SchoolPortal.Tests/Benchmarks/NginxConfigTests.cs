using SchoolPortal.Benchmarks.Cluster;
using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Tests.Benchmarks;

/// <summary>The cluster benchmark runs the repository's own nginx file with only this machine's addresses changed.</summary>
public class NginxConfigTests
{
    private static string RepositoryConf()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var conf = Path.Combine(dir.FullName, NginxConfig.RepositoryPath);
            if (File.Exists(conf))
                return File.ReadAllText(conf);
        }
        throw new FileNotFoundException(NginxConfig.RepositoryPath);
    }

    [Fact]
    public void Site_sends_the_upstream_to_the_local_nodes_with_the_production_server_parameters()
    {
        var site = NginxConfig.SiteFile(RepositoryConf(), [41001, 41002], 42000, "/tmp/bench/cache");

        Assert.DoesNotContain("10.0.0.", site);
        Assert.Contains("server 127.0.0.1:41001 max_fails=1 fail_timeout=15s;", site);
        Assert.Contains("server 127.0.0.1:41002 max_fails=1 fail_timeout=15s;", site);
        Assert.Equal(2, site.Split('\n').Count(l => l.TrimStart().StartsWith("server 127.0.0.1:", StringComparison.Ordinal)));
        // The sticky hash, the WebSocket location and the server block stay as production has them.
        Assert.Contains("hash $sp_route consistent;", site);
        Assert.Contains("location /_blazor", site);
        Assert.Contains("server {", site);
    }

    [Fact]
    public void Site_listens_on_the_loopback_port_and_caches_in_the_temporary_folder()
    {
        var site = NginxConfig.SiteFile(RepositoryConf(), [41001, 41002], 42000, "/tmp/bench/cache");

        Assert.Contains("listen 127.0.0.1:42000;", site);
        Assert.DoesNotContain("listen 80;", site);
        Assert.DoesNotContain("/var/cache/nginx", site);
        Assert.Contains("proxy_cache_path /tmp/bench/cache ", site);
    }

    [Fact]
    public void Site_refuses_a_file_whose_upstream_lists_no_servers()
    {
        var withoutServers = string.Join('\n', RepositoryConf().Split('\n').Where(l => !l.Contains("10.0.0.", StringComparison.Ordinal)));

        var error = Assert.Throws<PortfolioLoadException>(() => NginxConfig.SiteFile(withoutServers, [41001], 42000, "/tmp/c"));
        Assert.Contains("upstream", error.Message);
    }

    [Fact]
    public void Main_file_keeps_nginx_in_the_foreground_and_every_written_file_in_the_prefix()
    {
        var main = NginxConfig.MainFile("/tmp/bench/nginx", "/tmp/bench/nginx/schoolportal.conf");

        Assert.Contains("daemon off;", main);
        Assert.Contains("include /tmp/bench/nginx/schoolportal.conf;", main);
        foreach (var directive in new[] { "pid", "error_log", "access_log", "client_body_temp_path", "proxy_temp_path", "fastcgi_temp_path", "uwsgi_temp_path", "scgi_temp_path" })
            Assert.Contains($"{directive} /tmp/bench/nginx/", main);
    }
}
