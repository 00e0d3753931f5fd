using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The exchange through folders: one <c>*.json</c> application per file in the inbox; read ones moved to «processed»,
/// refused ones to «rejected» with «имя.error.txt» beside them; status messages written into the outbox under a hidden
/// temporary name and then renamed, so a transport that takes *.json never sees half a file. The log names files and fields,
/// never their values: messages hold SNILS and documents.
/// </summary>
public sealed class FolderEpguEnrollmentGateway(EpguEnrollmentFolders folders, int maxFilesPerRun, TimeProvider clock,
    ILogger<FolderEpguEnrollmentGateway>? log = null) : IEpguEnrollmentGateway
{
    public const string Extension = ".json";
    public const string ErrorSuffix = ".error.txt";

    /// <summary>How many of the newest set-aside messages a support look-up reads.</summary>
    public const int MaxRejectedScanned = 5_000;

    private readonly ILogger _log = log ?? NullLogger<FolderEpguEnrollmentGateway>.Instance;

    public EpguEnrollmentFolders Folders => folders;

    public async Task<EpguInboxBatch> ReadInboxAsync(CancellationToken ct)
    {
        if (!Directory.Exists(folders.Inbox))
            return new EpguInboxBatch([], false);
        // Only the first files the folder lists are looked at, so a flooded inbox costs one bounded run, not a listing of all of it.
        var names = new List<string>();
        var more = false;
        foreach (var path in Directory.EnumerateFiles(folders.Inbox, "*" + Extension))
        {
            if (names.Count == maxFilesPerRun)
            {
                more = true;
                break;
            }
            names.Add(Path.GetFileName(path));
        }
        names.Sort(StringComparer.Ordinal);
        var items = new List<EpguInboxItem>(names.Count);
        foreach (var name in names)
        {
            ct.ThrowIfCancellationRequested();
            EpguInboxItem item;
            try
            {
                item = ReadBounded(Path.Combine(folders.Inbox, name)) is { } bytes
                    ? Read(name, bytes)
                    : new EpguInboxItem(name, null, [new("", $"Файл больше {EpguEnrollmentFormat.MaxMessageBytes / 1024} КБ: " +
                        "заявление столько не занимает, файл не прочитан.")]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone (another reader took it) or locked by the transport: next run. The transport writes under another name and renames.
                continue;
            }
            if (!item.IsReadable)
                await SetAsideAsync(name, item.Errors, ct);
            items.Add(item);
        }
        return new EpguInboxBatch(items, more);
    }

    /// <summary>
    /// One message of either kind: a camp application (service 600173) when its <c>format</c> says so, otherwise an enrollment
    /// application (whose reader also reports a file that is neither).
    /// </summary>
    public static EpguInboxItem Read(string name, byte[] bytes)
    {
        if (EpguCampReader.IsCampApplication(bytes))
        {
            var camp = EpguCampReader.Read(bytes);
            return new EpguInboxItem(name, null, camp.Errors, camp.Value);
        }
        var read = EpguEnrollmentReader.ReadApplication(bytes);
        return new EpguInboxItem(name, read.Value, read.Errors);
    }

    public void MarkProcessed(EpguInboxItem item)
    {
        Directory.CreateDirectory(folders.Processed);
        MoveOut(item.Name, folders.Processed);
    }

    public Task MarkRejectedAsync(EpguInboxItem item, IReadOnlyList<EpguMessageError> errors, CancellationToken ct) =>
        SetAsideAsync(item.Name, errors, ct);

    public async Task WriteStatusAsync(EpguStatusReport message, CancellationToken ct)
    {
        Directory.CreateDirectory(folders.Outbox);
        await WriteAtomicallyAsync(folders.Outbox, StatusFileName(message), EpguEnrollmentJson.Status(message), ct);
    }

    public Task<IReadOnlyList<EpguStatusReport>> ReadSentAsync(CancellationToken ct)
    {
        if (!Directory.Exists(folders.Outbox))
            return Task.FromResult<IReadOnlyList<EpguStatusReport>>([]);
        var sent = new List<EpguStatusReport>();
        foreach (var path in Directory.EnumerateFiles(folders.Outbox, "*" + Extension).Take(maxFilesPerRun))
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                if (ReadBounded(path) is { } bytes && EpguEnrollmentReader.ReadStatus(bytes).Value is { } message)
                    sent.Add(message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Taken by the transport meanwhile.
            }
        }
        return Task.FromResult<IReadOnlyList<EpguStatusReport>>(sent.OrderBy(m => m.ChangedAt).ThenBy(m => m.OrderId).ToList());
    }

    /// <summary>«{orderId}-{UTC time to the millisecond}-{code}.json»: the same status message written twice is one file.</summary>
    public static string StatusFileName(EpguStatusReport message) =>
        $"{message.OrderId}-{message.ChangedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{message.StatusCode}{Extension}";

    /// <summary>Writes under «.name.….tmp» and renames, so a reader that takes *.json never sees half a file.</summary>
    public static Task WriteAtomicallyAsync(string folder, string name, byte[] content, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // Synchronous like the reads: a status message is a few hundred bytes, and a run writes thousands.
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, Path.Combine(folder, name), overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        return Task.CompletedTask;
    }

    /// <summary>Newest error files first, at most <see cref="MaxRejectedScanned"/> of them looked at; each message read bounded.</summary>
    public Task<IReadOnlyList<EpguRejectedMessage>> FindRejectedAsync(long orderId, int limit, CancellationToken ct)
    {
        if (!Directory.Exists(folders.Rejected))
            return Task.FromResult<IReadOnlyList<EpguRejectedMessage>>([]);
        var number = orderId.ToString(CultureInfo.InvariantCulture);
        var found = new List<EpguRejectedMessage>();
        var errorFiles = new DirectoryInfo(folders.Rejected).EnumerateFiles("*" + ErrorSuffix)
            .OrderByDescending(f => f.LastWriteTimeUtc).Take(MaxRejectedScanned);
        foreach (var errorFile in errorFiles)
        {
            if (found.Count >= limit)
                break;
            var name = errorFile.Name[..^ErrorSuffix.Length];
            var message = Path.Combine(folders.Rejected, name);
            var carries = name.Contains(number, StringComparison.Ordinal)
                || File.Exists(message) && ReadBounded(message) is { } bytes && Encoding.UTF8.GetString(bytes).Contains(number, StringComparison.Ordinal);
            if (!carries)
                continue;
            var errors = ReadBounded(errorFile.FullName) is { } text ? Encoding.UTF8.GetString(text) : "Файл ошибок слишком велик для показа.";
            found.Add(new EpguRejectedMessage(name, new DateTimeOffset(errorFile.LastWriteTimeUtc, TimeSpan.Zero), errors));
            ct.ThrowIfCancellationRequested();
        }
        return Task.FromResult<IReadOnlyList<EpguRejectedMessage>>(found);
    }

    /// <summary>The error file's text: what was refused, when, and every error by field.</summary>
    public static string ErrorText(string name, IReadOnlyList<EpguMessageError> errors, DateTimeOffset at)
    {
        var text = new StringBuilder()
            .AppendLine($"Заявление ЕПГУ из файла {name} не принято {RegionTime.Format(at)} (время региона).")
            .AppendLine("Ошибки:");
        foreach (var error in errors)
            text.AppendLine("- " + error);
        return text.ToString();
    }

    private async Task SetAsideAsync(string name, IReadOnlyList<EpguMessageError> errors, CancellationToken ct)
    {
        Directory.CreateDirectory(folders.Rejected);
        var target = FreeName(folders.Rejected, name);
        // The error file first: a message in «rejected» always has its reason beside it.
        await WriteAtomicallyAsync(folders.Rejected, target + ErrorSuffix, Encoding.UTF8.GetBytes(ErrorText(name, errors, clock.GetUtcNow())), ct);
        if (!MoveOut(name, folders.Rejected, target))
        {
            File.Delete(Path.Combine(folders.Rejected, target + ErrorSuffix));
            return;
        }
        _log.LogWarning("ЕПГУ, заявления: файл {File} не принят и отложен в rejected; ошибки в полях: {Fields}", name,
            string.Join(", ", errors.Select(e => e.Field.Length == 0 ? "(файл)" : e.Field).Distinct()));
    }

    /// <returns>False when the file was no longer in the inbox.</returns>
    private bool MoveOut(string name, string folder, string? target = null)
    {
        try
        {
            File.Move(Path.Combine(folders.Inbox, name), Path.Combine(folder, target ?? FreeName(folder, name)));
            return true;
        }
        catch (FileNotFoundException)
        {
            // Another reader moved it first; the intake is idempotent by the order id.
            return false;
        }
    }

    /// <summary>The name itself, or with a unique suffix when a file of that name is already there (EPGU may send an order again).</summary>
    private static string FreeName(string folder, string name) => File.Exists(Path.Combine(folder, name))
        ? $"{Path.GetFileNameWithoutExtension(name)}-{Guid.NewGuid():N}{Path.GetExtension(name)}"
        : name;

    /// <returns>The file's bytes; null when it is larger than <see cref="EpguEnrollmentFormat.MaxMessageBytes"/> (then nothing is read).</returns>
    /// <remarks>Synchronous on purpose: the files are small, and asynchronous file reads cost more than they save here (10,000 per run).</remarks>
    private static byte[]? ReadBounded(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > EpguEnrollmentFormat.MaxMessageBytes)
            return null;
        // Only the length seen when opening is read, even if a writer keeps appending.
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
            read += n;
        return read == bytes.Length ? bytes : bytes[..read];
    }
}
