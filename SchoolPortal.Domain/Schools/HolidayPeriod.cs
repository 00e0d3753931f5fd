using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>
/// A named holiday set of a school's academic year («Основной», «Для 1-х классов»): the holidays it lists apply to the
/// classes assigned to it.
/// </summary>
public sealed class HolidayPeriod
{
    private readonly List<Holiday> _holidays = [];

    public int Id { get; private set; }
    public int AcademicYearId { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<Holiday> Holidays => _holidays;

    private HolidayPeriod()
    {
    }

    public HolidayPeriod(int academicYearId, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Название набора каникул обязательно.", "name");
        AcademicYearId = academicYearId;
        Name = name.Trim();
    }

    public void AddHoliday(string name, DateOnly startsOn, DateOnly endsOn)
    {
        var holiday = new Holiday(name, startsOn, endsOn);
        var overlap = _holidays.FirstOrDefault(h => h.StartsOn <= endsOn && startsOn <= h.EndsOn);
        if (overlap is not null)
            throw new DomainException($"Каникулы пересекаются с «{overlap.Name}».", "holiday");
        _holidays.Add(holiday);
    }

    /// <summary>Removes the holiday that starts on <paramref name="startsOn"/> (holidays of one set never overlap, so the date names it).</summary>
    public void RemoveHoliday(DateOnly startsOn)
    {
        var holiday = _holidays.FirstOrDefault(h => h.StartsOn == startsOn)
            ?? throw new DomainException($"Каникул с началом {startsOn:dd.MM.yyyy} в наборе «{Name}» нет.", "holiday");
        _holidays.Remove(holiday);
    }

    public bool IsHoliday(DateOnly date) => _holidays.Any(h => h.StartsOn <= date && date <= h.EndsOn);

    /// <summary>
    /// For «До каникул осталось N дней»: the days from <paramref name="today"/> to the start of the next holiday and that
    /// holiday; 0 and the current holiday when today is a holiday day; null when no holiday lies ahead.
    /// </summary>
    public (int Days, Holiday Next)? DaysUntilHolidays(DateOnly today)
    {
        var next = _holidays
            .Where(h => h.EndsOn >= today)
            .OrderBy(h => h.StartsOn)
            .FirstOrDefault();
        if (next is null)
            return null;
        return (Math.Max(0, next.StartsOn.DayNumber - today.DayNumber), next);
    }
}
