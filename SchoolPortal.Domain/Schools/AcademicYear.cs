using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>An academic year of one school, «2025/2026», from 1 September to 31 August by default.</summary>
public sealed class AcademicYear
{
    private readonly List<StudyPeriod> _periods = [];

    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int StartYear { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public AcademicYearStatus Status { get; private set; }
    public IReadOnlyList<StudyPeriod> Periods => _periods;

    private AcademicYear()
    {
    }

    public AcademicYear(int schoolId, int startYear, AcademicYearStatus status = AcademicYearStatus.Planned)
    {
        if (startYear is < 2000 or > 2100)
            throw new DomainException("Год начала учебного года должен быть между 2000 и 2100.", "startYear");
        SchoolId = schoolId;
        StartYear = startYear;
        StartsOn = new DateOnly(startYear, 9, 1);
        EndsOn = new DateOnly(startYear + 1, 8, 31);
        Status = status;
    }

    public string Name => $"{StartYear}/{StartYear + 1}";

    /// <summary>The year containing <paramref name="date"/> by the 1 September rule.</summary>
    public static int StartYearOf(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    public bool Contains(DateOnly date) => date >= StartsOn && date <= EndsOn;

    public void MakeCurrent()
    {
        if (Status == AcademicYearStatus.Closed)
            throw new DomainException($"Учебный год {Name} закрыт; его нельзя снова сделать текущим.");
        Status = AcademicYearStatus.Current;
    }

    public void Close() => Status = AcademicYearStatus.Closed;

    /// <summary>Adds a study period; periods must lie inside the year and may not overlap.</summary>
    public StudyPeriod AddPeriod(StudyPeriodKind kind, int number, DateOnly startsOn, DateOnly endsOn)
    {
        if (!Contains(startsOn) || !Contains(endsOn))
            throw new DomainException($"Учебный период должен лежать внутри учебного года {Name}.", "period");
        var period = new StudyPeriod(this, kind, number, startsOn, endsOn);
        if (_periods.Any(p => p.Kind != kind))
            throw new DomainException("В одном учебном году периоды одного вида: четверти, триместры или полугодия.", "kind");
        var overlap = _periods.FirstOrDefault(p => p.StartsOn <= endsOn && startsOn <= p.EndsOn);
        if (overlap is not null)
            throw new DomainException($"Период пересекается с периодом «{overlap.Name}».", "period");
        _periods.Add(period);
        return period;
    }
}
