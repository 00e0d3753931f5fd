namespace SchoolPortal.Features.Reports;

/// <summary>A class block of the attendance report: its pupils and the class total.</summary>
public sealed record AttendanceClass(int Id, string Name, IReadOnlyList<AttendancePupil> Pupils)
{
    public AttendanceCounts Total => AttendanceCounts.Sum(Pupils.Select(p => p.Counts));
}
