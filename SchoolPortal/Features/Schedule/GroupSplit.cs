namespace SchoolPortal.Features.Schedule;

/// <summary>How a class is split for a subject: the groups the workload names and each pupil's group.</summary>
public sealed record GroupSplit(int ClassId, string ClassName, int SubjectId, string SubjectName, IReadOnlyList<int> Groups,
    IReadOnlyList<GroupMemberRow> Pupils)
{
    public int Unassigned => Pupils.Count(p => p.Group is null);
}
