using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The applications of a campaign part. A grade-1 application gets its stage when registered; until then («Новое») it
/// counts in the stage its filing day falls in (on or before the first stage's end: first stage; later: second stage).
/// </summary>
public static class CampaignParts
{
    public static readonly CampaignPart[] All = [CampaignPart.FirstStage, CampaignPart.SecondStage, CampaignPart.TenthGrade, CampaignPart.Transfers];

    public static string Name(CampaignPart part) => part switch
    {
        CampaignPart.FirstStage => "1 класс, первый этап",
        CampaignPart.SecondStage => "1 класс, второй этап",
        CampaignPart.TenthGrade => "10 класс",
        CampaignPart.Transfers => "Перевод",
        _ => part.ToString(),
    };

    /// <summary>The grade whose published places the part is measured against; null for transfers (places are per class).</summary>
    public static ApplicationKind? PlacesKind(CampaignPart part) => part switch
    {
        CampaignPart.FirstStage or CampaignPart.SecondStage => ApplicationKind.FirstGrade,
        CampaignPart.TenthGrade => ApplicationKind.TenthGrade,
        _ => null,
    };

    public static IQueryable<EnrollmentApplication> Of(IQueryable<EnrollmentApplication> query, AdmissionCampaign campaign, CampaignPart part)
    {
        var year = campaign.Year;
        var firstEnd = campaign.FirstStageEnd;
        query = query.Where(a => a.Year == year);
        return part switch
        {
            CampaignPart.FirstStage => query.Where(a => a.Kind == ApplicationKind.FirstGrade
                && (a.Stage == AdmissionStage.FirstStage || (a.Stage == null && a.FiledOn <= firstEnd))),
            CampaignPart.SecondStage => query.Where(a => a.Kind == ApplicationKind.FirstGrade
                && (a.Stage == AdmissionStage.SecondStage || (a.Stage == null && a.FiledOn > firstEnd))),
            CampaignPart.TenthGrade => query.Where(a => a.Kind == ApplicationKind.TenthGrade),
            _ => query.Where(a => a.Kind == ApplicationKind.Transfer),
        };
    }
}
