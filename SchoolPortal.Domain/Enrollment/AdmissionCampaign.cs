using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The admission campaign of one academic year (<see cref="Year"/> 2027 = the campaign for 2027/2028): the dates and
/// deadlines of Order 458 (Приказ Минпросвещения России от 02.09.2020 № 458, Порядок приема) as settings the region
/// operator may change, with the order's dates as defaults.
/// </summary>
public sealed class AdmissionCampaign : IAudited
{
    public const int DefaultOrderWorkingDays = 3;

    public int Id { get; private set; }
    public int Year { get; private set; }
    public DateOnly FirstStageStart { get; private set; }
    public DateOnly FirstStageEnd { get; private set; }
    public DateOnly SecondStageStart { get; private set; }
    public DateOnly SecondStageEnd { get; private set; }

    /// <summary>The enrolment order for first-stage applications is issued within this many working days after the first stage ends.</summary>
    public int OrderWorkingDays { get; private set; }

    /// <summary>The first day a first-stage application may move to «Направлен в ООО» (the briefing: not before 30 June ends).</summary>
    public DateOnly DirectingAllowedFrom { get; private set; }

    private AdmissionCampaign()
    {
    }

    private AdmissionCampaign(int year)
    {
        if (year is < 2000 or > 2100)
            throw new DomainException($"Год кампании {year} вне допустимого диапазона.", "year");
        Year = year;
    }

    /// <summary>
    /// Order 458, point 17: first stage 1 April – 30 June, second stage 6 July – 5 September, the order within 3 working
    /// days after 30 June; directing of first-stage applications from 1 July.
    /// </summary>
    public static AdmissionCampaign Default(int year)
    {
        var campaign = new AdmissionCampaign(year);
        campaign.ChangeStages(new DateOnly(year, 4, 1), new DateOnly(year, 6, 30), new DateOnly(year, 7, 6), new DateOnly(year, 9, 5));
        campaign.ChangeOrderWorkingDays(DefaultOrderWorkingDays);
        campaign.ChangeDirectingAllowedFrom(new DateOnly(year, 7, 1));
        return campaign;
    }

    public string AcademicYear => $"{Year}/{Year + 1}";

    /// <summary>Both stages at once, since each bound is checked against the others.</summary>
    public void ChangeStages(DateOnly firstStart, DateOnly firstEnd, DateOnly secondStart, DateOnly secondEnd)
    {
        if (firstStart.Year != Year)
            throw new DomainException($"Начало первого этапа должно быть в {Year} году.", "firstStageStart");
        if (firstEnd < firstStart)
            throw new DomainException("Окончание первого этапа раньше его начала.", "firstStageEnd");
        if (secondStart <= firstEnd)
            throw new DomainException("Второй этап должен начинаться после окончания первого.", "secondStageStart");
        if (secondEnd < secondStart)
            throw new DomainException("Окончание второго этапа раньше его начала.", "secondStageEnd");
        if (secondEnd > new DateOnly(Year, 9, 30))
            throw new DomainException($"Второй этап не может заканчиваться позже сентября {Year} года.", "secondStageEnd");
        if (DirectingAllowedFrom != default && DirectingAllowedFrom <= firstEnd)
            throw new DomainException(
                $"Направление заявлений первого этапа разрешено с {DirectingAllowedFrom:dd.MM.yyyy}: первый этап должен закончиться раньше.",
                "firstStageEnd");
        if (DirectingAllowedFrom > secondEnd)
            throw new DomainException(
                $"Направление заявлений первого этапа разрешено с {DirectingAllowedFrom:dd.MM.yyyy}: второй этап не может закончиться раньше.",
                "secondStageEnd");
        FirstStageStart = firstStart;
        FirstStageEnd = firstEnd;
        SecondStageStart = secondStart;
        SecondStageEnd = secondEnd;
    }

    public void ChangeOrderWorkingDays(int days)
    {
        if (days is < 1 or > 30)
            throw new DomainException("Срок издания распорядительного акта: от 1 до 30 рабочих дней.", "orderWorkingDays");
        OrderWorkingDays = days;
    }

    public void ChangeDirectingAllowedFrom(DateOnly date)
    {
        if (date <= FirstStageEnd)
            throw new DomainException(
                $"Заявления первого этапа нельзя направлять в ООО до окончания первого этапа ({FirstStageEnd:dd.MM.yyyy}): укажите дату позже.",
                "directingAllowedFrom");
        if (date > SecondStageEnd)
            throw new DomainException("Дата начала направления не может быть позже окончания второго этапа.", "directingAllowedFrom");
        DirectingAllowedFrom = date;
    }

    /// <summary>Grade 10 and transfers are accepted all year; grade 1 by the stages.</summary>
    public StageDecision StageFor(ApplicationKind kind, DateOnly filedOn, bool firstStageEligible) =>
        kind == ApplicationKind.FirstGrade ? FirstGradeStage(filedOn, firstStageEligible) : StageDecision.Accepted(AdmissionStage.AllYear);

    /// <summary>The stage of a grade-1 application filed on <paramref name="filedOn"/> (Order 458, point 17).</summary>
    public StageDecision FirstGradeStage(DateOnly filedOn, bool firstStageEligible)
    {
        if (filedOn < FirstStageStart)
            return StageDecision.Refused(
                $"Приём заявлений в 1 класс на {AcademicYear} учебный год начинается {FirstStageStart:dd.MM.yyyy}.");
        if (filedOn <= FirstStageEnd)
            return firstStageEligible
                ? StageDecision.Accepted(AdmissionStage.FirstStage)
                : StageDecision.Refused(
                    $"Дети, не проживающие на закрепленной территории и без права на первоочередной прием, подают заявления с {DayAndMonth(SecondStageStart)}.");
        if (filedOn < SecondStageStart)
            return StageDecision.Refused(
                $"С {FirstStageEnd.AddDays(1):dd.MM.yyyy} по {SecondStageStart.AddDays(-1):dd.MM.yyyy} заявления в 1 класс не принимаются: " +
                $"первый этап завершён {FirstStageEnd:dd.MM.yyyy}, второй начинается {SecondStageStart:dd.MM.yyyy}.");
        if (filedOn <= SecondStageEnd)
            return StageDecision.Accepted(AdmissionStage.SecondStage);
        return StageDecision.Refused(
            $"Приём заявлений в 1 класс на {AcademicYear} учебный год завершён {SecondStageEnd:dd.MM.yyyy}.");
    }

    /// <summary>The last day for the enrolment order of first-stage applications: N working days after the first stage ends.</summary>
    public DateOnly OrderDeadline(ProductionCalendar calendar) => calendar.AddWorkingDays(FirstStageEnd, OrderWorkingDays);

    /// <summary>An order dated after the deadline is allowed but flagged as a violation.</summary>
    public bool IsOrderLate(DateOnly orderDate, ProductionCalendar calendar) => orderDate > OrderDeadline(calendar);

    /// <summary>Whether a first-stage application may move to «Направлен в ООО» on <paramref name="today"/>.</summary>
    public bool MayDirectFirstStage(DateOnly today) => today >= DirectingAllowedFrom;

    private static readonly string[] MonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>«6 июля», the way the order and the parents write it (independent of the thread's culture).</summary>
    public static string DayAndMonth(DateOnly date) => $"{date.Day} {MonthsGenitive[date.Month - 1]}";
}
