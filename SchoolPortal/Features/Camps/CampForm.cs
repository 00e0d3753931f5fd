using SchoolPortal.Domain.Camps;

namespace SchoolPortal.Features.Camps;

/// <summary>A camp as typed on «Лагеря и смены»: no id for a new one; the district is chosen by the region operator only.</summary>
public sealed record CampForm(int? Id, string? Name, CampKind? Kind, string? Address, int? MunicipalityId);
