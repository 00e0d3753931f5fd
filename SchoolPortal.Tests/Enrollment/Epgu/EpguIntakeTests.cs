using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Features.Enrollment.Epgu;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment.Epgu;

/// <summary>
/// The EPGU inbox read into a real SQLite database: stored at the school named by its ИНН with the territory matched,
/// idempotent by the EPGU order id, repeats marked, bad messages set aside without stopping the others, statuses sent back.
/// </summary>
public sealed class EpguIntakeTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly EnrollmentWorld _world;
    private readonly string _root = Directory.CreateTempSubdirectory("epgu-intake-").FullName;
    private readonly EpguEnrollmentFolders _folders;
    private readonly EpguFilingPlace _place;

    public EpguIntakeTests()
    {
        _world = EnrollmentWorld.Create(_database);
        _folders = EpguEnrollmentFolders.Under(_root);
        Directory.CreateDirectory(_folders.Inbox);
        _place = new EpguFilingPlace(_world.Region.School1.Inn.Value, 2027, EnrollmentWorld.OnTerritory, "454091, г. Челябинск, ул. Кирова, д. 110, кв. 7");
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Messages_are_stored_at_their_school_with_the_territory_matched_and_received_is_sent_back()
    {
        File(EpguTestFamily.FirstStage, 101);
        File(EpguTestFamily.OutsideTerritory, 102);

        var result = await Runner().RunAsync();

        Assert.Equal((2, 0, 0, 0, 2), (result.Stored, result.Duplicates, result.AlreadyStored, result.Rejected, result.StatusesSent));
        await using var db = _database.System();
        var stored = await db.EnrollmentApplications.OrderBy(a => a.EpguOrderId).ToListAsync();
        Assert.All(stored, a => Assert.Equal((_world.Region.School1.Id, ApplicationStatus.New, ApplicationChannel.Epgu), (a.SchoolId, a.Status, a.Channel)));
        Assert.Equal([true, false], stored.Select(a => a.LivesOnTerritory));
        Assert.Contains("Ленина", stored[0].MatchedTerritoryLine);
        Assert.Empty(Directory.GetFiles(_folders.Inbox));
        var sent = await Gateway().ReadSentAsync(CancellationToken.None);
        Assert.Equal([(101L, 2), (102L, 2)], sent.Select(m => (m.OrderId, m.StatusCode)).Order());
        Assert.True(await db.EpguStatusMessages.AllAsync(m => m.SentAt != null));
    }

    [Fact]
    public async Task The_same_inbox_read_twice_adds_nothing()
    {
        var files = new[] { File(EpguTestFamily.FirstStage, 201), File(EpguTestFamily.SecondStage, 202) };
        var copies = files.Select(f => (f, System.IO.File.ReadAllBytes(f))).ToList();
        await Runner().RunAsync();
        foreach (var (path, bytes) in copies)
            await System.IO.File.WriteAllBytesAsync(path, bytes);

        var again = await Runner().RunAsync();

        Assert.Equal((0, 2, 0), (again.Stored, again.AlreadyStored, again.StatusesSent));
        await using var db = _database.System();
        Assert.Equal(2, await db.EnrollmentApplications.CountAsync());
        Assert.Equal(2, await db.EpguStatusMessages.CountAsync());
        Assert.Empty(Directory.GetFiles(_folders.Inbox));
    }

    [Fact]
    public async Task A_malformed_message_and_one_for_an_unknown_school_are_set_aside_and_the_others_are_stored()
    {
        File(EpguTestFamily.FirstStage, 301);
        File(EpguTestFamily.Malformed, 302);
        File(EpguTestFamily.SecondStage, 303, _place with { SchoolInn = "7451999995" });
        File(EpguTestFamily.TenthGrade, 304);

        var result = await Runner().RunAsync();

        Assert.Equal((2, 2), (result.Stored, result.Rejected));
        await using var db = _database.System();
        Assert.Equal([301L, 304L], await db.EnrollmentApplications.OrderBy(a => a.EpguOrderId).Select(a => a.EpguOrderId!.Value).ToListAsync());
        var errors = Directory.GetFiles(_folders.Rejected, "*.error.txt").Select(System.IO.File.ReadAllText).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("7451999995") && e.Contains("не найдена"));
    }

    [Fact]
    public async Task A_repeated_application_for_the_same_child_is_marked_as_the_duplicate_of_the_first()
    {
        File(EpguTestFamily.FirstStage, 401);
        File(EpguTestFamily.Repeated, 402);

        var result = await Runner().RunAsync();

        Assert.Equal((2, 1), (result.Stored, result.Duplicates));
        await using var db = _database.System();
        var first = await db.EnrollmentApplications.SingleAsync(a => a.EpguOrderId == 401);
        var repeat = await db.EnrollmentApplications.SingleAsync(a => a.EpguOrderId == 402);
        Assert.Equal((ApplicationStatus.New, ApplicationStatus.Refused, first.Id), (first.Status, repeat.Status, repeat.DuplicateOfId!.Value));
        var sent = await Gateway().ReadSentAsync(CancellationToken.None);
        Assert.Equal(4, sent.Single(m => m.OrderId == 402).StatusCode);
    }

    private string File(EpguTestFamily family, long orderId, EpguFilingPlace? place = null)
    {
        var message = EpguEnrollmentEmulator.Build(family, place ?? _place, orderId, EpguSamples.April1);
        var json = EpguSamples.Json(message);
        if (family == EpguTestFamily.Malformed)
            json = json.Replace("\"childSex\": \"male\",", "");
        var path = Path.Combine(_folders.Inbox, $"application-{orderId}.json");
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    private FolderEpguEnrollmentGateway Gateway() =>
        new(_folders, EpguEnrollmentOptions.DefaultMaxFilesPerRun, ManualClock.On(EnrollmentWorld.Today), NullLogger<FolderEpguEnrollmentGateway>.Instance);

    private EpguIntakeRunner Runner() =>
        new(_database.Factory, Gateway(), ManualClock.On(EnrollmentWorld.Today), NullLogger<EpguIntakeRunner>.Instance);
}
