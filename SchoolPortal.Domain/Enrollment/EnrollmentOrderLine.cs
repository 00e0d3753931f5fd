using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Enrollment;

/// <summary>One child enrolled by an <see cref="EnrollmentOrder"/>: the application and the pupil card.</summary>
public sealed class EnrollmentOrderLine : ISchoolScoped
{
    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public int SchoolId { get; private set; }
    public int ApplicationId { get; private set; }
    public int PupilId { get; private set; }
    public string ChildName { get; private set; } = "";

    private EnrollmentOrderLine()
    {
    }

    internal EnrollmentOrderLine(int schoolId, int applicationId, int pupilId, string childName)
    {
        if (applicationId <= 0 || pupilId <= 0)
            throw new DomainException($"Ребёнок {childName}: заявление и карточка ученика должны быть сохранены до распорядительного акта.", "applications");
        SchoolId = schoolId;
        ApplicationId = applicationId;
        PupilId = pupilId;
        ChildName = childName;
    }
}
