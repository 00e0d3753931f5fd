using SchoolPortal.Benchmarks.Cluster;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Cluster;

/// <summary>
/// A cluster test: Redis, two portal nodes and nginx on this machine, driven by Chromium. Skipped with a message when
/// redis-server, nginx or Chromium is missing, except under CI=true, where it must run (.ci/run installs them).
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var missing = new[] { TestKit.RedisServer.Executable, NginxProxy.Executable, BrowserFactAttribute.ChromiumPath }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0 && !ci)
            Skip = $"Не найдено: {string.Join(", ", missing)} — тест кластера пропущен. Установите: apt-get install -y redis-server nginx chromium (или запустите .ci/run).";
    }
}
