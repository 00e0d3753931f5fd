namespace SchoolPortal.Features.Reports;

/// <summary>A pupil's line of the attendance report.</summary>
public sealed record AttendancePupil(int Id, string Name, string? Note, bool HasLeft, AttendanceCounts Counts)
{
    public string DisplayName => Note is null ? Name : $"{Name} ({Note})";
}
