namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// A school's grade-1 and grade-10 places of a campaign beside its active applications (not refused, not withdrawn) and the
/// children enrolled: free now = places − enrolled; over-subscribed = more active applications than places.
/// </summary>
public sealed record CampaignPlacesRow(int SchoolId, string SchoolName, string DistrictName, bool Published, int Grade1Places, int Grade1Active,
    int Grade1Enrolled, int Grade10Places, int Grade10Active, int Grade10Enrolled)
{
    public int Grade1Free => Math.Max(0, Grade1Places - Grade1Enrolled);
    public int Grade10Free => Math.Max(0, Grade10Places - Grade10Enrolled);
    public bool Grade1OverSubscribed => Published && Grade1Active > Grade1Places;
    public bool Grade10OverSubscribed => Published && Grade10Active > Grade10Places;
}
