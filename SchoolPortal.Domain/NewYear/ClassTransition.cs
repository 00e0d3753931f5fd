using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.NewYear;

/// <summary>
/// Where this year's class goes next year: 5А → 6А (<see cref="ToClassId"/> a class of the planned year), or closed (null:
/// the last grade, or a class merged away and its pupils placed one by one). Several classes may map to one (a merge);
/// a split maps to one class and the pupils moved elsewhere carry their own target in <see cref="PupilMove"/>.
/// </summary>
public sealed class ClassTransition : ISchoolScoped
{
    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int SchoolId { get; private set; }
    public int FromClassId { get; private set; }
    public int? ToClassId { get; private set; }

    private ClassTransition()
    {
    }

    public ClassTransition(int planId, int schoolId, int fromClassId, int? toClassId)
    {
        PlanId = planId;
        SchoolId = schoolId;
        FromClassId = fromClassId;
        ToClassId = toClassId;
    }

    public bool Closes => ToClassId is null;

    public void MapTo(int? toClassId) => ToClassId = toClassId;
}
