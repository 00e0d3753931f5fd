namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// The transport to ГИР ВУ. The default (<see cref="FolderGirVuGateway"/>) exchanges files through outbox and inbox folders,
/// the way the SMEV 3 adapter does; another transport is another implementation of this interface.
/// </summary>
public interface IGirVuGateway
{
    /// <summary>Hands the package over or throws; a package not handed over is marked failed and its pupils are sent again next run.</summary>
    Task SendAsync(GirVuPackage package, CancellationToken ct);

    /// <summary>The responses waiting to be read, oldest first; a file that cannot be read comes with its problem instead.</summary>
    Task<IReadOnlyList<GirVuReceived>> ReceiveAsync(CancellationToken ct);

    /// <summary>Puts a read response away (the archive), so it is not read again; an unreadable one apart, for a person to look at.</summary>
    void Archive(GirVuReceived received);
}
