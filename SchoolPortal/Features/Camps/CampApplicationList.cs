namespace SchoolPortal.Features.Camps;

/// <summary>One page of «Заявления на путевки» and how many the filter finds.</summary>
public sealed record CampApplicationList(IReadOnlyList<CampApplicationRow> Rows, int Total);
