namespace SchoolPortal.Domain.Journal;

/// <summary>Посещаемость: н (absent), б (ill), оп (late), уп (excused absence).</summary>
public enum AttendanceCode
{
    Absent = 1,
    Ill = 2,
    Late = 3,
    Excused = 4,
}
