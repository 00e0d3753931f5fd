namespace SchoolPortal.Domain.Common;

/// <summary>
/// A secret the portal made for itself (for example the signing key of exported record keys), kept in the database so that
/// every node uses the same one. Written once by whichever node needs it first; never changed afterwards.
/// </summary>
public sealed class PortalSecret
{
    public string Name { get; private set; } = "";
    public byte[] Value { get; private set; } = [];

    private PortalSecret()
    {
    }

    public PortalSecret(string name, byte[] value)
    {
        Name = name;
        Value = value;
    }
}
