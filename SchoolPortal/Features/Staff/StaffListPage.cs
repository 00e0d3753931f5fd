namespace SchoolPortal.Features.Staff;

public sealed record StaffListPage(IReadOnlyList<StaffRow> Rows, int Total);
