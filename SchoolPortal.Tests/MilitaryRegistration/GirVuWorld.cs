using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.MilitaryRegistration;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.MilitaryRegistration;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Integrations.GirVu;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.MilitaryRegistration;

/// <summary>
/// <see cref="TestRegion"/> with the 2026 cohort (born in 2009): in school 1 Соколов and Кузнецова (born 31.12.2009) complete,
/// Белова without SNILS; in school 2 Второв complete. Around them, pupils who must not be selected: born 01.01.2010 and
/// 31.12.2008, and a withdrawn one born in 2009. The exchange folders are a temporary folder; today is 28.11.2026.
/// </summary>
internal sealed class GirVuWorld : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"schoolportal-girvu-{Guid.NewGuid():N}");

    public GirVuWorld()
    {
        Region = TestRegion.Create(Database);
        Folders = GirVuFolders.Under(_root);
        Gateway = new FolderGirVuGateway(Folders);
        using var db = Database.System();
        var class1 = db.Classes.Single(c => c.Id == Region.Class1.Id);
        var class2 = db.Classes.Single(c => c.Id == Region.Class2.Id);
        Sokolov = Add(db, Region.School1.Id, class1, "Соколов", "Артём", new DateOnly(2009, 3, 10), 100001, "100001");
        Kuznetsova = Add(db, Region.School1.Id, class1, "Кузнецова", "Мария", new DateOnly(2009, 12, 31), 100002, "100002");
        Belova = Add(db, Region.School1.Id, class1, "Белова", "Ольга", new DateOnly(2009, 1, 1), null, "100003");
        Vtorov = Add(db, Region.School2.Id, class2, "Второв", "Илья", new DateOnly(2009, 7, 7), 100004, "100004");
        Add(db, Region.School1.Id, class1, "Младший", "Олег", new DateOnly(2010, 1, 1), 100005, "100005");
        Add(db, Region.School1.Id, class1, "Старший", "Павел", new DateOnly(2008, 12, 31), 100006, "100006");
        var gone = Add(db, Region.School1.Id, class1, "Выбывший", "Глеб", new DateOnly(2009, 5, 5), 100007, "100007");
        db.Pupils.Single(p => p.Id == gone).Withdraw(new DateOnly(2026, 10, 1), "Приказ 5");
        db.SaveChanges();
    }

    public TestDatabase Database { get; } = new();
    public TestRegion Region { get; }
    public GirVuFolders Folders { get; }
    public FolderGirVuGateway Gateway { get; }
    public ManualClock Clock { get; } = ManualClock.On(TestRegion.Today);
    public int Sokolov { get; }
    public int Kuznetsova { get; }
    public int Belova { get; }
    public int Vtorov { get; }

    public GirVuExchangeRunner Runner(IGirVuGateway? gateway = null) =>
        new(Database.Factory, gateway ?? Gateway, Clock, NullLogger<GirVuExchangeRunner>.Instance);

    public GirVuAnswers Answers() => new(Database.Factory, Gateway, Clock, NullLogger<GirVuAnswers>.Instance);

    public GirVuEmulator Emulator() => new(Folders, Clock);

    public Task<GirVuRunResult> RunAsync(GirVuScope? scope = null, IGirVuGateway? gateway = null) =>
        Runner(gateway).RunAsync(scope ?? GirVuScope.Region, AuditActor.System);

    public GirVuReportService Reports(PortalUser user, IOperationScheduler? scheduler = null) =>
        new(Database.For(user), new LongOperations(Database.For(user), Database.Factory, scheduler ?? new NoScheduler(), Clock), Answers(), Clock);

    public GirVuPackage[] Packages() =>
        Directory.Exists(Folders.Outbox)
            ? Directory.GetFiles(Folders.Outbox, "*.json").Order().Select(f => GirVuJson.ReadPackage(File.ReadAllBytes(f))).ToArray()
            : [];

    /// <summary>Writes a response into the inbox as the transport would, and returns its file name.</summary>
    public string Respond(GirVuPackage package, params GirVuResult[] results)
    {
        Directory.CreateDirectory(Folders.Inbox);
        var name = $"answer-{package.PackageId:N}.json";
        File.WriteAllBytes(Path.Combine(Folders.Inbox, name), GirVuJson.Response(new GirVuResponse(GirVuFormat.Response, GirVuFormat.Version,
            package.PackageId, Clock.GetUtcNow(), GirVuFormat.Processed, null, results)));
        return name;
    }

    /// <summary>Moves the packages out of the outbox, as the transport does once it took them.</summary>
    public void TakeOutbox()
    {
        if (Directory.Exists(Folders.Outbox))
            Directory.Delete(Folders.Outbox, recursive: true);
    }

    public async Task<List<GirVuSubmission>> SubmissionsAsync(int pupilId)
    {
        await using var db = Database.System();
        return await db.GirVuSubmissions.AsNoTracking().Where(s => s.PupilId == pupilId).OrderBy(s => s.Id).ToListAsync();
    }

    public async Task<List<GirVuExchange>> ExchangesAsync(Guid runId)
    {
        await using var db = Database.System();
        return await db.GirVuExchanges.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.SchoolId).ToListAsync();
    }

    public void ChangePupil(int pupilId, Action<Pupil> change)
    {
        using var db = Database.System();
        change(db.Pupils.Single(p => p.Id == pupilId));
        db.SaveChanges();
    }

    public void Dispose()
    {
        Database.Dispose();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    private static int Add(SchoolPortal.Data.PortalDbContext db, int schoolId, Domain.Schools.SchoolClass schoolClass, string surname, string firstName,
        DateOnly born, int? snils, string passportNumber)
    {
        var pupil = new Pupil(schoolId, PersonName.Create(surname, firstName, null, noPatronymic: true), born,
            surname.EndsWith('а') ? Gender.Female : Gender.Male, TestRegion.Today);
        pupil.ChangeDocuments(IdentityDocument.BirthCertificate("IV-ИВ", passportNumber), IdentityDocument.Passport("7523", passportNumber));
        pupil.ChangeSnils(snils is { } n ? Snils.FromNumber(n) : null);
        pupil.ChangeBirthplace("г. Челябинск");
        pupil.ChangeAddresses(Address.Parse("454000, г. Челябинск, ул. Ленина, д. 5, кв. 1"), null);
        db.Pupils.Add(pupil);
        db.SaveChanges();
        pupil.EnrollIn(schoolClass, new DateOnly(2026, 9, 1));
        db.SaveChanges();
        return pupil.Id;
    }

    public sealed class NoScheduler : IOperationScheduler
    {
        public List<Guid> Scheduled { get; } = [];

        public void Schedule(Guid operationId) => Scheduled.Add(operationId);
    }
}
