using SchoolPortal.Features.Schools;

namespace SchoolPortal.Features.Pupils;

/// <summary>The schools the user may filter by (none for a school's own staff) and the columns shown at first.</summary>
public sealed record PupilListOptions(IReadOnlyList<SchoolOption> Schools, IReadOnlySet<PupilColumn> Columns);
