namespace SchoolPortal.Domain.Readiness;

/// <summary>
/// One fact that keeps a condition from being met (or, for a condition that cannot be checked yet, what is needed to
/// check it): the fact, how to fix it, and where. <paramref name="RecordId"/> is the pupil or parent whose card to open.
/// </summary>
public sealed record ReadinessProblem(ReadinessCondition Condition, string Text, string Fix, FixPlace Place, int? RecordId = null)
{
    public FixedBy Who => Place is FixPlace.PupilCard or FixPlace.PupilParents or FixPlace.ParentCard ? FixedBy.School : FixedBy.Parent;
}
