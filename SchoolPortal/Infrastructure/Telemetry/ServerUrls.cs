namespace SchoolPortal.Infrastructure.Telemetry;

/// <summary>
/// The URLs the portal listens on, read the way the web host reads them (<c>urls</c>, else <c>http_ports</c> and
/// <c>https_ports</c>, else Kestrel's default), and the management URL added beside them.
/// </summary>
public static class ServerUrls
{
    private const string KestrelDefault = "http://localhost:5000";

    public static IReadOnlyList<string> Portal(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
            urls = string.Join(';', Ports(configuration["http_ports"], "http").Concat(Ports(configuration["https_ports"], "https")));
        return string.IsNullOrWhiteSpace(urls) ? [KestrelDefault] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// Plain HTTP on <paramref name="port"/> and the host of the portal's first URL: a portal bound to 127.0.0.1 keeps its
    /// metrics on 127.0.0.1 too, a container's «http://+:8080» gets «http://+:9464» for Prometheus on the node's network.
    /// </summary>
    public static string Management(IReadOnlyList<string> main, int port)
    {
        var first = BindingAddress.Parse(main[0]);
        if (main.Select(BindingAddress.Parse).Any(a => a.Port == port))
            throw new InvalidOperationException($"Telemetry:MetricsPort = {port} — этот порт уже занят самим порталом ({string.Join(";", main)}): укажите отдельный порт для метрик.");
        return $"http://{first.Host}:{port}";
    }

    private static IEnumerable<string> Ports(string? ports, string scheme) =>
        (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"{scheme}://*:{p}");
}
