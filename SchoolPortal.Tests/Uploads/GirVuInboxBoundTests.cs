using SchoolPortal.Integrations.GirVu;

namespace SchoolPortal.Tests.Uploads;

/// <summary>The ГИР ВУ inbox is an upload too: whoever can drop a file there must not make the portal read gigabytes.</summary>
public sealed class GirVuInboxBoundTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"schoolportal-inbox-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task An_oversized_answer_file_is_not_read_and_goes_to_unreadable()
    {
        var folders = GirVuFolders.Under(_root);
        Directory.CreateDirectory(folders.Inbox);
        await using (var huge = File.Create(Path.Combine(folders.Inbox, "huge.json")))
            huge.SetLength(FolderGirVuGateway.MaxMessageBytes + 1);
        var gateway = new FolderGirVuGateway(folders);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var received = Assert.Single(await gateway.ReceiveAsync(CancellationToken.None));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        gateway.Archive(received);

        Assert.Equal(("huge.json", (GirVuResponse?)null), (received.Name, received.Response));
        Assert.Contains("больше 20 МБ", received.Problem);
        Assert.InRange(allocated, 0, 5 * 1024 * 1024);
        Assert.True(File.Exists(Path.Combine(folders.Unreadable, "huge.json")));
    }
}
