namespace SchoolPortal.Features.Pupils;

/// <summary>One page of the pupil list: filters, visible columns, sort and paging (page is 0-based).</summary>
public sealed record PupilListRequest(
    PupilFilter Filter,
    IReadOnlySet<PupilColumn> Columns,
    PupilColumn SortBy = PupilColumn.DisplayName,
    bool Descending = false,
    int Page = 0,
    int PageSize = 50);
