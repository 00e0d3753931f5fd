namespace SchoolPortal.Domain.NewYear;

/// <summary>A pupil who does not end in exactly one valid state, and why (in Russian).</summary>
public sealed record MoveProblem(int PupilId, string Reason);
