namespace SchoolPortal.Features.Pupils;

public sealed record PupilListResult(IReadOnlyList<PupilRow> Rows, int Total);
