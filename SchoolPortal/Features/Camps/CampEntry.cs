using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>A camp on «Лагеря и смены» with its district's name and the season's shifts.</summary>
public sealed record CampEntry(Camp Camp, string DistrictName, IReadOnlyList<CampShift> Shifts);
