using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The demo region's «Е-услуги»: each school's assigned territory (its own street and two more), grade-1 and grade-10
/// places, the finished admission campaign — an application for every pupil now in grade 1 (about 84 % from EPGU, the
/// rest on paper), taken through registration, review, directing and enrolment, plus refused, withdrawn and repeated
/// ones — and grade-10 and transfer applications in progress now. Planted for the operators: in every third district
/// two first-stage applications per school directed before 30 June, and the enrolment of some schools recorded after
/// the order's deadline. Written through the domain (every transition checked) after the bulk part, deterministic.
/// </summary>
internal sealed class DemoEnrollmentWriter(PortalDbContext db, DateOnly today)
{
    private const string By = "Демо: администратор школы";
    private static readonly string[] OtherStreets = ["ул. Гагарина", "ул. Мира", "пр-кт Победы", "ул. Труда", "ул. Школьная", "ул. Садовая"];
    private static readonly string[] Boys = ["Артём", "Матвей", "Тимофей", "Лев", "Марк"];
    private static readonly string[] Girls = ["София", "Ева", "Анна", "Мария", "Василиса"];

    private readonly Random _random = new(DemoRegionGenerator.Seed + 458);
    private long _orderId = 3_700_000_000;

    /// <summary>The campaign whose second stage is over on <c>today</c> (5 September passed).</summary>
    public int FinishedYear => today >= new DateOnly(today.Year, 9, 6) ? today.Year : today.Year - 1;

    public IReadOnlyDictionary<string, int> Write()
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var schools = db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.MunicipalityId, s.Address }).ToList();
        var districts = schools.Select(s => s.MunicipalityId).Distinct().Order().ToList();
        var lines = new Dictionary<int, List<TerritoryLine>>();
        foreach (var school in schools)
        {
            lines[school.Id] = Territory(school.Id, school.Address);
            db.TerritoryLines.AddRange(lines[school.Id]);
            foreach (var year in new[] { FinishedYear, FinishedYear + 1 })
                db.SchoolPlaces.Add(new SchoolPlaces(school.Id, year, 50 + school.Id % 3 * 25, 25));
        }
        db.SaveChanges();

        var campaign = AdmissionCampaign.Default(FinishedYear);
        foreach (var school in schools)
        {
            var violating = districts.IndexOf(school.MunicipalityId) % 3 == 1;
            var late = school.Id % 4 == 3;
            var firstGraders = Grade(school.Id, 1);
            var sequence = 0;
            foreach (var (pupil, index) in firstGraders.Select((p, i) => (p, i)))
            {
                var firstStage = index % 4 != 3;
                var application = New(pupil, ApplicationKind.FirstGrade, school.Id, FinishedYear, ++sequence,
                    firstStage ? new DateOnly(FinishedYear, 4, 1).AddDays(index % 80) : new DateOnly(FinishedYear, 7, 6).AddDays(index % 50),
                    firstStage ? OnTerritory(lines[school.Id][0], index) : pupil.RegistrationAddress);
                application.MatchTerritory(new AddressMatcher(lines[school.Id]));
                Take(application, campaign, plantedEarly: violating && index < 2, lateOrder: late, pupil.Id);
            }
            // Refused for lack of places, withdrawn by the parents, a repeated application: children who did not come.
            foreach (var (pupil, index) in firstGraders.Take(6).Select((p, i) => (p, i)))
            {
                var child = pupil with { Name = PersonName.Create(pupil.Name.Surname, index % 2 == 0 ? Boys[index % 5] : Girls[index % 5], pupil.Name.Patronymic, pupil.Name.Patronymic is null), Certificate = $"{800000 + school.Id * 100 + index}" };
                var application = New(child, ApplicationKind.FirstGrade, school.Id, FinishedYear, ++sequence, new DateOnly(FinishedYear, 7, 10).AddDays(index),
                    pupil.RegistrationAddress);
                application.MatchTerritory(new AddressMatcher(lines[school.Id]));
                var at = At(application.FiledOn.AddDays(1));
                application.Register(By, at, campaign);
                if (index < 3)
                    application.Refuse(RefusalReason.NoPlaces, By, at.AddDays(3), "Свободных мест в 1-х классах нет.");
                else
                    application.Withdraw("Заявитель", at.AddDays(2), "Ребёнок пойдёт в другую школу.");
                db.EnrollmentApplications.Add(application);
            }
            // Grade 10 and transfers now: ninth graders of the school apply for its grade 10.
            foreach (var (pupil, index) in Grade(school.Id, 9).Take(3).Select((p, i) => (p, i)))
            {
                var filed = today.AddDays(-3 - index * 4);
                var year = AcademicYear.StartYearOf(filed);
                var application = New(pupil, ApplicationKind.TenthGrade, school.Id, year, ++sequence, filed, pupil.RegistrationAddress);
                application.ChangeEducation(null, false, index % 2 == 0 ? "технологический" : "естественно-научный");
                if (index > 0)
                    application.Register(By, At(filed.AddDays(1)), AdmissionCampaign.Default(year));
                if (index > 1)
                    application.TakeForReview(By, At(filed.AddDays(2)));
                db.EnrollmentApplications.Add(application);
            }
        }
        db.SaveChanges();
        return new Dictionary<string, int>
        {
            ["TerritoryLines"] = db.TerritoryLines.Count(),
            ["SchoolPlaces"] = db.SchoolPlaces.Count(),
            ["EnrollmentApplications"] = db.EnrollmentApplications.Count(),
        };
    }

    private void Take(EnrollmentApplication application, AdmissionCampaign campaign, bool plantedEarly, bool lateOrder, int pupilId)
    {
        var filed = application.FiledOn;
        application.Register(By, At(filed.AddDays(1)), campaign);
        application.TakeForReview(By, At(filed.AddDays(2)));
        var first = application.Stage == AdmissionStage.FirstStage;
        // Planted: directed on 20 June, before the first stage ended (the rule the operators' violations page counts).
        var directedOn = first ? (plantedEarly ? new DateOnly(campaign.Year, 6, 20) : campaign.DirectingAllowedFrom) : filed.AddDays(5);
        application.Direct(By, At(directedOn), plantedEarly ? campaign.DirectingAllowedFrom : directedOn, campaign);
        var enrolledOn = first ? (lateOrder ? campaign.DirectingAllowedFrom.AddDays(12) : campaign.DirectingAllowedFrom.AddDays(1)) : directedOn.AddDays(2);
        application.Enroll(pupilId, By, At(enrolledOn), campaign, "Распорядительный акт о приеме");
        db.EnrollmentApplications.Add(application);
    }

    private EnrollmentApplication New(DemoChild child, ApplicationKind kind, int schoolId, int year, int sequence, DateOnly filed, Address? residence)
    {
        var epgu = _random.NextDouble() < 0.84;
        var at = At(filed);
        var application = new EnrollmentApplication(ApplicationNumber.Format(year, schoolId, sequence), epgu ? ApplicationChannel.Epgu : Paper(sequence), kind, schoolId, year,
            filed, child.Name, child.BirthDate, child.Gender, PersonName.Create(child.Name.Surname, "Ольга", "Викторовна"), By, at,
            epgu ? ++_orderId : null, epgu ? at : null);
        application.ChangeChild(child.Name, child.BirthDate, child.Gender, null, IdentityDocument.BirthCertificate("IV-ИВ", child.Certificate, child.BirthDate.AddDays(20)),
            null, residence, child.RegistrationAddress);
        application.ChangeApplicant(application.ApplicantName, null, null, null, "мать");
        if (kind == ApplicationKind.FirstGrade && AdmissionAge.FounderPermissionReason(child.BirthDate, year) is not null)
            application.ChangeFounderPermission(true, $"Разрешение управления образования № {100 + sequence} от {filed.AddDays(-10):dd.MM.yyyy}");
        return application;
    }

    private List<DemoChild> Grade(int schoolId, int grade) =>
        db.Pupils.AsNoTracking()
            .Where(p => p.SchoolId == schoolId && db.Classes.Any(c => c.Id == p.CurrentClassId && c.Grade == grade))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.BirthDate, p.Gender, p.BirthCertificate, p.RegistrationAddress })
            .AsEnumerable()
            // A certificate planted malformed (for the quality checks) was corrected on the paper application.
            .Select(p => new DemoChild(p.Id, p.Name, p.BirthDate, p.Gender,
                p.BirthCertificate is { } c && IdentityDocument.Validate(DocumentKind.RfBirthCertificate, "IV-ИВ", c.Number) is null ? c.Number : $"{900000 + p.Id % 100000}",
                p.RegistrationAddress))
            .ToList();

    /// <summary>The school's own street (all houses), one more with its even houses 2–40 and one with its odd houses 1–59.</summary>
    private static List<TerritoryLine> Territory(int schoolId, Address address)
    {
        var settlement = SettlementOf(address.Text);
        var own = StreetOf(address.Text) ?? OtherStreets[schoolId % OtherStreets.Length];
        var even = OtherStreets[(schoolId + 1) % OtherStreets.Length];
        var odd = OtherStreets[(schoolId + 2) % OtherStreets.Length];
        return
        [
            new TerritoryLine(schoolId, settlement, own, HouseRange.All),
            new TerritoryLine(schoolId, settlement, even == own ? "ул. Лесная" : even, HouseRange.Create(HouseParity.Even, 2, 40)),
            new TerritoryLine(schoolId, settlement, odd == own ? "ул. Полевая" : odd, HouseRange.Create(HouseParity.Odd, 1, 59)),
        ];
    }

    private static Address OnTerritory(TerritoryLine line, int index) =>
        Address.Parse($"454000, {line.Settlement}, {line.Street}, д. {1 + index % 30}, кв. {1 + index}");

    private static string SettlementOf(string address) =>
        address.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("г. ") || p.StartsWith("с. ") || p.StartsWith("пос. ")) ?? "г. Челябинск";

    private static string? StreetOf(string address) =>
        address.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("ул. ") || p.StartsWith("пр-кт ") || p.StartsWith("пер. "));

    private static ApplicationChannel Paper(int sequence) => (sequence % 3) switch
    {
        0 => ApplicationChannel.InPerson,
        1 => ApplicationChannel.Post,
        _ => ApplicationChannel.Email,
    };

    /// <summary>10:00 in the region on <paramref name="day"/>.</summary>
    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(5));
}
