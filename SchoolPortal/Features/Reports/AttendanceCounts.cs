using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Reports;

/// <summary>Lessons held and the attendance codes among them: н (absent), б (ill), уп (excused) are missed lessons, оп (late) is not.</summary>
public readonly record struct AttendanceCounts(int Lessons, int Absent, int Ill, int Excused, int Late)
{
    public int Missed => Absent + Ill + Excused;

    /// <summary>Missed lessons as a share of the lessons held, 0…1.</summary>
    public decimal MissedShare => Lessons == 0 ? 0 : decimal.Round((decimal)Missed / Lessons, 4);

    public string MissedPercent => (MissedShare * 100).ToString("0.0", Infrastructure.CardCalendar.Russian) + " %";

    public AttendanceCounts With(AttendanceCode code) => code switch
    {
        AttendanceCode.Absent => this with { Absent = Absent + 1 },
        AttendanceCode.Ill => this with { Ill = Ill + 1 },
        AttendanceCode.Excused => this with { Excused = Excused + 1 },
        _ => this with { Late = Late + 1 },
    };

    public static AttendanceCounts operator +(AttendanceCounts a, AttendanceCounts b) =>
        new(a.Lessons + b.Lessons, a.Absent + b.Absent, a.Ill + b.Ill, a.Excused + b.Excused, a.Late + b.Late);

    public static AttendanceCounts Sum(IEnumerable<AttendanceCounts> counts) => counts.Aggregate(default(AttendanceCounts), (a, b) => a + b);
}
