namespace SchoolPortal.Features.Camps;

/// <summary>A shift as typed on «Лагеря и смены»: no id for a new one.</summary>
public sealed record CampShiftForm(int? Id, int CampId, string? Name, DateOnly? StartsOn, DateOnly? EndsOn, int Places, int MinAge, int MaxAge,
    decimal FullPrice, decimal ParentShare);
