namespace SchoolPortal.Integrations.Esia;

/// <summary>The «Esia:Signer» settings.</summary>
public sealed class EsiaSignerOptions
{
    public EsiaSignerKind Kind { get; set; } = EsiaSignerKind.Development;

    /// <summary>Development: the RSA key file (created on first use); relative paths are under the content root.</summary>
    public string DevelopmentKeyPath { get; set; } = "App_Data/esia-development-key.pem";

    /// <summary>Command: the GOST signing program and its arguments (data on stdin, base64 signature on stdout).</summary>
    public string? Command { get; set; }

    public string Arguments { get; set; } = "";

    /// <summary>Http: the signing service's address (POST application/octet-stream, base64 signature back).</summary>
    public string? Url { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
