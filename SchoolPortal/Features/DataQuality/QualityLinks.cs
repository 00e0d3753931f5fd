namespace SchoolPortal.Features.DataQuality;

public static class QualityLinks
{
    public const string Home = "quality";

    public static string District(int municipalityId) => $"quality?district={municipalityId}";

    public static string School(int schoolId) => $"quality?school={schoolId}";

    public static string Rule(int schoolId, string ruleCode) => $"quality?school={schoolId}&rule={Uri.EscapeDataString(ruleCode)}";
}
