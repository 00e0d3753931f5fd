namespace SchoolPortal.Domain.Enrollment;

/// <summary>
/// The checks of «Соблюдение Порядка приема (Приказ № 458)»: which violations one application has, each with the date it is
/// measured against as computed from the campaign and the production calendar, and a Russian sentence naming the point.
/// </summary>
public static class ViolationRules
{
    public const int DefaultStaleWorkingDays = 10;
    public const int MaxStaleWorkingDays = 250;

    private const string Order = "Порядка приема (Приказ Минпросвещения России № 458)";

    public static IReadOnlyList<AdmissionViolation> For(ApplicationTrack application, AdmissionCampaign campaign, ProductionCalendar calendar,
        DateOnly today, int staleWorkingDays = DefaultStaleWorkingDays)
    {
        var found = new List<AdmissionViolation>();
        var firstGrade = application.Kind == ApplicationKind.FirstGrade;
        if (firstGrade && application.Stage == AdmissionStage.FirstStage && application.DirectedOn is { } directed
            && !campaign.MayDirectFirstStage(directed))
            found.Add(new AdmissionViolation(ViolationKind.EarlyDirecting, campaign.DirectingAllowedFrom,
                $"Заявление первого этапа переведено в статус «Направлен в ООО» {D(directed)}, до окончания приема заявлений {D(campaign.FirstStageEnd)}: " +
                $"по п. 17 {Order} это можно делать не раньше {D(campaign.DirectingAllowedFrom)}."));
        if (firstGrade && application.Stage == AdmissionStage.FirstStage && application.OrderDate is { } ordered
            && campaign.IsOrderLate(ordered, calendar))
        {
            var deadline = campaign.OrderDeadline(calendar);
            found.Add(new AdmissionViolation(ViolationKind.LateOrder, deadline,
                $"Распорядительный акт о приеме № {application.OrderNumber} от {D(ordered)} издан позже срока {D(deadline)}: по п. 17 {Order} " +
                $"он издается в течение {campaign.OrderWorkingDays} рабочих дней после завершения приема заявлений {D(campaign.FirstStageEnd)}."));
        }
        if (firstGrade && OutsideWindow(application, campaign) is { } window)
            found.Add(window);
        if (application.Status == ApplicationStatus.Refused
            && application.RefusalReason is not (RefusalReason.NoPlaces or RefusalReason.FounderRefusedAge or RefusalReason.Duplicate))
            found.Add(new AdmissionViolation(ViolationKind.UnlawfulRefusal, application.LastChangeOn,
                $"Отказ {D(application.LastChangeOn)} без установленного основания: по п. 15 {Order} в приеме отказывают только при отсутствии " +
                "свободных мест (и учредитель — по возрасту ребенка)."));
        if (!ApplicationStatusGraph.IsFinal(application.Status))
        {
            var limit = calendar.AddWorkingDays(application.LastChangeOn, Math.Clamp(staleWorkingDays, 1, MaxStaleWorkingDays));
            if (today > limit)
                found.Add(new AdmissionViolation(ViolationKind.Stale, limit,
                    $"Статус «{EnrollmentNames.Name(application.Status)}» не меняется с {D(application.LastChangeOn)}: " +
                    $"{calendar.WorkingDaysBetween(application.LastChangeOn, today)} рабочих дней при пороге {staleWorkingDays}, " +
                    $"заявление не рассмотрено в сроки {Order} (срок по порогу — {D(limit)})."));
        }
        return found;
    }

    /// <summary>Grade 1 only (grade 10 and transfers are accepted all year): the stage's window, or both windows when no stage is recorded.</summary>
    private static AdmissionViolation? OutsideWindow(ApplicationTrack application, AdmissionCampaign campaign)
    {
        var filed = application.FiledOn;
        switch (application.Stage)
        {
            case AdmissionStage.FirstStage when filed < campaign.FirstStageStart || filed > campaign.FirstStageEnd:
                return new AdmissionViolation(ViolationKind.OutsideWindow, filed < campaign.FirstStageStart ? campaign.FirstStageStart : campaign.FirstStageEnd,
                    $"Заявление первого этапа подано {D(filed)}, вне срока приема с {D(campaign.FirstStageStart)} по {D(campaign.FirstStageEnd)} " +
                    $"(п. 17 {Order}).");
            case AdmissionStage.SecondStage when filed < campaign.SecondStageStart || filed > campaign.SecondStageEnd:
                return new AdmissionViolation(ViolationKind.OutsideWindow, filed < campaign.SecondStageStart ? campaign.SecondStageStart : campaign.SecondStageEnd,
                    $"Заявление второго этапа подано {D(filed)}, вне срока приема с {D(campaign.SecondStageStart)} по {D(campaign.SecondStageEnd)} " +
                    $"(п. 17 {Order}).");
            case null when application.Status is not (ApplicationStatus.New or ApplicationStatus.Refused or ApplicationStatus.Withdrawn)
                && (filed < campaign.FirstStageStart || (filed > campaign.FirstStageEnd && filed < campaign.SecondStageStart) || filed > campaign.SecondStageEnd):
                return new AdmissionViolation(ViolationKind.OutsideWindow, filed,
                    $"Заявление подано {D(filed)} и принято вне сроков приема: первый этап с {D(campaign.FirstStageStart)} по {D(campaign.FirstStageEnd)}, " +
                    $"второй с {D(campaign.SecondStageStart)} по {D(campaign.SecondStageEnd)} (п. 17 {Order}).");
            default:
                return null;
        }
    }

    private static string D(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
