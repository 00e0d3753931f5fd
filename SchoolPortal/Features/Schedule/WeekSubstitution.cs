namespace SchoolPortal.Features.Schedule;

/// <summary>The «замена» of a lesson: who gives it instead of whom, and the other subject when it is not the lesson's own.</summary>
public sealed record WeekSubstitution(int Id, int SubstituteTeacherId, string SubstituteName, int AbsentTeacherId, string AbsentName,
    string? OtherSubjectName, string? Comment);
