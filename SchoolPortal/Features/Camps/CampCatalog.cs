using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// What «Лагеря и смены» shows for a year: the season (null until the region operator declares it), the camps the user
/// keeps with that year's shifts, the districts a new camp may go to, and whether the user keeps the season.
/// </summary>
public sealed record CampCatalog(int Year, CampSeason? Season, IReadOnlyList<CampEntry> Camps, IReadOnlyList<CampDistrict> Districts, bool KeepsSeason);
