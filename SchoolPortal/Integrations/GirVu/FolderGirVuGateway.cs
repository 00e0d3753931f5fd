using System.Globalization;

namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// Packages as JSON files in the outbox, named <c>{INN}-{packageId}.json</c>, written under a hidden temporary name and
/// then renamed, so the transport, which takes only *.json, never reads half a file. Responses are *.json files in the
/// inbox; once read they are moved to the archive (by month), unreadable ones to its «unreadable» subfolder.
/// </summary>
public sealed class FolderGirVuGateway(GirVuFolders folders) : IGirVuGateway
{
    public const string Extension = ".json";

    /// <summary>A response file larger than this is not read (an answer on a whole region is a few megabytes): it goes to «unreadable».</summary>
    public const long MaxMessageBytes = 20L * 1024 * 1024;

    public GirVuFolders Folders => folders;

    public async Task SendAsync(GirVuPackage package, CancellationToken ct)
    {
        Directory.CreateDirectory(folders.Outbox);
        await WriteAtomicallyAsync(folders.Outbox, FileName(package), GirVuJson.Package(package), ct);
    }

    public async Task<IReadOnlyList<GirVuReceived>> ReceiveAsync(CancellationToken ct)
    {
        if (!Directory.Exists(folders.Inbox))
            return [];
        var received = new List<GirVuReceived>();
        foreach (var path in Directory.EnumerateFiles(folders.Inbox, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            byte[]? bytes;
            try
            {
                bytes = await ReadBoundedAsync(path, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Taken by another reader, or still being written by a transport that does not rename: next time.
                continue;
            }
            if (bytes is null)
            {
                received.Add(new GirVuReceived(name, null,
                    $"Файл ответа больше {MaxMessageBytes / 1024 / 1024} МБ: такой ответ ГИР ВУ не присылает, файл не прочитан."));
                continue;
            }
            try
            {
                received.Add(new GirVuReceived(name, GirVuJson.ReadResponse(bytes), null));
            }
            catch (GirVuFormatException e)
            {
                received.Add(new GirVuReceived(name, null, e.Message));
            }
        }
        return received;
    }

    public void Archive(GirVuReceived received)
    {
        var source = Path.Combine(folders.Inbox, received.Name);
        if (!File.Exists(source))
            return;
        var folder = received.Problem is not null
            ? folders.Unreadable
            : Path.Combine(folders.Archive, DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, received.Name);
        if (File.Exists(target))
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(received.Name)}-{Guid.NewGuid():N}{Path.GetExtension(received.Name)}");
        try
        {
            File.Move(source, target);
        }
        catch (FileNotFoundException)
        {
            // Another reader archived it first; applying a response twice changes nothing.
        }
    }

    /// <returns>The file's bytes, at most <see cref="MaxMessageBytes"/> of them; null when the file is larger.</returns>
    private static async Task<byte[]?> ReadBoundedAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        if (stream.Length > MaxMessageBytes)
            return null;
        // Only the length seen when opening is read, even if a writer keeps appending.
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, ct);
        return bytes;
    }

    public static string FileName(GirVuPackage package) => $"{package.School.Inn}-{package.PackageId:N}{Extension}";

    /// <summary>Writes under «.name.tmp» and renames, so a reader that takes *.json never sees half a file.</summary>
    public static async Task WriteAtomicallyAsync(string folder, string name, byte[] content, CancellationToken ct)
    {
        var temporary = Path.Combine(folder, "." + name + ".tmp");
        await File.WriteAllBytesAsync(temporary, content, ct);
        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
    }
}
