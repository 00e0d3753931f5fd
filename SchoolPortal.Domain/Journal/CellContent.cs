namespace SchoolPortal.Domain.Journal;

/// <summary>What a journal cell holds: its marks and its attendance code.</summary>
public sealed record CellContent(MarkList Marks, AttendanceCode? Attendance)
{
    public static CellContent Empty { get; } = new(MarkList.Empty, null);

    public bool IsEmpty => Marks.IsEmpty && Attendance is null;

    /// <summary>As the journal shows and the teacher types it: «5 4 н».</summary>
    public string Text => string.Join(' ', new[] { Marks.Text, Attendance is { } a ? Journal.Attendance.Code(a) : "" }.Where(s => s.Length > 0));
}
