namespace SchoolPortal.Features.Enrollment;

/// <summary>A school's places of one campaign: published, enrolled, free (places − enrolled), for grade 1 and grade 10.</summary>
public sealed record PlacesView(int SchoolId, string SchoolName, int Year, bool Published, int Grade1Places, int Grade1Enrolled, int Grade10Places,
    int Grade10Enrolled)
{
    public int Grade1Free => Math.Max(0, Grade1Places - Grade1Enrolled);
    public int Grade10Free => Math.Max(0, Grade10Places - Grade10Enrolled);
}
