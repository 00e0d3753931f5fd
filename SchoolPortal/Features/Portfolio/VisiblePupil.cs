namespace SchoolPortal.Features.Portfolio;

/// <summary>A pupil a family account may see: its own pupil record (<paramref name="IsOwn"/>) or a linked child.</summary>
public sealed record VisiblePupil(int PupilId, int SchoolId, bool IsOwn);
