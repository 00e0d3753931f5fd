using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Uploads;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Enrollment;

/// <summary>
/// The test region for the 2027 campaign: school 1 has its new-year plan (2027/2028) with the classes 1А and 10А, a
/// territory line (г. Челябинск, ул. Ленина, все дома) and 30 grade-1 places; the clock stands on 05.07.2027, after
/// the directing day and on the last day of the order's deadline (3 working days after 30 June).
/// </summary>
public sealed class EnrollmentWorld
{
    public const string OnTerritory = "454080, г. Челябинск, ул. Ленина, д. 5, кв. 3";
    public static readonly DateOnly Today = new(2027, 7, 5);
    public static readonly AdmissionCampaign Campaign = AdmissionCampaign.Default(2027);

    public required TestDatabase Database { get; init; }
    public required TestRegion Region { get; init; }
    public required RolloverPlan Plan { get; init; }
    public required SchoolClass FirstGradeNext { get; init; }
    public required SchoolClass TenthGradeNext { get; init; }

    private static long _epgu = 9_000_000_000;
    private static int _number;

    public static EnrollmentWorld Create(TestDatabase database)
    {
        var region = TestRegion.Create(database);
        using var db = database.System();
        var school = region.School1.Id;
        var next = new AcademicYear(school, 2027);
        db.AcademicYears.Add(next);
        db.SaveChanges();
        var first = new SchoolClass(school, next.Id, new GradeLevel(1), "А");
        var tenth = new SchoolClass(school, next.Id, new GradeLevel(10), "А");
        db.Classes.AddRange(first, tenth);
        var plan = new RolloverPlan(school, region.Class1.AcademicYearId, next.Id, 2027, new DateTimeOffset(2027, 4, 1, 8, 0, 0, TimeSpan.Zero));
        db.RolloverPlans.Add(plan);
        db.TerritoryLines.Add(new TerritoryLine(school, "г. Челябинск", "ул. Ленина", HouseRange.All));
        db.SchoolPlaces.Add(new SchoolPlaces(school, 2027, 30, 25));
        db.SaveChanges();
        return new EnrollmentWorld { Database = database, Region = region, Plan = plan, FirstGradeNext = first, TenthGradeNext = tenth };
    }

    /// <summary>A grade-1 application from EPGU filed on 05.04.2027, living on the territory, moved on to <paramref name="status"/>.</summary>
    public EnrollmentApplication Application(ApplicationStatus status, string surname = "Смирнов", string firstName = "Артём",
        DateOnly? birthDate = null, string certificate = "123456", int? schoolId = null, ApplicationKind kind = ApplicationKind.FirstGrade,
        bool fromEpgu = true)
    {
        using var db = Database.System();
        var application = Build(status, surname, firstName, birthDate, certificate, schoolId ?? Region.School1.Id, kind, fromEpgu);
        db.EnrollmentApplications.Add(application);
        db.SaveChanges();
        return application;
    }

    public static EnrollmentApplication Build(ApplicationStatus status, string surname, string firstName, DateOnly? birthDate, string certificate,
        int schoolId, ApplicationKind kind = ApplicationKind.FirstGrade, bool fromEpgu = true)
    {
        var filed = new DateOnly(2027, 4, 5);
        var at = new DateTimeOffset(2027, 4, 5, 9, 0, 0, TimeSpan.Zero);
        var n = Interlocked.Increment(ref _number);
        var application = new EnrollmentApplication($"T-{n:D6}", fromEpgu ? ApplicationChannel.Epgu : ApplicationChannel.InPerson, kind, schoolId, 2027,
            filed, PersonName.Create(surname, firstName, "Игоревич"), birthDate ?? new DateOnly(2020, 10, 10), Gender.Male,
            PersonName.Create("Смирнова", "Елена", "Викторовна"), "ЕПГУ", at, fromEpgu ? Interlocked.Increment(ref _epgu) : null, fromEpgu ? at : null);
        application.ChangeChild(application.ChildName, application.ChildBirthDate, Gender.Male, null,
            kind == ApplicationKind.FirstGrade ? IdentityDocument.BirthCertificate("IV-ИВ", certificate, new DateOnly(2020, 10, 20)) : null, null,
            Address.Parse(OnTerritory), null);
        application.MatchTerritory(new AddressMatcher([new TerritoryLine(schoolId, "г. Челябинск", "ул. Ленина", HouseRange.All)]));
        const string by = "Админ школы 1 (admin1)";
        if (status == ApplicationStatus.New)
            return application;
        application.Register(by, at.AddHours(1), Campaign);
        if (status == ApplicationStatus.Registered)
            return application;
        application.TakeForReview(by, at.AddHours(2));
        if (status == ApplicationStatus.UnderReview)
            return application;
        application.Direct(by, new DateTimeOffset(2027, 7, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2027, 7, 1), Campaign);
        return application;
    }

    public Services For(PortalUser user, DateOnly? today = null)
    {
        var portalDb = Database.For(user);
        var clock = ManualClock.On(today ?? Today);
        var settings = new EnrollmentSettings(Database.Factory);
        var children = new ChildrenInRegion(Database.Factory, portalDb);
        return new Services(
            new ApplicationListService(portalDb, clock),
            new ApplicationCardService(portalDb, children, clock),
            new ApplicationStatusService(portalDb, clock),
            new PaperApplicationService(portalDb, new RepeatedApplications(Database.Factory, portalDb), clock),
            new SchoolPlacesService(portalDb),
            new TerritoryService(portalDb, new UploadParsingLimiter(new UploadOptions())),
            new CampaignSettingsService(portalDb, settings),
            new EnrollmentOrderService(portalDb, settings, clock),
            new LeaversService(portalDb, children, clock));
    }

    public sealed record Services(ApplicationListService List, ApplicationCardService Card, ApplicationStatusService Status,
        PaperApplicationService Paper, SchoolPlacesService Places, TerritoryService Territory, CampaignSettingsService Campaign,
        EnrollmentOrderService Orders, LeaversService Leavers);
}
