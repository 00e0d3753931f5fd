using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Camps;

/// <summary>A shift in the operators' overview: its camp, district and dates, and its figures.</summary>
public sealed record CampShiftRow(int ShiftId, int CampId, string Camp, string Kind, int DistrictId, string District, string Shift,
    DateOnly StartsOn, DateOnly EndsOn, CampCounts Counts)
{
    /// <summary>«01.06.2027–21.06.2027».</summary>
    public string Dates => $"{CardCalendar.Format(StartsOn)}–{CardCalendar.Format(EndsOn)}";
}
