namespace SchoolPortal.Features.Reports;

/// <summary>An exported report: the file name the browser saves and the xlsx bytes.</summary>
public sealed record ReportFile(string FileName, byte[] Content)
{
    /// <summary>A file name without the characters Windows refuses (the file is saved on teachers' Windows computers).</summary>
    public static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c));
}
