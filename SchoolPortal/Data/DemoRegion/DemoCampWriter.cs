using SchoolPortal.Domain.People;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// The demo's summer camp season (Е-услуги, «Летний отдых»): 30 camps of mixed kinds across the districts, three shifts
/// each, booking open since a working day a week or two before the demo's day (<see cref="DemoCampSeason"/>), and the
/// applications of demo parents for their linked children — most filed in the opening minutes, the rest on the days after.
/// Places are given exactly as the allocator gives them: in filing order, to the first chosen shift with a free place that
/// takes the child's age (<see cref="CampQueue"/>), every step through the domain; a third of the camps' first shifts have
/// few places and fill up, so their later applicants wait in reserve. Then payments: every place past its deadline was
/// paid except one (planted: «ожидает оплаты», overdue, for the cancellation job), others paid or not yet, and some paid
/// vouchers issued. Every status change has its notice to the parent. A few hundred applications in the demo; a bigger
/// region gets more places and applications (as the square root of its pupils). Written through the region's bulk session.
/// </summary>
internal sealed class DemoCampWriter(BulkSession session, DemoCampTables t, DemoSize size, DateOnly today)
{
    public const int CampCount = 30;
    public const int ShiftsPerCamp = 3;
    public const string Operator = "Демо: оператор муниципалитета";
    private const int ApplicationsPerUnit = 280;

    private static readonly string[] Names =
    [
        "Солнечный", "Уральские зори", "Звёздный", "Берёзка", "Орлёнок", "Дружба", "Исетские зори", "Радуга", "Чайка", "Лесная сказка",
        "Спутник", "Ребячья республика", "Золотой колос", "Заря", "Восток", "Горный", "Еловый бор", "Калейдоскоп", "Романтик", "Созвездие",
        "Юность", "Искра", "Факел", "Светлячок", "Парус", "Тургояк", "Ильменский", "Салют", "Буревестник", "Огонёк",
    ];

    private static readonly string[] CountryStreets = ["ул. Лесная", "ул. Озёрная", "ул. Береговая", "ул. Сосновая", "ул. Курортная", "ул. Дачная"];

    private readonly Random _rng = new(DemoRegionGenerator.Seed + 600_173);
    private readonly ProductionCalendar _calendar = ProductionCalendar.Russian();
    private long _changeId, _noticeId;

    /// <summary>How many times the demo's booking the region's is: the square root of its pupils over the demo's.</summary>
    private int Scale => Math.Max(1, (int)Math.Round(Math.Sqrt(size.Pupils / (double)DemoSize.Demo.Pupils)));

    public static CampKind KindOf(int campIndex) => (campIndex % 5) switch
    {
        2 => CampKind.SchoolDay,
        4 => CampKind.Specialized,
        _ => CampKind.Country,
    };

    /// <summary>The first shift of every third camp has few places: it fills up and keeps a reserve list.</summary>
    public static bool IsPopular(int campIndex, int shiftNumber) => campIndex % 3 == 0 && shiftNumber == 1;

    public void Write()
    {
        var year = DemoCampSeason.Year(today);
        var opensAt = DemoCampSeason.OpensAt(today, _calendar);
        var (districts, schools, children) = Read(year);

        var season = new CampSeason(year, opensAt, DemoCampSeason.PaymentWorkingDays, CampSeason.DefaultVoucherWorkingDays);
        season.ChangePayee("Министерство образования и науки Челябинской области", "7453000017", "03224643750000006900",
            "Отделение Челябинск Банка России//УФК по Челябинской области г. Челябинск", "017501500");

        var (camps, shifts) = Camps(year, districts, schools);
        var applications = Applications(year, opensAt, children, camps, shifts);
        var titles = shifts.ToDictionary(s => s.Id, s => $"«{camps[s.CampId - 1].Camp.Name}», {s.Title}");
        var notices = new List<CampNotice>();
        Allocate(applications, shifts, titles, notices);
        Pay(applications, titles, notices);

        t.Seasons.Insert(1, season.Year, season.BookingOpensAt, season.PaymentWorkingDays, season.VoucherWorkingDays, season.PayeeName,
            season.PayeeInn, season.PayeeAccount, season.PayeeBank, season.PayeeBik, (long)applications.Count);
        foreach (var (camp, _) in camps)
            t.Camps.Insert(camp.Id, camp.Name, camp.Kind, camp.Address, camp.MunicipalityId);
        foreach (var s in shifts)
            t.Shifts.Insert(s.Id, s.CampId, s.Year, s.Name, s.StartsOn, s.EndsOn, s.Places, s.Taken, s.MinAge, s.MaxAge, s.FullPrice, s.ParentShare);
        foreach (var a in applications)
        {
            t.Applications.Insert(a.Id, a.Year, a.Channel, a.EpguOrderId, a.PupilId, a.SchoolId, a.MunicipalityId, a.ParentId,
                a.ChildName.Surname, a.ChildName.FirstName, a.ChildName.Patronymic, a.ChildBirthDate,
                a.ApplicantName.Surname, a.ApplicantName.FirstName, a.ApplicantName.Patronymic,
                a.FiledAt, a.Priority, a.PriorityDocument, a.Choice1ShiftId, a.Choice2ShiftId, a.Choice3ShiftId, a.Status, a.ShiftId, a.GrantedAt,
                a.PaymentDeadline, a.AmountDue, a.VoucherNumber, a.PaidAmount, a.PaidOn, a.PaymentReference, a.VoucherIssuedAt, a.RejectionReason);
            foreach (var change in a.History)
                t.StatusChanges.Insert(++_changeId, a.Id, change.Status, change.At, change.By, change.Comment);
        }
        foreach (var notice in notices)
            t.Notices.Insert(++_noticeId, notice.ParentId, notice.ApplicationId, notice.Status, notice.At, notice.Text, notice.ReadAt);
    }

    /// <summary>
    /// The districts, the schools, and the children who may go: at school now, with a parent linked, 7 to 15 years old at
    /// the season's start. A whole-table pass over every n-th pupil (the session's indexes are dropped).
    /// </summary>
    private (List<(int Id, DemoMunicipality Place)> Districts, List<(int Id, int DistrictId, string Address)> Schools, List<DemoCampChild> Children)
        Read(int year)
    {
        var step = Math.Max(1, size.Pupils / (ApplicationsPerUnit * Scale * 4));
        var summer = new DateOnly(year, 6, 1);
        return session.Read(db =>
        {
            var districts = db.Municipalities.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).ToList()
                .Select(m => (m.Id, RegionGeography.Municipalities.First(g => g.Name == m.Name))).ToList();
            var schools = db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.MunicipalityId, s.Address }).ToList()
                .Select(s => (s.Id, s.MunicipalityId, s.Address.Text)).ToList();
            var candidates = (from link in db.ParentLinks.AsNoTracking()
                              join pupil in db.Pupils.AsNoTracking() on link.PupilId equals pupil.Id
                              join parent in db.Parents.AsNoTracking() on link.ParentId equals parent.Id
                              join school in db.Schools.AsNoTracking() on pupil.SchoolId equals school.Id
                              where pupil.Status == PupilStatus.Enrolled && pupil.Id % step == 0
                              orderby link.Id
                              select new { pupil.Id, pupil.SchoolId, school.MunicipalityId, pupil.Name, pupil.BirthDate, ParentId = parent.Id, ParentName = parent.Name })
                .ToList();
            var children = candidates
                .GroupBy(c => c.Id).Select(g => g.First())
                .Where(c => BirthDate.AgeOn(c.BirthDate, summer) is >= 7 and <= 15)
                .OrderBy(c => c.Id)
                .Select(c => new DemoCampChild(c.Id, c.SchoolId, c.MunicipalityId, c.Name, c.BirthDate, c.ParentId, c.ParentName))
                .ToList();
            return (districts, schools, children);
        });
    }

    private (List<(Camp Camp, DemoMunicipality Place)> Camps, List<CampShift> Shifts) Camps(int year,
        List<(int Id, DemoMunicipality Place)> districts, List<(int Id, int DistrictId, string Address)> schools)
    {
        var camps = new List<(Camp, DemoMunicipality)>();
        var shifts = new List<CampShift>();
        for (var i = 0; i < CampCount; i++)
        {
            var (districtId, place) = districts[i % districts.Count];
            var kind = KindOf(i);
            var districtSchools = schools.Where(s => s.DistrictId == districtId).ToList();
            var address = kind == CampKind.SchoolDay && districtSchools.Count > 0
                ? districtSchools[i / districts.Count % districtSchools.Count].Address
                : $"{place.PostalCode + 50 + i}, {RegionGeography.Region}, {place.Settlement}, {CountryStreets[i % CountryStreets.Length]}, д. {1 + i}";
            var camp = RowIds.Give(new Camp($"Лагерь «{Names[i]}»", kind, address, districtId), i + 1);
            camps.Add((camp, place));

            var (minAge, maxAge, full, share) = kind switch
            {
                CampKind.SchoolDay => (7, 11, 9_800m, 1_960m),
                CampKind.Specialized => (11, 17, 36_000m + i * 500, 10_800m + i * 150),
                _ => (7, 15, 32_000m + i % 5 * 1_500, 6_400m + i % 5 * 300),
            };
            var start = new DateOnly(year, 6, 1);
            for (var n = 1; n <= ShiftsPerCamp; n++)
            {
                var places = IsPopular(i, n) ? 4 * Scale : (10 + _rng.Next(16)) * Scale;
                var days = kind == CampKind.SchoolDay ? 18 : 21;
                shifts.Add(RowIds.Give(new CampShift(camp.Id, $"{n} смена", start, start.AddDays(days - 1), Math.Min(places, CampShift.MaxPlaces),
                    minAge, maxAge, full, share), i * ShiftsPerCamp + n));
                start = start.AddDays(23);
            }
        }
        return (camps, shifts);
    }

    /// <summary>The families' applications in filing order (ids follow it): their shifts, category, channel and time.</summary>
    private List<CampApplication> Applications(int year, DateTimeOffset opensAt, List<DemoCampChild> children,
        List<(Camp Camp, DemoMunicipality Place)> camps, List<CampShift> shifts)
    {
        var chosen = children.OrderBy(_ => _rng.Next()).Take(ApplicationsPerUnit * Scale).ToList();
        var openingDay = DateOnly.FromDateTime(opensAt.DateTime);
        var daysOpen = today.DayNumber - openingDay.DayNumber;
        var popular = shifts.Where(s => IsPopular(s.CampId - 1, s.Id - (s.CampId - 1) * ShiftsPerCamp)).ToList();
        var drafts = new List<(DemoCampChild Child, DateTimeOffset FiledAt, List<int> Choices, CampPriority Priority, CampChannel Channel)>();
        foreach (var child in chosen)
        {
            var fits = shifts.Where(s => s.Takes(child.BirthDate)).ToList();
            var near = fits.Where(s => camps[s.CampId - 1].Camp.MunicipalityId == child.DistrictId).ToList();
            var wanted = popular.Where(s => s.Takes(child.BirthDate)).ToList();
            var roll = _rng.NextDouble();
            List<int> choices;
            if (roll < 0.3 && wanted.Count > 0)
                choices = [wanted[_rng.Next(wanted.Count)].Id];
            else
            {
                var pool = (_rng.NextDouble() < 0.8 && near.Count >= 3 ? near : fits).OrderBy(_ => _rng.Next()).ToList();
                if (roll < 0.45 && wanted.Count > 0)
                    pool.Insert(0, wanted[_rng.Next(wanted.Count)]);
                choices = pool.Select(s => s.Id).Distinct().Take(1 + _rng.Next(CampApplication.MaxChoices)).ToList();
            }
            // Most parents apply in the opening minutes; the rest on the days after, up to yesterday.
            var filedAt = _rng.NextDouble() < 0.6
                ? opensAt.AddMilliseconds(_rng.Next(600_000))
                : RegionTime.At(openingDay.AddDays(1 + _rng.Next(daysOpen - 1)), new TimeOnly(8, 0)).AddMilliseconds(_rng.Next(14 * 3_600_000));
            var category = _rng.NextDouble();
            var priority = category < 0.04 ? CampPriority.Extraordinary : category < 0.12 ? CampPriority.First : CampPriority.General;
            var way = _rng.NextDouble();
            var channel = way < 0.2 ? CampChannel.Epgu : way < 0.3 ? CampChannel.OnBehalf : CampChannel.Portal;
            drafts.Add((child, filedAt, choices, priority, channel));
        }

        var applications = new List<CampApplication>();
        var shiftDistrict = shifts.ToDictionary(s => s.Id, s => camps[s.CampId - 1].Camp.MunicipalityId);
        foreach (var (d, index) in drafts.OrderBy(d => d.FiledAt).ThenBy(d => d.Child.PupilId).Select((d, i) => (d, i)))
        {
            var id = index + 1;
            var document = d.Priority switch
            {
                CampPriority.Extraordinary => $"Справка военного комиссариата № {100 + id} от {d.FiledAt.AddDays(-20):dd.MM.yyyy}",
                CampPriority.First => $"Справка войсковой части № {2000 + id} от {d.FiledAt.AddDays(-30):dd.MM.yyyy}",
                _ => null,
            };
            var by = d.Channel switch
            {
                CampChannel.Epgu => "ЕПГУ",
                CampChannel.OnBehalf => "Демо: администратор школы",
                _ => $"{d.Child.ParentName.Full} (родитель)",
            };
            applications.Add(RowIds.Give(new CampApplication(year, d.Channel, d.Child.PupilId, d.Child.SchoolId, shiftDistrict[d.Choices[0]],
                d.Child.ParentId, d.Child.Name, d.Child.BirthDate, d.Child.ParentName, d.FiledAt, d.Priority, document, d.Choices, by,
                d.Channel == CampChannel.Epgu ? 4_200_000_000L + id : null), id));
        }
        return applications;
    }

    /// <summary>As the allocator does at each filing: the first chosen shift with a place that takes the child, or the reserve.</summary>
    private void Allocate(List<CampApplication> applications, List<CampShift> shifts, Dictionary<int, string> titles, List<CampNotice> notices)
    {
        var byId = shifts.ToDictionary(s => s.Id);
        foreach (var application in applications)
        {
            var at = application.FiledAt;
            if (CampQueue.Choose(application, byId, []) is { } shift)
            {
                shift.Hold();
                var grantedOn = DateOnly.FromDateTime(RegionTime.ToRegion(at).DateTime);
                application.Grant(shift, at, CampPaymentTerms.PaymentDeadline(grantedOn, DemoCampSeason.PaymentWorkingDays, _calendar),
                    CampApplication.System);
            }
            else
                application.Reserve(at, CampApplication.System);
            Notify(application, titles, notices);
        }
    }

    /// <summary>
    /// Payments recorded from the bank's register on the day after paying, vouchers issued the day after that: every place
    /// past its deadline was paid, but one (planted: the cancellation job's work); half of the others are paid.
    /// </summary>
    private void Pay(List<CampApplication> applications, Dictionary<int, string> titles, List<CampNotice> notices)
    {
        var yesterday = today.AddDays(-1);
        var overdue = applications.FirstOrDefault(a => a.IsOverdue(today) && a.Priority == CampPriority.General && a.Channel == CampChannel.Portal)
            ?? applications.FirstOrDefault(a => a.IsOverdue(today));
        foreach (var application in applications.Where(a => a.Status == CampApplicationStatus.Granted && a != overdue))
        {
            var grantedOn = DateOnly.FromDateTime(RegionTime.ToRegion(application.GrantedAt!.Value).DateTime);
            var last = application.PaymentDeadline!.Value < yesterday ? application.PaymentDeadline.Value : yesterday;
            var mustPay = application.IsOverdue(today);
            if (last <= grantedOn || (!mustPay && _rng.NextDouble() < 0.5))
                continue;
            var paidOn = grantedOn.AddDays(1 + _rng.Next(last.DayNumber - grantedOn.DayNumber));
            application.RecordPayment(application.AmountDue!.Value, paidOn, $"п/п № {500_000 + application.Id} от {paidOn:dd.MM.yyyy}, ПАО Сбербанк",
                RegionTime.At(paidOn, new TimeOnly(15, 0)), Operator);
            Notify(application, titles, notices);
            if (paidOn < yesterday && _rng.NextDouble() < 0.6)
            {
                application.IssueVoucher(RegionTime.At(paidOn.AddDays(1), new TimeOnly(11, 0)), Operator);
                Notify(application, titles, notices);
            }
        }
    }

    /// <summary>The notice of the status just reached; those older than three days mostly read already.</summary>
    private void Notify(CampApplication application, Dictionary<int, string> titles, List<CampNotice> notices)
    {
        var at = application.History[^1].At;
        var notice = new CampNotice(application.ParentId, application.Id, application.Status, at, CampNoticeTexts.For(application, titles));
        if (at < RegionTime.At(today.AddDays(-3), TimeOnly.MinValue) && _rng.NextDouble() < 0.7)
            notice.MarkRead(at.AddHours(20));
        notices.Add(notice);
    }
}
