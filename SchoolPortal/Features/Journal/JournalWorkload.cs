namespace SchoolPortal.Features.Journal;

/// <summary>A class × subject (× group) someone teaches: a quick link of the picker, or a group the picker offers.</summary>
public sealed record JournalWorkload(int ClassId, string ClassName, int SubjectId, string SubjectName, int? Group)
{
    public string Title => $"{ClassName} · {SubjectName}{(Group is { } g ? $" · группа {g}" : "")}";
}
