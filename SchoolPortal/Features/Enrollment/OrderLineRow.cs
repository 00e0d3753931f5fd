namespace SchoolPortal.Features.Enrollment;

/// <summary>One child of an issued order: the name, the application and the pupil card.</summary>
public sealed record OrderLineRow(string ChildName, int ApplicationId, string ApplicationNumber, int PupilId)
{
    public string ApplicationLink => $"/enrollment/applications/{ApplicationId}";
}
