namespace SchoolPortal.Integrations.GirVu;

/// <summary>The names and the version of the ГИР ВУ file formats (docs/girvu.md describes them and keeps their history).</summary>
public static class GirVuFormat
{
    public const string Version = "1.0";
    public const string Package = "girvu-package";
    public const string Response = "girvu-response";

    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    /// <summary>The response's status when every record was judged.</summary>
    public const string Processed = "processed";

    /// <summary>The response's status when the package as a whole was refused (its error says why); no record was judged.</summary>
    public const string Refused = "refused";
}
