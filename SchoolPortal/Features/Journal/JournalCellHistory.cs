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
    /// <param name="names">The display names of the authors' accounts; an author without one (a removed account, the demo
    /// generator) is shown by the login the entry kept.</param>
    /// <returns>Newest first.</returns>
    public static IReadOnlyList<CellHistoryEntry> Read(IEnumerable<AuditEntry> entries, IReadOnlyDictionary<int, string> names)
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
                result.Add(new CellHistoryEntry(entry.At, Author(entry, names), before, after));
        }
        result.Reverse();
        return result;
    }

    private static string Author(AuditEntry entry, IReadOnlyDictionary<int, string> names) =>
        entry.ActorAccountId is { } id && names.TryGetValue(id, out var name) && name.Length > 0 ? name : entry.ActorLogin;

    private static string Text(string marks, string attendance) =>
        string.Join("; ", new[] { marks, attendance }.Where(s => s.Length > 0));
}
