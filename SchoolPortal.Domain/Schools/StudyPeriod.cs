using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>A quarter, trimester or half of an academic year.</summary>
public sealed class StudyPeriod
{
    public int Id { get; private set; }
    public int AcademicYearId { get; private set; }
    public StudyPeriodKind Kind { get; private set; }
    public int Number { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    /// <summary>A closed period's marks are locked; only a school administrator reopens it.</summary>
    public bool IsClosed { get; private set; }

    private StudyPeriod()
    {
    }

    internal StudyPeriod(AcademicYear year, StudyPeriodKind kind, int number, DateOnly startsOn, DateOnly endsOn)
    {
        var max = MaxNumber(kind);
        if (number < 1 || number > max)
            throw new DomainException($"Номер периода: от 1 до {max}.", "number");
        if (endsOn < startsOn)
            throw new DomainException("Период не может заканчиваться раньше, чем начинается.", "endsOn");
        AcademicYearId = year.Id;
        Kind = kind;
        Number = number;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public static int MaxNumber(StudyPeriodKind kind) => kind switch
    {
        StudyPeriodKind.Quarter => 4,
        StudyPeriodKind.Trimester => 3,
        _ => 2,
    };

    public bool Contains(DateOnly date) => StartsOn <= date && date <= EndsOn;

    public void Close() => IsClosed = true;

    public void Reopen() => IsClosed = false;

    /// <summary>Refuses a change of marks in a closed period.</summary>
    public void CheckOpen()
    {
        if (IsClosed)
            throw new DomainException($"Период «{Name}» закрыт: отметки изменить нельзя. Открыть период может администратор школы.", "period");
    }

    public string Name => Kind switch
    {
        StudyPeriodKind.Quarter => $"{Number} четверть",
        StudyPeriodKind.Trimester => $"{Number} триместр",
        _ => $"{Number} полугодие",
    };
}
