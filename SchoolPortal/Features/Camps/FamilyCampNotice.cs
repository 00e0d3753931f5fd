namespace SchoolPortal.Features.Camps;

/// <summary>A notice to the family about its application; <see cref="IsNew"/> when it had not been shown before.</summary>
public sealed record FamilyCampNotice(long Id, DateTimeOffset At, string Text, bool IsNew);
