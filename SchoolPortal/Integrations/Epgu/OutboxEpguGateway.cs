using System.Globalization;

namespace SchoolPortal.Integrations.Epgu;

/// <summary>
/// The default gateway, the way the SMEV 3 adapter exchanges files: each message is one JSON file in the outbox folder,
/// named <c>{pupilId}-v{version}-{messageId}.json</c>. It is written under a temporary name (<c>.tmp</c>) and then renamed,
/// so the adapter, which takes only *.json, never reads half a file.
/// </summary>
public sealed class OutboxEpguGateway(string outboxPath) : IEpguGateway
{
    public const string Extension = ".json";

    public string OutboxPath { get; } = outboxPath;

    public async Task SendAsync(EpguMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(OutboxPath);
        var name = FileName(message);
        var final = Path.Combine(OutboxPath, name);
        var temporary = Path.Combine(OutboxPath, "." + name + ".tmp");
        await File.WriteAllBytesAsync(temporary, EpguJson.Message(message), ct);
        File.Move(temporary, final, overwrite: false);
    }

    public static string FileName(EpguMessage message) =>
        string.Create(CultureInfo.InvariantCulture, $"{message.Snapshot.Child.PupilId}-v{message.Version}-{message.MessageId:N}{Extension}");
}
