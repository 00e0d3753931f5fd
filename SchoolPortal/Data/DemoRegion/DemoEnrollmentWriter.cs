using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The demo region's «Е-услуги»: each school's assigned territory (its own street and two more), grade-1 and grade-10
/// places, the finished admission campaign — an application for every pupil now in grade 1 (about 84 % from EPGU, the
/// rest on paper), taken through registration, review, directing and enrolment by the school's orders, plus refused,
/// withdrawn and repeated ones — and grade-10 and transfer applications in progress now. Planted for the operators: in
/// every third district two first-stage applications per school directed before 30 June, and in some schools the
/// first-stage order issued after its deadline (flagged late). Every EPGU application has the status messages the portal
/// sent for each of its transitions. The applications, orders and messages are built in memory through the domain (every
/// transition checked, the EPGU codes and comments from <see cref="EpguStatusCodes"/>), then written as rows through the
/// region's bulk session, before its commit. Deterministic: a seeded <see cref="Random"/>.
/// </summary>
internal sealed class DemoEnrollmentWriter(BulkSession session, DemoEnrollmentTables t, DateOnly today)
{
    private const string By = "Демо: администратор школы";
    private static readonly string[] OtherStreets = ["ул. Гагарина", "ул. Мира", "пр-кт Победы", "ул. Труда", "ул. Школьная", "ул. Садовая"];
    private static readonly string[] Boys = ["Артём", "Матвей", "Тимофей", "Лев", "Марк"];
    private static readonly string[] Girls = ["София", "Ева", "Анна", "Мария", "Василиса"];

    private readonly Random _random = new(DemoRegionGenerator.Seed + 458);
    private readonly ProductionCalendar _calendar = ProductionCalendar.Russian();
    private long _orderId = 3_700_000_000;
    private int _lineId, _placesId, _applicationId, _enrollmentOrderId, _orderLineId;
    private long _changeId, _messageId;

    /// <summary>The campaign whose second stage is over on <c>today</c> (5 September passed).</summary>
    public int FinishedYear => today >= new DateOnly(today.Year, 9, 6) ? today.Year : today.Year - 1;

    public void Write()
    {
        // Two whole-table reads of what the region part has just written (its indexes are dropped until the commit).
        var (schools, children) = session.Read(db => (
            db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.MunicipalityId, s.Address }).ToList(),
            (from p in db.Pupils.AsNoTracking()
             join c in db.Classes on p.CurrentClassId equals (int?)c.Id
             where c.Grade == 1 || c.Grade == 9
             orderby p.Id
             select new { p.Id, p.SchoolId, c.Grade, ClassId = c.Id, c.Letter, p.Name, p.BirthDate, p.Gender, p.BirthCertificate, p.RegistrationAddress })
            .ToList()));
        var bySchool = children
            // A certificate planted malformed (for the quality checks) was corrected on the paper application.
            .Select(p => (p.SchoolId, p.Grade, Child: new DemoChild(p.Id, p.Name, p.BirthDate, p.Gender,
                p.BirthCertificate is { } c && IdentityDocument.Validate(DocumentKind.RfBirthCertificate, "IV-ИВ", c.Number) is null ? c.Number : $"{900000 + p.Id % 100000}",
                p.RegistrationAddress, p.ClassId, $"{p.Grade}{p.Letter}")))
            .ToLookup(p => (p.SchoolId, p.Grade), p => p.Child);
        var districts = schools.Select(s => s.MunicipalityId).Distinct().Order().ToList();
        var campaign = AdmissionCampaign.Default(FinishedYear);
        var deadline = campaign.OrderDeadline(_calendar);
        var secondStageOrders = SecondStageOrderDays(campaign);

        foreach (var school in schools)
        {
            var lines = Territory(school.Id, school.Address);
            foreach (var line in lines)
                t.TerritoryLines.Insert(++_lineId, line.SchoolId, line.Settlement, line.Street, line.SettlementKey, line.StreetKey, line.Parity,
                    line.HouseFrom, line.HouseTo);
            foreach (var year in new[] { FinishedYear, FinishedYear + 1 })
            {
                var places = new SchoolPlaces(school.Id, year, 50 + school.Id % 3 * 25, 25);
                t.SchoolPlaces.Insert(++_placesId, places.SchoolId, places.Year, places.Grade1Places, places.Grade10Places);
            }
            var matcher = new AddressMatcher(lines);
            var violating = districts.IndexOf(school.MunicipalityId) % 3 == 1;
            var firstStageOrder = IssuesLateOrder(school.Id)
                ? _calendar.AddWorkingDays(deadline, 6)
                : NextWorkingDay(campaign.DirectingAllowedFrom.AddDays(1));
            var firstGraders = bySchool[(school.Id, 1)].ToList();
            var sequence = 0;
            var directed = new List<(int Id, EnrollmentApplication Application, DemoChild Child, DateOnly OrderDay)>();
            foreach (var (pupil, index) in firstGraders.Select((p, i) => (p, i)))
            {
                var firstStage = index % 4 != 3;
                var (id, application) = New(pupil, ApplicationKind.FirstGrade, school.Id, FinishedYear, ++sequence,
                    firstStage ? new DateOnly(FinishedYear, 4, 1).AddDays(index % 80) : new DateOnly(FinishedYear, 7, 6).AddDays(index % 50),
                    firstStage ? OnTerritory(lines[0], index) : pupil.RegistrationAddress);
                application.MatchTerritory(matcher);
                var directedOn = Direct(id, application, campaign, plantedEarly: violating && index < 2);
                var orderDay = application.Stage == AdmissionStage.FirstStage
                    ? firstStageOrder
                    : secondStageOrders.FirstOrDefault(d => d > directedOn, NextWorkingDay(directedOn.AddDays(1)));
                directed.Add((id, application, pupil, orderDay));
            }
            Enroll(school.Id, campaign, deadline, directed);

            // Refused for lack of places, withdrawn by the parents, a repeated application: children who did not come.
            foreach (var (pupil, index) in firstGraders.Take(6).Select((p, i) => (p, i)))
            {
                var child = pupil with { Name = PersonName.Create(pupil.Name.Surname, index % 2 == 0 ? Boys[index % 5] : Girls[index % 5], pupil.Name.Patronymic, pupil.Name.Patronymic is null), Certificate = $"{800000 + school.Id * 100 + index}" };
                var (id, application) = New(child, ApplicationKind.FirstGrade, school.Id, FinishedYear, ++sequence, new DateOnly(FinishedYear, 7, 10).AddDays(index),
                    pupil.RegistrationAddress);
                application.MatchTerritory(matcher);
                var at = At(application.FiledOn.AddDays(1));
                Step(id, application, () => application.Register(By, at, campaign));
                if (index < 3)
                    Step(id, application, () => application.Refuse(RefusalReason.NoPlaces, By, at.AddDays(3), "Свободных мест в 1-х классах нет."));
                else
                    Step(id, application, () => application.Withdraw("Заявитель", at.AddDays(2), "Ребёнок пойдёт в другую школу."));
                WriteApplication(id, application);
            }
            // Grade 10 and transfers now: ninth graders of the school apply for its grade 10.
            foreach (var (pupil, index) in bySchool[(school.Id, 9)].Take(3).Select((p, i) => (p, i)))
            {
                var filed = today.AddDays(-3 - index * 4);
                var year = AcademicYear.StartYearOf(filed);
                var (id, application) = New(pupil, ApplicationKind.TenthGrade, school.Id, year, ++sequence, filed, pupil.RegistrationAddress);
                application.ChangeEducation(null, false, index % 2 == 0 ? "технологический" : "естественно-научный");
                if (index > 0)
                    Step(id, application, () => application.Register(By, At(filed.AddDays(1)), AdmissionCampaign.Default(year)));
                if (index > 1)
                    Step(id, application, () => application.TakeForReview(By, At(filed.AddDays(2))));
                WriteApplication(id, application);
            }
        }
    }

    /// <summary>Planted: these schools issue their first-stage orders after the deadline (3 working days after 30 June).</summary>
    public static bool IssuesLateOrder(int schoolId) => schoolId % 4 == 3;

    /// <summary>Registered, taken for review and directed; returns the day it was directed.</summary>
    private DateOnly Direct(int id, EnrollmentApplication application, AdmissionCampaign campaign, bool plantedEarly)
    {
        var filed = application.FiledOn;
        Step(id, application, () => application.Register(By, At(filed.AddDays(1)), campaign));
        Step(id, application, () => application.TakeForReview(By, At(filed.AddDays(2))));
        var first = application.Stage == AdmissionStage.FirstStage;
        // Planted: directed on 20 June, before the first stage ended (the rule the operators' violations page counts).
        var directedOn = first ? (plantedEarly ? new DateOnly(campaign.Year, 6, 20) : campaign.DirectingAllowedFrom) : filed.AddDays(5);
        Step(id, application, () => application.Direct(By, At(directedOn), plantedEarly ? campaign.DirectingAllowedFrom : directedOn, campaign));
        return directedOn;
    }

    /// <summary>
    /// The school's orders: one per class and order day (the first stage on one day, the second stage on a few), each
    /// child of the class enrolled by it, as <c>EnrollmentOrderService</c> issues them; the first stage's order carries the
    /// campaign's deadline and is flagged when dated after it.
    /// </summary>
    private void Enroll(int schoolId, AdmissionCampaign campaign, DateOnly deadline,
        List<(int Id, EnrollmentApplication Application, DemoChild Child, DateOnly OrderDay)> directed)
    {
        var number = 0;
        var orders = directed
            .GroupBy(d => (d.Application.Stage, d.OrderDay, d.Child.ClassId, d.Child.ClassName))
            .OrderBy(g => g.Key.OrderDay).ThenBy(g => g.Key.ClassName, StringComparer.Ordinal);
        foreach (var group in orders)
        {
            var (stage, day, classId, className) = group.Key;
            var order = new EnrollmentOrder(schoolId, campaign.Year, $"{++number}-у", day, classId, className, fromNewYear: true,
                stage == AdmissionStage.FirstStage ? deadline : null, By, At(day));
            foreach (var (id, application, child, _) in group)
            {
                Step(id, application, () => application.Enroll(child.Id, By, order.IssuedAt, campaign, order.EnrollmentComment));
                order.Add(id, child.Id, application.ChildName.Full);
            }
            var orderId = ++_enrollmentOrderId;
            t.Orders.Insert(orderId, order.SchoolId, order.Number, order.Date, order.Year, order.ClassId, order.ClassName, order.FromNewYear,
                order.IsLate, order.Deadline, order.IssuedAt, order.IssuedBy);
            foreach (var line in order.Lines)
                t.OrderLines.Insert(++_orderLineId, orderId, line.SchoolId, line.ApplicationId, line.PupilId, line.ChildName);
        }
        foreach (var (id, application, _, _) in directed)
            WriteApplication(id, application);
    }

    /// <summary>The second stage's orders every four working weeks from its start, the last one at the end of August.</summary>
    private List<DateOnly> SecondStageOrderDays(AdmissionCampaign campaign)
    {
        var last = new DateOnly(campaign.Year, 8, 31);
        while (!_calendar.IsWorkingDay(last))
            last = last.AddDays(-1);
        var days = new List<DateOnly>();
        for (var day = _calendar.AddWorkingDays(campaign.SecondStageStart, 20); day < last; day = _calendar.AddWorkingDays(day, 20))
            days.Add(day);
        days.Add(last);
        return days;
    }

    private DateOnly NextWorkingDay(DateOnly day)
    {
        while (!_calendar.IsWorkingDay(day))
            day = day.AddDays(1);
        return day;
    }

    /// <summary>
    /// One status change through the domain and, for an application from EPGU, the status message the portal's services
    /// write with it (<see cref="EpguStatusMessage.For"/>), handed over by the outbox a minute later.
    /// </summary>
    private void Step(int applicationId, EnrollmentApplication application, Action change)
    {
        change();
        Report(applicationId, application);
    }

    private void Report(int applicationId, EnrollmentApplication application)
    {
        var at = application.History[^1].At;
        if (EpguStatusMessage.For(application, at) is not { } message)
            return;
        message.MarkSent(at.AddMinutes(1));
        t.StatusMessages.Insert(++_messageId, message.SchoolId, applicationId, message.EpguOrderId, message.Status, message.Code, message.Comment,
            message.CreatedAt, message.SentAt);
    }

    private (int Id, EnrollmentApplication Application) New(DemoChild child, ApplicationKind kind, int schoolId, int year, int sequence, DateOnly filed, Address? residence)
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
        var id = ++_applicationId;
        // «Получено»: what the EPGU intake reports for a new application.
        Report(id, application);
        return (id, application);
    }

    /// <summary>The application's row and its history, once it has reached its last status.</summary>
    private void WriteApplication(int id, EnrollmentApplication a)
    {
        var document = a.ChildDocument;
        t.Applications.Insert(id, a.Number, a.Channel, a.EpguOrderId, a.FiledOn, a.EpguFiledAt, a.Kind, a.SchoolId, a.Year, a.TenthGradeProfile,
            a.ChildName.Surname, a.ChildName.FirstName, a.ChildName.Patronymic, a.ChildBirthDate, a.ChildGender, a.ChildSnils,
            document?.Kind, document?.Series, document?.Number, document?.IssuedOn, document?.IssuedBy,
            a.ChildBirthActNumber, a.ResidenceAddress, a.RegistrationAddress,
            a.ApplicantName.Surname, a.ApplicantName.FirstName, a.ApplicantName.Patronymic, a.ApplicantDocument, a.ApplicantPhone,
            a.ApplicantEmail, a.ApplicantRelation, a.Right, a.RightDocument, a.SiblingName, a.LivesOnTerritory, a.MatchedTerritoryLine,
            a.Language, a.NeedsAdaptedProgramme, a.FounderPermission, a.FounderPermissionDocument, a.Stage, a.DuplicateOfId, a.PupilId,
            a.Status, a.RefusalReason);
        foreach (var change in a.History)
            t.StatusChanges.Insert(++_changeId, id, change.Status, change.At, change.By, change.Comment);
    }

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
