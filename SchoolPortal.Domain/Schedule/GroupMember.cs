using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schedule;

/// <summary>A pupil's group when a class is split for a subject (English group 1 or 2): the group's journal lists its members.</summary>
public sealed class GroupMember : ISchoolScoped
{
    public int Id { get; private set; }
    public int SchoolId { get; private set; }
    public int ClassId { get; private set; }
    public int SubjectId { get; private set; }
    public int PupilId { get; private set; }
    public int Group { get; private set; }

    private GroupMember()
    {
    }

    public GroupMember(int schoolId, int classId, int subjectId, int pupilId, int group)
    {
        if (group is < 1 or > Workload.MaxGroups)
            throw new DomainException($"Номер группы: от 1 до {Workload.MaxGroups}.", "group");
        SchoolId = schoolId;
        ClassId = classId;
        SubjectId = subjectId;
        PupilId = pupilId;
        Group = group;
    }

    public void MoveTo(int group)
    {
        if (group is < 1 or > Workload.MaxGroups)
            throw new DomainException($"Номер группы: от 1 до {Workload.MaxGroups}.", "group");
        Group = group;
    }
}
