
namespace SchoolPortal.Domain.Epgu;

/// <summary>
/// The last portfolio snapshot of a child handed to EPGU: its content hash and message version. A snapshot whose hash is
/// unchanged is not sent again.
/// </summary>
public sealed class EpguPublication
{
    public int PupilId { get; private set; }
    public string Hash { get; private set; } = "";
    public int Version { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }

    private EpguPublication()
    {
    }

    public EpguPublication(int pupilId, string hash, DateTimeOffset publishedAt)
    {
        PupilId = pupilId;
        Hash = hash;
        Version = 1;
        PublishedAt = publishedAt;
    }

    /// <summary>Records a changed snapshot as sent; false (and nothing changes) when the hash is the one already sent.</summary>
    public bool Republish(string hash, DateTimeOffset publishedAt)
    {
        if (hash == Hash)
            return false;
        Hash = hash;
        Version++;
        PublishedAt = publishedAt;
        return true;
    }
}
