namespace SchoolPortal.Features.Journal;

/// <summary>
/// What the journal picker offers: the classes, subjects and study periods of the current academic year, the period that
/// contains today, the user's own workload (a teacher's quick links) and the groups classes are split into.
/// </summary>
public sealed record JournalOptions(
    string? YearName,
    IReadOnlyList<JournalChoice> Classes,
    IReadOnlyList<JournalChoice> Subjects,
    IReadOnlyList<JournalPeriodOption> Periods,
    int? CurrentPeriodId,
    IReadOnlyList<JournalWorkload> OwnWorkloads,
    IReadOnlyList<JournalWorkload> Groups)
{
    public static JournalOptions Empty { get; } = new(null, [], [], [], null, [], []);

    /// <summary>The groups of a class × subject (empty when the class is not split).</summary>
    public IReadOnlyList<int> GroupsOf(int classId, int subjectId) =>
        Groups.Where(g => g.ClassId == classId && g.SubjectId == subjectId && g.Group is not null).Select(g => g.Group!.Value).Distinct().Order().ToList();
}
