using SchoolPortal.Integrations.Epgu;

namespace SchoolPortal.Tests.Epgu;

public sealed class EpguPublicationJobTests : IDisposable
{
    private readonly EpguWorld _e = new();

    public void Dispose() => _e.Dispose();

    private int Ivanov => _e.World.Ivanov.Id;
    private int Sister => _e.World.Sister.Id;

    [Fact]
    public async Task The_first_run_sends_each_ready_child_once_as_version_1()
    {
        var result = await _e.Job().RunAsync(CancellationToken.None);

        Assert.Equal((2, 2, 0, 0), (result.Checked, result.Sent, result.Unchanged, result.Failed));
        var files = _e.Files();
        Assert.Equal(2, files.Length);
        Assert.Contains(files, f => f.StartsWith($"{Ivanov}-v1-") && f.EndsWith(".json"));
        Assert.Contains(files, f => f.StartsWith($"{Sister}-v1-"));
        var publication = await _e.PublicationAsync(Ivanov);
        Assert.Equal(1, publication!.Version);
        Assert.Equal(64, publication.Hash.Length);
        Assert.Null(await _e.PublicationAsync(_e.World.Andreev.Id));
    }

    [Fact]
    public async Task A_second_run_on_the_same_data_sends_nothing()
    {
        await _e.Job().RunAsync(CancellationToken.None);
        _e.Clock.Advance(TimeSpan.FromHours(1));

        var again = await _e.Job().RunAsync(CancellationToken.None);

        Assert.Equal((2, 0, 2, 0), (again.Checked, again.Sent, again.Unchanged, again.Failed));
        Assert.Equal(2, _e.Files().Length);
    }

    [Fact]
    public async Task A_changed_mark_sends_version_2_of_that_child_only()
    {
        await _e.Job().RunAsync(CancellationToken.None);
        _e.World.ChangeCell(_e.World.Math3, _e.World.Ivanov, "5 оп");

        var result = await _e.Job().RunAsync(CancellationToken.None);

        Assert.Equal((1, 1), (result.Sent, result.Unchanged));
        var second = Assert.Single(_e.Files(), f => f.StartsWith($"{Ivanov}-v2-"));
        Assert.DoesNotContain(_e.Files(), f => f.StartsWith($"{Sister}-v2-"));
        Assert.Equal(2, (await _e.PublicationAsync(Ivanov))!.Version);
        var math = _e.Read(second).Snapshot.Portfolio.Subjects.Single(s => s.Name == "Математика");
        Assert.Equal(["3", "5"], math.Periods[1].Marks.Select(m => m.Value));
    }

    [Fact]
    public async Task A_child_the_gateway_fails_for_is_reported_and_sent_on_the_next_run()
    {
        var failing = new FailingGateway(new OutboxEpguGateway(_e.Outbox), Ivanov);

        var first = await _e.Job(failing).RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), (first.Sent, first.Unchanged));
        var failure = Assert.Single(first.Failures);
        Assert.Equal((Ivanov, "папка СМЭВ недоступна"), (failure.PupilId, failure.Reason));
        Assert.Null(await _e.PublicationAsync(Ivanov));

        var next = await _e.Job().RunAsync(CancellationToken.None);

        Assert.Equal((1, 1, 0), (next.Sent, next.Unchanged, next.Failed));
        Assert.Contains(_e.Files(), f => f.StartsWith($"{Ivanov}-v1-"));
    }

    [Fact]
    public async Task Batches_of_one_child_give_the_same_result()
    {
        var result = await _e.Job(batchSize: 1).RunAsync(CancellationToken.None);

        Assert.Equal((2, 2), (result.Checked, result.Sent));
        Assert.Equal(2, (await _e.Job(batchSize: 1).RunAsync(CancellationToken.None)).Unchanged);
    }

    private sealed class FailingGateway(IEpguGateway inner, int failFor) : IEpguGateway
    {
        public Task SendAsync(EpguMessage message, CancellationToken ct) =>
            message.Snapshot.Child.PupilId == failFor ? throw new IOException("папка СМЭВ недоступна") : inner.SendAsync(message, ct);
    }
}
