using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Integrations;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;
using static SchoolPortal.Tests.Enrollment.Epgu.EpguSamples;

namespace SchoolPortal.Tests.Enrollment.Epgu;

public sealed class EpguEnrollmentEmulatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("epgu-emulator-").FullName;
    private readonly ManualClock _clock = new(April1);
    private readonly EpguEnrollmentFolders _folders;
    private readonly FolderEpguEnrollmentGateway _gateway;
    private readonly EpguEnrollmentEmulator _emulator;

    public EpguEnrollmentEmulatorTests()
    {
        _folders = EpguEnrollmentFolders.Under(_root);
        _gateway = new FolderEpguEnrollmentGateway(_folders, 100, _clock);
        _emulator = new EpguEnrollmentEmulator(_folders, _gateway, new DemoEmulators(demoEnabled: true, "Development"), _clock);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Every_family_files_an_application_the_portal_reads_and_maps_except_the_malformed_one()
    {
        var filed = new Dictionary<EpguTestFamily, EpguEmulatorFiling>();
        foreach (var family in EpguTestFamilies.All)
            filed[family] = await _emulator.FileAsync(family, Place, CancellationToken.None);

        var batch = await _gateway.ReadInboxAsync(CancellationToken.None);
        var mapped = batch.Readable.ToDictionary(i => i.Message!.OrderId,
            i => EpguApplicationMapper.Map(i.Message!, 1, "ЕПГУ-" + i.Message!.OrderId, _clock.GetUtcNow()));

        var malformed = Assert.Single(batch.SetAside);
        Assert.Equal(filed[EpguTestFamily.Malformed].FileName, malformed.Name);
        Assert.Equal(["childInfo.childBirthDate", "childInfo.childSex", "childInfo.childPhoto"], malformed.Errors.Select(e => e.Field));
        Assert.Equal(7, mapped.Count);
        Assert.All(mapped.Values, m => Assert.Empty(m.Errors));
        var first = mapped[filed[EpguTestFamily.FirstStage].OrderId].Value!;
        var repeated = mapped[filed[EpguTestFamily.Repeated].OrderId].Value!;
        Assert.True(repeated.IsSameChildAs(first));
        Assert.Equal(AdmissionRight.Sibling, mapped[filed[EpguTestFamily.Sibling].OrderId].Value!.Right);
        Assert.Equal(Outside, mapped[filed[EpguTestFamily.SecondStage].OrderId].Value!.ResidenceAddress!.Text);
        Assert.Equal(ApplicationKind.Transfer, mapped[filed[EpguTestFamily.Transfer].OrderId].Value!.Kind);
    }

    [Fact]
    public async Task The_emulator_lists_the_status_messages_sent_back_per_order_oldest_first()
    {
        var first = await _emulator.FileAsync(EpguTestFamily.FirstStage, Place, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await _emulator.FileAsync(EpguTestFamily.SecondStage, Place, CancellationToken.None);
        await _gateway.WriteStatusAsync(EpguStatusReport.For(first.OrderId, ApplicationStatus.Registered, null, null, April1.AddHours(2)), CancellationToken.None);
        await _gateway.WriteStatusAsync(EpguStatusReport.For(first.OrderId, ApplicationStatus.New, null, null, April1.AddHours(1)), CancellationToken.None);
        await _gateway.WriteStatusAsync(EpguStatusReport.For(77, ApplicationStatus.Withdrawn, null, null, April1), CancellationToken.None);

        var orders = await _emulator.StatusesAsync(CancellationToken.None);

        Assert.Equal([second.OrderId, first.OrderId, 77L], orders.Select(o => o.OrderId));
        Assert.Empty(orders[0].Messages);
        Assert.Equal([EpguStatusCodes.Received, EpguStatusCodes.Registered], orders[1].Messages.Select(m => m.StatusCode));
        Assert.Equal("Заявление зарегистрировано", EpguStatusNames.Name(orders[1].Last!.StatusCode));
        Assert.Equal((EpguTestFamily.FirstStage, "Иванов Артём Сергеевич"), (orders[1].Filing!.Family, orders[1].Filing!.ChildName));
        Assert.Null(orders[2].Filing);
    }

    [Fact]
    public async Task A_repeated_application_gets_a_new_order_id_and_file()
    {
        var first = await _emulator.FileAsync(EpguTestFamily.FirstStage, Place, CancellationToken.None);
        var repeated = await _emulator.FileAsync(EpguTestFamily.Repeated, Place, CancellationToken.None);

        Assert.NotEqual(first.OrderId, repeated.OrderId);
        Assert.Equal(first.ChildName, repeated.ChildName);
        Assert.Equal(2, Directory.GetFiles(_folders.Inbox, "*.json").Length);
    }

    [Theory]
    [InlineData(true, "Production", "EpguEnrollment:Emulator:Enabled = true недопустим в Production")]
    [InlineData(false, "Development", "EpguEnrollment:Emulator:Enabled = true недопустим при Demo:Enabled = false")]
    public void The_emulator_refuses_to_exist_outside_the_demo(bool demo, string environment, string refusal)
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            new EpguEnrollmentEmulator(_folders, _gateway, new DemoEmulators(demo, environment), _clock));

        Assert.StartsWith(refusal, refused.Message);
    }
}
