namespace SchoolPortal.Features.Journal;

/// <summary>The journal's addresses, for links from other pages (the teacher's home links a lesson straight into its column).</summary>
public static class JournalLinks
{
    public static string Picker => "journal";

    public static string Sheet(int classId, int subjectId, int periodId, int? group = null, int? lessonId = null)
    {
        var query = string.Join('&', new[] { group is { } g ? $"group={g}" : null, lessonId is { } l ? $"lesson={l}" : null }.Where(q => q is not null));
        return $"journal/{classId}/{subjectId}/{periodId}" + (query.Length == 0 ? "" : "?" + query);
    }

    public static string Finals(int classId, int subjectId, int? group = null) =>
        $"journal/{classId}/{subjectId}/finals" + (group is { } g ? $"?group={g}" : "");
}
