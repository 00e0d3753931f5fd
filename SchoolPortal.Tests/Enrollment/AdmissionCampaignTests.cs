using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class AdmissionCampaignTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Russian();
    private static readonly AdmissionCampaign Campaign2026 = AdmissionCampaign.Default(2026);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void Default_dates_follow_order_458()
    {
        var campaign = AdmissionCampaign.Default(2027);

        Assert.Equal(new DateOnly(2027, 4, 1), campaign.FirstStageStart);
        Assert.Equal(new DateOnly(2027, 6, 30), campaign.FirstStageEnd);
        Assert.Equal(new DateOnly(2027, 7, 6), campaign.SecondStageStart);
        Assert.Equal(new DateOnly(2027, 9, 5), campaign.SecondStageEnd);
        Assert.Equal(3, campaign.OrderWorkingDays);
        Assert.Equal(new DateOnly(2027, 7, 1), campaign.DirectingAllowedFrom);
        Assert.Equal("2027/2028", campaign.AcademicYear);
    }

    [Theory]
    [InlineData(4, 1, AdmissionStage.FirstStage)]
    [InlineData(6, 30, AdmissionStage.FirstStage)]
    [InlineData(7, 6, AdmissionStage.SecondStage)]
    [InlineData(9, 5, AdmissionStage.SecondStage)]
    public void An_eligible_child_is_accepted_inside_the_windows(int month, int day, AdmissionStage stage)
    {
        var decision = Campaign2026.FirstGradeStage(D(month, day), firstStageEligible: true);

        Assert.Equal(stage, decision.Stage);
        Assert.Null(decision.Refusal);
    }

    [Fact]
    public void Nothing_is_accepted_before_1_april()
    {
        var decision = Campaign2026.FirstGradeStage(D(3, 31), firstStageEligible: true);

        Assert.False(decision.IsAccepted);
        Assert.Contains("начинается 01.04.2026", decision.Refusal);
    }

    [Theory]
    [InlineData(7, 1)]
    [InlineData(7, 5)]
    public void Nothing_is_accepted_between_the_stages(int month, int day)
    {
        var decision = Campaign2026.FirstGradeStage(D(month, day), firstStageEligible: true);

        Assert.False(decision.IsAccepted);
        Assert.Contains("С 01.07.2026 по 05.07.2026 заявления в 1 класс не принимаются", decision.Refusal);
    }

    [Fact]
    public void Nothing_is_accepted_after_5_september()
    {
        var decision = Campaign2026.FirstGradeStage(D(9, 6), firstStageEligible: false);

        Assert.False(decision.IsAccepted);
        Assert.Contains("завершён 05.09.2026", decision.Refusal);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(6, 30)]
    public void A_child_without_right_or_territory_is_refused_in_the_first_stage(int month, int day)
    {
        var decision = Campaign2026.FirstGradeStage(D(month, day), firstStageEligible: false);

        Assert.Equal(
            "Дети, не проживающие на закрепленной территории и без права на первоочередной прием, подают заявления с 6 июля.",
            decision.Refusal);
    }

    [Fact]
    public void A_child_without_right_or_territory_is_accepted_from_6_july()
    {
        Assert.False(Campaign2026.FirstGradeStage(D(7, 5), firstStageEligible: false).IsAccepted);
        Assert.Equal(AdmissionStage.SecondStage, Campaign2026.FirstGradeStage(D(7, 6), firstStageEligible: false).Stage);
    }

    [Theory]
    [InlineData(ApplicationKind.TenthGrade, 1, 15)]
    [InlineData(ApplicationKind.TenthGrade, 7, 3)]
    [InlineData(ApplicationKind.Transfer, 11, 20)]
    public void Grade_10_and_transfers_are_accepted_all_year(ApplicationKind kind, int month, int day)
    {
        Assert.Equal(AdmissionStage.AllYear, Campaign2026.StageFor(kind, D(month, day), firstStageEligible: false).Stage);
    }

    [Fact]
    public void The_2026_order_deadline_is_3_july()
    {
        // 30 June 2026 is a Tuesday: Wednesday, Thursday, Friday.
        Assert.Equal(DayOfWeek.Tuesday, D(6, 30).DayOfWeek);
        Assert.Equal(D(7, 3), Campaign2026.OrderDeadline(Calendar));
        Assert.False(Campaign2026.IsOrderLate(D(7, 3), Calendar));
        Assert.True(Campaign2026.IsOrderLate(D(7, 6), Calendar));
    }

    [Fact]
    public void The_2027_order_deadline_skips_the_weekend()
    {
        // 30 June 2027 is a Wednesday: Thursday, Friday, Monday.
        Assert.Equal(new DateOnly(2027, 7, 5), AdmissionCampaign.Default(2027).OrderDeadline(Calendar));
    }

    [Fact]
    public void The_order_deadline_follows_the_setting()
    {
        var campaign = AdmissionCampaign.Default(2026);

        campaign.ChangeOrderWorkingDays(5);

        Assert.Equal(D(7, 7), campaign.OrderDeadline(Calendar));
    }

    [Fact]
    public void Directing_first_stage_applications_is_refused_on_30_june_and_allowed_on_1_july()
    {
        Assert.False(Campaign2026.MayDirectFirstStage(D(6, 30)));
        Assert.True(Campaign2026.MayDirectFirstStage(D(7, 1)));
    }

    [Fact]
    public void The_second_stage_cannot_start_before_the_first_ends()
    {
        var campaign = AdmissionCampaign.Default(2026);

        var error = Assert.Throws<DomainException>(() => campaign.ChangeStages(D(4, 1), D(7, 10), D(7, 6), D(9, 5)));

        Assert.Contains("после окончания первого", error.Message);
        Assert.Equal(D(6, 30), campaign.FirstStageEnd);
    }

    [Fact]
    public void A_stage_cannot_end_before_it_starts()
    {
        var campaign = AdmissionCampaign.Default(2026);

        Assert.Contains("раньше его начала", Assert.Throws<DomainException>(() => campaign.ChangeStages(D(4, 1), D(3, 31), D(7, 6), D(9, 5))).Message);
        Assert.Contains("раньше его начала", Assert.Throws<DomainException>(() => campaign.ChangeStages(D(4, 1), D(6, 30), D(7, 6), D(7, 5))).Message);
    }

    [Fact]
    public void Directing_cannot_be_allowed_on_the_last_day_of_the_first_stage()
    {
        var campaign = AdmissionCampaign.Default(2026);

        var error = Assert.Throws<DomainException>(() => campaign.ChangeDirectingAllowedFrom(D(6, 30)));

        Assert.Contains("до окончания первого этапа (30.06.2026)", error.Message);
    }

    [Fact]
    public void The_first_stage_cannot_be_stretched_past_the_directing_day()
    {
        var campaign = AdmissionCampaign.Default(2026);

        var error = Assert.Throws<DomainException>(() => campaign.ChangeStages(D(4, 1), D(7, 1), D(7, 6), D(9, 5)));

        Assert.Contains("Направление заявлений первого этапа разрешено с 01.07.2026", error.Message);
    }

    [Fact]
    public void A_shorter_first_stage_moves_the_refusal_dates_with_it()
    {
        var campaign = AdmissionCampaign.Default(2026);
        campaign.ChangeStages(D(4, 1), D(6, 25), D(7, 1), D(9, 1));

        Assert.Contains("подают заявления с 1 июля", campaign.FirstGradeStage(D(6, 1), false).Refusal);
        Assert.Equal(AdmissionStage.SecondStage, campaign.FirstGradeStage(D(7, 1), false).Stage);
        Assert.False(campaign.FirstGradeStage(D(9, 2), false).IsAccepted);
    }

    [Fact]
    public void The_order_deadline_setting_is_bounded()
    {
        Assert.Throws<DomainException>(() => AdmissionCampaign.Default(2026).ChangeOrderWorkingDays(0));
    }

    [Fact]
    public void The_second_stage_cannot_end_before_directing_begins()
    {
        var campaign = AdmissionCampaign.Default(2026);
        campaign.ChangeDirectingAllowedFrom(D(8, 1));

        var error = Assert.Throws<DomainException>(() => campaign.ChangeStages(D(4, 1), D(6, 30), D(7, 6), D(7, 31)));

        Assert.Contains("второй этап не может закончиться раньше", error.Message);
    }
}
