namespace SchoolPortal.Features.Schedule;

/// <summary>A pupil the user may call to school or invite to a meeting: their name and class.</summary>
public sealed record PupilEventChoice(int PupilId, string Name, string ClassName);
