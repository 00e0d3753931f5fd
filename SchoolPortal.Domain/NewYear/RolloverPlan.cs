using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.NewYear;

/// <summary>
/// One school's «Формирование нового учебного года»: from which year to which (the next year is an
/// <see cref="Schools.AcademicYear"/> in status Planned with its periods, classes and holiday sets), which wizard steps the
/// administrator has confirmed, and whether the new year was opened (and when it was rolled back).
/// </summary>
public sealed class RolloverPlan : ISchoolScoped
{
    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int FromYearId { get; private set; }
    public int ToYearId { get; private set; }

    /// <summary>The first calendar year of the new academic year (2027 for 2027/2028).</summary>
    public int NewStartYear { get; private set; }

    public RolloverState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PeriodsConfirmedAt { get; private set; }
    public DateTimeOffset? ClassesConfirmedAt { get; private set; }
    public DateTimeOffset? MovementConfirmedAt { get; private set; }
    public DateTimeOffset? HolidaysConfirmedAt { get; private set; }
    public DateTimeOffset? StaffConfirmedAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public string? OpenedByLogin { get; private set; }
    public DateTimeOffset? RolledBackAt { get; private set; }

    /// <summary>The long operation of the final step, while it runs and after (its progress and result).</summary>
    public Guid? OperationId { get; private set; }

    private RolloverPlan()
    {
    }

    public RolloverPlan(int schoolId, int fromYearId, int toYearId, int newStartYear, DateTimeOffset createdAt)
    {
        SchoolId = schoolId;
        FromYearId = fromYearId;
        ToYearId = toYearId;
        NewStartYear = newStartYear;
        CreatedAt = createdAt;
        State = RolloverState.Draft;
    }

    /// <summary>Preparation starts on 1 April of the current year's second calendar year.</summary>
    public DateOnly PreparationStarts => PreparationStartsFor(NewStartYear);

    /// <summary>
    /// The briefing: forming the year that starts in September of <paramref name="newStartYear"/> opens on 1 April of that
    /// calendar year (2027/28 on 01.04.2027); before it the plan is only previewed.
    /// </summary>
    public static DateOnly PreparationStartsFor(int newStartYear) => new(newStartYear, 4, 1);

    public static bool PreparationOpen(int newStartYear, DateOnly today) => today >= PreparationStartsFor(newStartYear);

    /// <summary>«Формирование нового учебного года откроется 1 апреля 2027 г.»</summary>
    public static string PreparationClosedMessage(int newStartYear) =>
        $"Формирование нового учебного года откроется 1 апреля {newStartYear} г.";

    /// <summary>The new year must be opened no later than 6 September.</summary>
    public DateOnly Deadline => new(NewStartYear, 9, 6);

    public DateTimeOffset? ConfirmedAt(RolloverStep step) => step switch
    {
        RolloverStep.Periods => PeriodsConfirmedAt,
        RolloverStep.Classes => ClassesConfirmedAt,
        RolloverStep.Movement => MovementConfirmedAt,
        RolloverStep.Holidays => HolidaysConfirmedAt,
        RolloverStep.Staff => StaffConfirmedAt,
        RolloverStep.Open => OpenedAt,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public bool IsConfirmed(RolloverStep step) => ConfirmedAt(step) is not null;

    /// <summary>Marks a step (1–5) done; a later change of an earlier step calls <see cref="Reopen"/>.</summary>
    public void Confirm(RolloverStep step, DateTimeOffset at)
    {
        CheckDraft();
        switch (step)
        {
            case RolloverStep.Periods: PeriodsConfirmedAt = at; break;
            case RolloverStep.Classes: ClassesConfirmedAt = at; break;
            case RolloverStep.Movement: MovementConfirmedAt = at; break;
            case RolloverStep.Holidays: HolidaysConfirmedAt = at; break;
            case RolloverStep.Staff: StaffConfirmedAt = at; break;
            default: throw new DomainException("Последний шаг выполняется кнопкой «Открыть новый год».", "step");
        }
    }

    /// <summary>A step's data changed after it was confirmed: it must be confirmed again.</summary>
    public void Reopen(RolloverStep step)
    {
        CheckDraft();
        switch (step)
        {
            case RolloverStep.Periods: PeriodsConfirmedAt = null; break;
            case RolloverStep.Classes: ClassesConfirmedAt = null; break;
            case RolloverStep.Movement: MovementConfirmedAt = null; break;
            case RolloverStep.Holidays: HolidaysConfirmedAt = null; break;
            case RolloverStep.Staff: StaffConfirmedAt = null; break;
        }
    }

    public bool ReadyToOpen => State == RolloverState.Draft && PeriodsConfirmedAt is not null && ClassesConfirmedAt is not null
        && MovementConfirmedAt is not null && HolidaysConfirmedAt is not null && StaffConfirmedAt is not null;

    public void StartOpening(Guid operationId)
    {
        if (!ReadyToOpen)
            throw new DomainException("Новый год можно открыть, когда подтверждены все пять шагов.", "state");
        State = RolloverState.Opening;
        OperationId = operationId;
    }

    public void Opened(DateTimeOffset at, string login)
    {
        State = RolloverState.Opened;
        OpenedAt = at;
        OpenedByLogin = login;
    }

    /// <summary>The opening failed or was rolled back: the plan is editable again, its confirmations kept.</summary>
    public void BackToDraft(DateTimeOffset? rolledBackAt)
    {
        State = RolloverState.Draft;
        OpenedAt = null;
        OpenedByLogin = null;
        if (rolledBackAt is not null)
            RolledBackAt = rolledBackAt;
    }

    private void CheckDraft()
    {
        if (State != RolloverState.Draft)
            throw new DomainException("Новый учебный год уже открывается или открыт: шаги менять нельзя (сначала отмените открытие).", "state");
    }
}
