namespace SchoolPortal.Features.Staff;

/// <summary>One page of the staff list: filter, 0-based page, page size and sort.</summary>
public sealed record StaffListQuery(StaffFilter Filter, int Page = 0, int PageSize = 25, StaffSortField Sort = StaffSortField.FullName, bool Descending = false);
