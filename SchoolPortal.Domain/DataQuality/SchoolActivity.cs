namespace SchoolPortal.Domain.DataQuality;

/// <summary>What a school keeps beyond its cards: members of «Движение Первых», year events, lessons and substitutions.</summary>
public sealed class SchoolActivity
{
    public int SchoolId { get; init; }
    public int EnrolledPupils { get; init; }
    public int MovementMembers { get; init; }
    public DateOnly? LastEventOn { get; init; }
    public DateOnly? LastLessonOn { get; init; }
    public DateOnly? LastSubstitutionOn { get; init; }
}
