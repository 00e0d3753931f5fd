namespace SchoolPortal.Infrastructure.Security;

/// <summary>
/// The reverse proxies (nginx) whose X-Forwarded-For / X-Forwarded-Proto the portal believes (section
/// <c>ForwardedHeaders</c>). Loopback is always believed (nginx on the same host); anyone else's headers are ignored, so a
/// client cannot claim HTTPS or another address.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
