namespace SchoolPortal.Features.Schedule;

/// <summary>A pupil of a class split into groups for a subject, and the group the pupil is in (null: not assigned yet).</summary>
public sealed record GroupMemberRow(int PupilId, string FullName, int? Group);
