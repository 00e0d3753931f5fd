using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Journal;

/// <summary>The journal codes of <see cref="AttendanceCode"/> and their names.</summary>
public static class Attendance
{
    public static string Code(AttendanceCode code) => code switch
    {
        AttendanceCode.Absent => "н",
        AttendanceCode.Ill => "б",
        AttendanceCode.Late => "оп",
        _ => "уп",
    };

    public static string Name(AttendanceCode code) => code switch
    {
        AttendanceCode.Absent => "отсутствовал(а)",
        AttendanceCode.Ill => "болел(а)",
        AttendanceCode.Late => "опоздал(а)",
        _ => "отсутствовал(а) по уважительной причине",
    };

    /// <summary>Missed the lesson (late is present).</summary>
    public static bool IsMissed(AttendanceCode code) => code != AttendanceCode.Late;

    public static AttendanceCode? TryParse(string text) => text switch
    {
        "н" => AttendanceCode.Absent,
        "б" => AttendanceCode.Ill,
        "оп" => AttendanceCode.Late,
        "уп" => AttendanceCode.Excused,
        _ => null,
    };

    public static AttendanceCode Parse(string text) =>
        TryParse(text.Trim().ToLowerInvariant()) ?? throw new DomainException($"Неизвестный код посещаемости «{text}»: допустимо н, б, оп, уп.", "attendance");
}
