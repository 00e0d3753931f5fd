namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// The administrator's choices for one merge: the record kept, the record merged into it, the login that stays (any
/// login of the two records; the others are disabled), the login whose ESIA link stays (it moves to the kept login), and
/// whether empty fields of the kept record are filled from the merged one.
/// </summary>
public sealed record MergeRequest(int KeptParentId, int MergedParentId, int? KeptAccountId, int? EsiaAccountId, bool FillEmptyFields);
