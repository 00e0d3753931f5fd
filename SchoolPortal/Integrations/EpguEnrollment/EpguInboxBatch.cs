namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>What one run found in the inbox: the files taken (at most the run's bound) and whether more are waiting.</summary>
public sealed record EpguInboxBatch(IReadOnlyList<EpguInboxItem> Items, bool MoreWaiting)
{
    /// <summary>The enrollment applications to store, in file-name order.</summary>
    public IEnumerable<EpguInboxItem> Readable => Items.Where(i => i.Message is not null);

    /// <summary>The camp applications (service 600173) to file, in file-name order.</summary>
    public IEnumerable<EpguInboxItem> Camps => Items.Where(i => i.Camp is not null);

    /// <summary>The files that could not be read and were set aside.</summary>
    public IEnumerable<EpguInboxItem> SetAside => Items.Where(i => !i.IsReadable);
}
