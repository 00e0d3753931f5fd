namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The transport of enrollment applications from EPGU and of status messages back. The default
/// (<see cref="FolderEpguEnrollmentGateway"/>) exchanges files through folders, the way the SMEV 3 adapter does; another
/// transport is another implementation of this interface.
/// </summary>
public interface IEpguEnrollmentGateway
{
    /// <summary>
    /// The next batch of the inbox, at most <see cref="EpguEnrollmentOptions.MaxFilesPerRun"/> files. A file that cannot be read
    /// (too large, not JSON, another version, a field wrong) is set aside to the rejected folder with its error file at once and
    /// comes in the batch with its errors; it does not stop the others.
    /// </summary>
    Task<EpguInboxBatch> ReadInboxAsync(CancellationToken ct);

    /// <summary>Moves a stored message out of the inbox, so it is not read again.</summary>
    void MarkProcessed(EpguInboxItem item);

    /// <summary>Sets a read message aside that the portal cannot take (an unknown school, a refusal of the domain), with its errors.</summary>
    Task MarkRejectedAsync(EpguInboxItem item, IReadOnlyList<EpguMessageError> errors, CancellationToken ct);

    /// <summary>Hands a status message over to the transport (written whole or not at all).</summary>
    Task WriteStatusAsync(EpguStatusReport message, CancellationToken ct);

    /// <summary>The status messages handed over and not yet taken by the transport, oldest first: what the demo's EPGU emulator shows.</summary>
    Task<IReadOnlyList<EpguStatusReport>> ReadSentAsync(CancellationToken ct);

    /// <summary>
    /// The set-aside messages that carry the EPGU order number <paramref name="orderId"/> (in the file name or the text), newest
    /// first, at most <paramref name="limit"/>: for support, when a parent says «заявление не найдено».
    /// </summary>
    Task<IReadOnlyList<EpguRejectedMessage>> FindRejectedAsync(long orderId, int limit, CancellationToken ct);
}
