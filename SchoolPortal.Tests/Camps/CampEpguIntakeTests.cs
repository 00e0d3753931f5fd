using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Features.Camps;
using SchoolPortal.Features.Enrollment.Epgu;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Integrations.EpguEnrollment;
using SchoolPortal.Tests.TestKit;
using static SchoolPortal.Tests.Camps.CampEpguSamples;

namespace SchoolPortal.Tests.Camps;

/// <summary>
/// Camp applications from Gosuslugi (service 600173) through the EPGU inbox into a real SQLite database: the family found in
/// the region's records, filed and allocated like a portal application, refused back when it cannot be identified, filed once
/// per order, and every status change answered to EPGU.
/// </summary>
public sealed class CampEpguIntakeTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly CampWorld _world;
    private readonly string _root = Directory.CreateTempSubdirectory("camp-epgu-").FullName;
    private readonly EpguEnrollmentFolders _folders;
    private readonly ManualClock _clock = new(CampWorld.Opening.AddMinutes(1));
    private int _snils = 300_000_001;

    public CampEpguIntakeTests()
    {
        _world = CampWorld.Create(_database);
        _folders = EpguEnrollmentFolders.Under(_root);
        Directory.CreateDirectory(_folders.Inbox);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_message_for_a_linked_child_is_filed_and_allocated_like_a_portal_application_and_the_receipt_goes_back_to_epgu()
    {
        var shift = _world.Shift(places: 1, share: 5_000m);
        var first = Documented("700101", out var firstParent);
        var second = Documented("700102", out var secondParent);
        Put(Message(4_100_000_001, [shift.Id], "700101", parentSnils: firstParent));
        Put(Message(4_100_000_002, [shift.Id], "700102", parentSnils: secondParent));

        var result = await Runner().RunAsync();

        Assert.Equal(new EpguCampIntakeResult(2, 0, 0, 0), result.Camps);
        Assert.Equal(2, result.StatusesSent);
        await using var db = _database.System();
        var filed = await db.CampApplications.OrderBy(a => a.EpguOrderId).ToListAsync();
        Assert.Equal([(first.PupilId, first.ParentId, CampApplicationStatus.Granted), (second.PupilId, second.ParentId, CampApplicationStatus.Reserve)],
            filed.Select(a => (a.PupilId, a.ParentId, a.Status)));
        Assert.All(filed, a => Assert.Equal(CampChannel.Epgu, a.Channel));
        Assert.Equal(2, await db.CampNotices.CountAsync());
        var sent = await Gateway().ReadSentAsync(CancellationToken.None);
        Assert.Equal([(4_100_000_001L, EpguStatusCodes.UnderReview), (4_100_000_002L, EpguStatusCodes.UnderReview)],
            sent.Select(m => (m.OrderId, m.StatusCode)).Order());
        var granted = sent.Single(m => m.OrderId == 4_100_000_001).Comment;
        Assert.Contains(CampNumbers.Money(5_000m), granted);
        Assert.Contains($"до {filed[0].PaymentDeadline:dd.MM.yyyy}", granted);
        Assert.Contains($"Путевка № {filed[0].VoucherNumber}", granted);
        Assert.Contains("получатель Управление образования, ИНН 7451000013, счет 40102810645370000062", granted);
        Assert.Contains("в резерве", sent.Single(m => m.OrderId == 4_100_000_002).Comment);
        Assert.True(await db.CampEpguMessages.AllAsync(m => m.SentAt != null));
        Assert.Empty(Directory.GetFiles(_folders.Inbox));
    }

    [Fact]
    public async Task The_same_order_sent_twice_and_read_again_files_one_application()
    {
        var shift = _world.Shift(places: 5);
        Documented("700101", out var parent);
        var message = Message(4_100_000_010, [shift.Id], "700101", parentSnils: parent);
        var path = Put(message);
        Put(message, "camp-copy.json");
        var bytes = await File.ReadAllBytesAsync(path);

        var first = await Runner().RunAsync();
        await File.WriteAllBytesAsync(path, bytes);
        var again = await Runner().RunAsync();

        Assert.Equal((new EpguCampIntakeResult(1, 1, 0, 0), new EpguCampIntakeResult(0, 1, 0, 0)), (first.Camps, again.Camps));
        await using var db = _database.System();
        Assert.Equal(1, await db.CampApplications.CountAsync(a => a.EpguOrderId == 4_100_000_010));
        Assert.Equal(1, await db.CampEpguMessages.CountAsync());
        Assert.Empty(Directory.GetFiles(_folders.Inbox));
        Assert.Equal(3, Directory.GetFiles(_folders.Processed).Length);
    }

    [Fact]
    public async Task A_child_not_linked_to_the_applicant_is_refused_back_to_epgu_with_the_reason_and_nothing_is_filed()
    {
        var shift = _world.Shift(places: 5);
        Documented("700101", out _);
        Documented("700102", out var strangerSnils);
        Put(Message(4_100_000_020, [shift.Id], "700101", parentSnils: strangerSnils));
        Put(Message(4_100_000_021, [shift.Id], "799999", parentSnils: strangerSnils));

        var result = await Runner().RunAsync();
        var again = await Runner().RunAsync();

        Assert.Equal(new EpguCampIntakeResult(0, 0, 2, 0), result.Camps);
        Assert.Equal(EpguCampIntakeResult.None, again.Camps);
        await using var db = _database.System();
        Assert.Equal(0, await db.CampApplications.CountAsync());
        var sent = (await Gateway().ReadSentAsync(CancellationToken.None)).OrderBy(m => m.OrderId).ToList();
        Assert.Equal([EpguStatusCodes.Refused, EpguStatusCodes.Refused], sent.Select(m => m.StatusCode));
        Assert.Equal("Отказано в приеме заявления на путевку: " + CampEpguIntake.ApplicantNotLinked, sent[0].Comment);
        Assert.Equal("Отказано в приеме заявления на путевку: " + CampEpguIntake.ChildNotFound, sent[1].Comment);
        Assert.Equal(2, Directory.GetFiles(_folders.Processed).Length);
    }

    [Fact]
    public async Task A_birth_date_that_differs_from_the_record_is_not_guessed_and_the_rules_of_filing_answer_too()
    {
        var shift = _world.Shift(places: 5, minAge: 14, maxAge: 17);
        Documented("700101", out var parent);
        Put(Message(4_100_000_030, [shift.Id], "700101", birthDate: new DateOnly(2015, 3, 15), parentSnils: parent));
        Put(Message(4_100_000_031, [shift.Id], "700101", parentSnils: parent));

        var result = await Runner().RunAsync();

        Assert.Equal(new EpguCampIntakeResult(0, 0, 2, 0), result.Camps);
        var sent = (await Gateway().ReadSentAsync(CancellationToken.None)).OrderBy(m => m.OrderId).ToList();
        Assert.EndsWith(CampEpguIntake.ChildNotFound, sent[0].Comment);
        Assert.Contains("для детей 14–17 лет", sent[1].Comment);
    }

    [Fact]
    public async Task Every_status_change_of_an_epgu_application_writes_one_outbound_message_and_a_portal_one_writes_none()
    {
        var shift = _world.Shift(places: 2, share: 7_500m);
        var intake = Intake();
        var families = Enumerable.Range(0, 4).Select(k => Documented($"70011{k}", out _)).ToList();
        var filing = _world.Filing(families[0].Parent, _clock);
        var filed = new List<CampApplication>();
        foreach (var (family, k) in families.Select((f, k) => (f, k)))
            filed.Add(await filing.FromEpguAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null), family.ParentId, 4_100_000_100 + k));
        var portal = _world.NewFamily();
        await _world.Filing(portal.Parent, _clock).ApplyAsync(new CampRequest(portal.PupilId, [shift.Id], CampPriority.General, null));
        var (paid, unpaid, rejected, withdrawn) = (filed[0].Id, filed[1].Id, filed[2].Id, filed[3].Id);

        await Change(paid, (a, now) => a.RecordPayment(7_500m, new DateOnly(2027, 4, 26), "п/п 15", now, "Оператор"));
        await Change(paid, (a, now) => a.IssueVoucher(now, "Оператор"));
        await Change(unpaid, (a, now) => a.CancelUnpaid(new DateOnly(2027, 6, 1), now));
        await Change(rejected, (a, now) => a.Reject("ребенок уже отдыхает в лагере в эти даты", now, "Оператор"));
        await Change(withdrawn, (a, now) => a.Withdraw(now, "Летова", null));
        var sent = await intake.SendStatusesAsync(CancellationToken.None);

        await using var db = _database.System();
        var applications = await db.CampApplications.Include(a => a.History).Where(a => a.Channel == CampChannel.Epgu).ToListAsync();
        var messages = await db.CampEpguMessages.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(9, sent);
        foreach (var application in applications)
            Assert.Equal(application.History.Where(h => h.Status != CampApplicationStatus.Submitted).OrderBy(h => h.At).Select(h => h.Status),
                messages.Where(m => m.ApplicationId == application.Id).Select(m => m.Status));
        Assert.Equal(
            [EpguStatusCodes.UnderReview, EpguStatusCodes.UnderReview, EpguStatusCodes.ServiceRendered],
            messages.Where(m => m.ApplicationId == paid).Select(m => m.Code));
        Assert.Equal([EpguStatusCodes.UnderReview, EpguStatusCodes.Refused], messages.Where(m => m.ApplicationId == unpaid).Select(m => m.Code));
        Assert.Contains("ребенок уже отдыхает в лагере в эти даты", messages.Last(m => m.ApplicationId == rejected).Comment);
        Assert.Equal(EpguStatusCodes.Cancelled, messages.Last(m => m.ApplicationId == withdrawn).Code);
        Assert.Contains(CampNumbers.Money(7_500m), messages.First(m => m.ApplicationId == paid).Comment);
        Assert.Equal(5, await db.CampApplications.CountAsync());
    }

    [Fact]
    public async Task An_oversized_camp_message_is_set_aside_unread_and_a_malformed_one_is_found_by_its_order_number()
    {
        var shift = _world.Shift(places: 5);
        var huge = Json(Message(4_100_000_200, [shift.Id])).Replace("\"serviceCode\"", $"\"padding\": \"{new string('x', 70_000)}\", \"serviceCode\"");
        await File.WriteAllTextAsync(Path.Combine(_folders.Inbox, "huge.json"), huge);
        await File.WriteAllTextAsync(Path.Combine(_folders.Inbox, "bad.json"),
            Json(Message(4_100_000_201, [shift.Id], childSnils: "112-233-445 00")));

        var result = await Runner().RunAsync();

        Assert.Equal(1, result.Rejected);
        Assert.Equal(new EpguCampIntakeResult(0, 0, 0, 1), result.Camps);
        Assert.Contains("Файл больше 64 КБ", await File.ReadAllTextAsync(Path.Combine(_folders.Rejected, "huge.json.error.txt")));
        var found = Assert.Single(await Gateway().FindRejectedAsync(4_100_000_201, 5, CancellationToken.None));
        Assert.Equal("bad.json", found.FileName);
        Assert.Contains("childInfo.childSnils", found.Errors);
        await using var db = _database.System();
        Assert.Equal(0, await db.CampApplications.CountAsync());
        Assert.Equal(0, await db.CampEpguMessages.CountAsync());
    }

    [Fact]
    public async Task The_demo_emulator_files_a_camp_application_for_a_family_of_the_records_and_the_intake_files_it()
    {
        var shift = _world.Shift(places: 5);
        Documented("700101", out _);
        var emulator = new EpguEnrollmentEmulator(_folders, Gateway(), new Integrations.DemoEmulators(demoEnabled: true, "Development"), _clock);
        var place = await new EpguEmulatorPlaces(_database.Factory, _clock).CampPlaceAsync();

        var orderId = await emulator.FileCampAsync(place!, CancellationToken.None);
        var result = await Runner().RunAsync();

        Assert.Equal([shift.Id], place!.Shifts);
        Assert.Equal(new EpguCampIntakeResult(1, 0, 0, 0), result.Camps);
        await using var db = _database.System();
        var filed = await db.CampApplications.SingleAsync();
        Assert.Equal((orderId, CampApplicationStatus.Granted), (filed.EpguOrderId!.Value, filed.Status));
        Assert.Equal(place.Child.ChildSurname, filed.ChildName.Surname);
    }

    [Fact]
    public async Task Another_schools_administrator_cannot_write_a_status_message_to_epgu_about_an_application_nor_a_refusal()
    {
        var shift = _world.Shift(places: 5);
        var family = Documented("700101", out _);
        var filed = await _world.Filing(family.Parent, _clock)
            .FromEpguAsync(new CampRequest(family.PupilId, [shift.Id], CampPriority.General, null), family.ParentId, 4_100_000_300);
        var now = _clock.GetUtcNow();
        var admin2 = _world.Region.Admin2;

        await using (var other = _database.Factory.CreateDbContext().UseScope(AccessScope.School(_world.Region.School2.Id), admin2.Actor))
        {
            other.CampEpguMessages.Add(CampEpguMessage.For(filed, "Место предоставлено.", null, now)!);
            await Assert.ThrowsAsync<AccessDeniedException>(() => other.SaveChangesAsync());
        }
        await using (var other = _database.Factory.CreateDbContext().UseScope(AccessScope.School(_world.Region.School2.Id), admin2.Actor))
        {
            other.CampEpguMessages.Add(CampEpguMessage.Refusal(4_100_000_301, "ребенок не найден", now));
            await Assert.ThrowsAsync<AccessDeniedException>(() => other.SaveChangesAsync());
        }
        await using var own = _database.Factory.CreateDbContext().UseScope(AccessScope.School(_world.Region.School1.Id), AuditActor.System);
        own.CampEpguMessages.Add(CampEpguMessage.For(filed, "Место предоставлено.", null, now)!);
        await own.SaveChangesAsync();
        await using var db = _database.System();
        Assert.Equal(2, await db.CampEpguMessages.CountAsync(m => m.EpguOrderId == 4_100_000_300));
        Assert.Equal(0, await db.CampEpguMessages.CountAsync(m => m.EpguOrderId == 4_100_000_301));
    }

    /// <summary>A family of <see cref="CampWorld"/> whose child has the birth certificate «IV-ИВ <paramref name="certificate"/>» and whose parent has a SNILS.</summary>
    private Family Documented(string certificate, out string parentSnils)
    {
        var family = _world.NewFamily();
        var snils = Snils.FromNumber(Interlocked.Increment(ref _snils));
        using var db = _database.System();
        db.Pupils.Single(p => p.Id == family.PupilId).ChangeDocuments(IdentityDocument.BirthCertificate(Certificate, certificate), null);
        db.Parents.Single(p => p.Id == family.ParentId).ChangeSnils(snils);
        db.SaveChanges();
        parentSnils = snils.Formatted;
        return family;
    }

    private async Task Change(int applicationId, Action<CampApplication, DateTimeOffset> change)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _world.Allocator(_clock).UnderSeasonLockAsync(CampWorld.Year, AuditActor.System, async (db, held) =>
        {
            var application = await db.CampApplications.SingleAsync(a => a.Id == applicationId);
            change(application, held.Now);
            await CampNotifications.RecordAsync(db, [application], held.Now, CancellationToken.None);
            await db.SaveChangesAsync();
            return 0;
        });
    }

    private string Put(EpguCampApplicationMessage message, string? name = null)
    {
        var path = Path.Combine(_folders.Inbox, name ?? $"camp-{message.OrderId}.json");
        File.WriteAllBytes(path, EpguEnrollmentJson.CampApplication(message));
        return path;
    }

    private FolderEpguEnrollmentGateway Gateway() => new(_folders, 100, _clock);

    private CampEpguIntake Intake() =>
        new(_database.Factory, _world.Filing(new PortalUser(0, "epgu", "ЕПГУ", Role.Parent, null, null), _clock), Gateway(), _clock);

    private EpguIntakeRunner Runner() => new(_database.Factory, Gateway(), _clock, NullLogger<EpguIntakeRunner>.Instance, Intake());
}
