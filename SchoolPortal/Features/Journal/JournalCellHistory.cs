using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.Journal;

namespace SchoolPortal.Features.Journal;

/// <summary>
/// Turns the audit entries of a journal cell (field by field: Marks, Attendance, …) into what a teacher reads: the whole
/// cell before and after each change.
/// </summary>
internal static class JournalCellHistory
{
    /// <param name="entries">The cell's audit entries, oldest first.</param>
    /// <returns>Newest first.</returns>
    public static IReadOnlyList<CellHistoryEntry> Read(IEnumerable<AuditEntry> entries)
    {
        var marks = "";
        var attendance = "";
        var result = new List<CellHistoryEntry>();
        foreach (var entry in entries)
        {
            var before = Text(marks, attendance);
            foreach (var change in entry.Changes)
            {
                if (change.Field == nameof(JournalCell.Marks))
                    marks = change.NewValue ?? "";
                else if (change.Field == nameof(JournalCell.Attendance))
                    attendance = Enum.TryParse<AttendanceCode>(change.NewValue, out var code) ? Attendance.Code(code) : "";
            }
            var after = Text(marks, attendance);
            if (before != after)
                result.Add(new CellHistoryEntry(entry.At, entry.ActorLogin, before, after));
        }
        result.Reverse();
        return result;
    }

    private static string Text(string marks, string attendance) =>
        string.Join("; ", new[] { marks, attendance }.Where(s => s.Length > 0));
}
