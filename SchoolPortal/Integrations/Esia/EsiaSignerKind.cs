namespace SchoolPortal.Integrations.Esia;

/// <summary>How the portal signs its ESIA requests: see <see cref="IEsiaSigner"/>.</summary>
public enum EsiaSignerKind
{
    Development = 0,
    Command = 1,
    Http = 2,
}
