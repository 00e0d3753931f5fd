namespace SchoolPortal.Domain.Esia;

/// <summary>
/// What ESIA last returned about a person (the REST answers for the person, their documents and their kids, as received),
/// kept under the oid: the linking pages read it while the person links their account, and the readiness check compares
/// the school records with it.
/// </summary>
public sealed class EsiaProfile
{
    public const int MaxFailedLinkAttempts = 5;

    public string Oid { get; private set; } = "";
    public string PersonJson { get; private set; } = "";
    public string DocsJson { get; private set; } = "";
    public string KidsJson { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>Wrong passwords or codes typed on the linking page since the last ESIA sign-in.</summary>
    public int FailedLinkAttempts { get; private set; }

    private EsiaProfile()
    {
    }

    public EsiaProfile(string oid, string personJson, string docsJson, string kidsJson, DateTimeOffset receivedAt)
    {
        Oid = oid;
        Update(personJson, docsJson, kidsJson, receivedAt);
    }

    public void Update(string personJson, string docsJson, string kidsJson, DateTimeOffset receivedAt)
    {
        PersonJson = personJson;
        DocsJson = docsJson;
        KidsJson = kidsJson;
        ReceivedAt = receivedAt;
        FailedLinkAttempts = 0;
    }

    public bool LinkAttemptsExhausted => FailedLinkAttempts >= MaxFailedLinkAttempts;

    public void RecordFailedLinkAttempt() => FailedLinkAttempts++;
}
