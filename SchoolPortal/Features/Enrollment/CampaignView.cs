namespace SchoolPortal.Features.Enrollment;

/// <summary>A campaign as the settings page shows it: its dates, whether the region saved its own, and the order's deadline on the calendar.</summary>
public sealed record CampaignView(CampaignForm Settings, bool Saved, DateOnly OrderDeadline);
