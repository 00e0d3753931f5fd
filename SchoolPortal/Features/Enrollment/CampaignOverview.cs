namespace SchoolPortal.Features.Enrollment;

/// <summary>One part of a campaign within the user's scope: the headline figures, the districts and the schools (each with its district).</summary>
public sealed record CampaignOverview(CampaignDates Dates, CampaignPart Part, CampaignRow Total, IReadOnlyList<CampaignRow> Districts,
    IReadOnlyList<CampaignRow> Schools);
