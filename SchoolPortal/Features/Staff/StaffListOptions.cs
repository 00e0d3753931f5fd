using SchoolPortal.Features.Schools;

namespace SchoolPortal.Features.Staff;

/// <summary>What the filter panel offers: the positions in use and, for operators, the schools of their scope.</summary>
public sealed record StaffListOptions(IReadOnlyList<string> Positions, IReadOnlyList<SchoolOption> Schools, bool SpansSchools);
