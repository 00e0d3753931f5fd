using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ViolationRulesTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Russian();
    private static readonly AdmissionCampaign Campaign = AdmissionCampaign.Default(2026);
    private static readonly DateOnly Autumn = new(2026, 11, 1);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static ApplicationTrack FirstStage(ApplicationStatus status = ApplicationStatus.Enrolled, DateOnly? filed = null, DateOnly? directed = null,
        DateOnly? orderDate = null, RefusalReason? refusal = null, DateOnly? lastChange = null) =>
        new(ApplicationKind.FirstGrade, AdmissionStage.FirstStage, filed ?? D(4, 10), status, refusal, directed ?? D(7, 1), lastChange ?? D(7, 3),
            orderDate is null ? null : "12-у", orderDate);

    private static IReadOnlyList<ViolationKind> Kinds(ApplicationTrack track, DateOnly? today = null, int stale = ViolationRules.DefaultStaleWorkingDays) =>
        ViolationRules.For(track, Campaign, Calendar, today ?? Autumn, stale).Select(v => v.Kind).ToList();

    [Fact]
    public void A_first_stage_application_enrolled_in_time_has_no_violation()
    {
        Assert.Empty(Kinds(FirstStage(directed: D(7, 1), orderDate: D(7, 3))));
    }

    [Fact]
    public void Directing_on_30_june_is_a_violation_and_the_text_names_point_17_and_the_allowed_day()
    {
        var violation = Assert.Single(ViolationRules.For(FirstStage(directed: D(6, 30)), Campaign, Calendar, Autumn));

        Assert.Equal(ViolationKind.EarlyDirecting, violation.Kind);
        Assert.Equal(D(7, 1), violation.Deadline);
        Assert.Contains("30.06.2026", violation.Text);
        Assert.Contains("п. 17", violation.Text);
        Assert.Contains("не раньше 01.07.2026", violation.Text);
    }

    [Fact]
    public void Directing_on_1_july_is_allowed()
    {
        Assert.DoesNotContain(ViolationKind.EarlyDirecting, Kinds(FirstStage(directed: D(7, 1))));
    }

    [Fact]
    public void A_second_stage_application_directed_in_june_is_not_an_early_directing()
    {
        var track = new ApplicationTrack(ApplicationKind.FirstGrade, AdmissionStage.SecondStage, D(7, 6), ApplicationStatus.Enrolled, null, D(6, 20), D(7, 20));

        Assert.DoesNotContain(ViolationKind.EarlyDirecting, Kinds(track));
    }

    [Fact]
    public void The_order_on_the_third_working_day_after_30_june_2026_is_in_time()
    {
        Assert.DoesNotContain(ViolationKind.LateOrder, Kinds(FirstStage(orderDate: D(7, 3))));
    }

    [Fact]
    public void The_order_on_the_next_working_day_is_late_and_says_the_computed_deadline()
    {
        var violation = Assert.Single(ViolationRules.For(FirstStage(orderDate: D(7, 6)), Campaign, Calendar, Autumn));

        Assert.Equal(ViolationKind.LateOrder, violation.Kind);
        Assert.Equal(D(7, 3), violation.Deadline);
        Assert.Contains("№ 12-у от 06.07.2026", violation.Text);
        Assert.Contains("позже срока 03.07.2026", violation.Text);
        Assert.Contains("3 рабочих дней после завершения приема заявлений 30.06.2026", violation.Text);
    }

    [Fact]
    public void A_second_stage_order_in_august_is_not_late()
    {
        var track = new ApplicationTrack(ApplicationKind.FirstGrade, AdmissionStage.SecondStage, D(7, 6), ApplicationStatus.Enrolled, null, D(7, 10), D(8, 3),
            "40-у", D(8, 3));

        Assert.Empty(Kinds(track));
    }

    [Theory]
    [InlineData(3, 31, true)]
    [InlineData(4, 1, false)]
    [InlineData(6, 30, false)]
    [InlineData(7, 1, true)]
    public void A_first_stage_application_is_accepted_only_from_1_april_to_30_june(int month, int day, bool violation)
    {
        Assert.Equal(violation, Kinds(FirstStage(filed: D(month, day))).Contains(ViolationKind.OutsideWindow));
    }

    [Theory]
    [InlineData(7, 5, true)]
    [InlineData(7, 6, false)]
    [InlineData(9, 5, false)]
    [InlineData(9, 6, true)]
    public void A_second_stage_application_is_accepted_only_from_6_july_to_5_september(int month, int day, bool violation)
    {
        var track = new ApplicationTrack(ApplicationKind.FirstGrade, AdmissionStage.SecondStage, D(month, day), ApplicationStatus.Enrolled, null, null, D(9, 10));

        Assert.Equal(violation, Kinds(track).Contains(ViolationKind.OutsideWindow));
    }

    [Fact]
    public void An_imported_application_without_a_stage_filed_between_the_stages_was_accepted_outside_the_windows()
    {
        var track = new ApplicationTrack(ApplicationKind.FirstGrade, null, D(7, 3), ApplicationStatus.Enrolled, null, null, D(7, 20));

        var violation = Assert.Single(ViolationRules.For(track, Campaign, Calendar, Autumn));

        Assert.Equal(ViolationKind.OutsideWindow, violation.Kind);
        Assert.Contains("03.07.2026", violation.Text);
    }

    [Fact]
    public void A_tenth_grade_application_is_accepted_all_year()
    {
        var track = new ApplicationTrack(ApplicationKind.TenthGrade, AdmissionStage.AllYear, D(2, 1), ApplicationStatus.Enrolled, null, D(2, 3), D(2, 4));

        Assert.Empty(Kinds(track));
    }

    [Theory]
    [InlineData(RefusalReason.NoPlaces)]
    [InlineData(RefusalReason.FounderRefusedAge)]
    [InlineData(RefusalReason.Duplicate)]
    public void A_refusal_on_a_lawful_ground_is_no_violation(RefusalReason reason)
    {
        Assert.Empty(Kinds(FirstStage(ApplicationStatus.Refused, directed: D(7, 1), refusal: reason)));
    }

    [Fact]
    public void A_refusal_without_a_lawful_ground_names_point_15()
    {
        var violation = Assert.Single(ViolationRules.For(FirstStage(ApplicationStatus.Refused, refusal: null, lastChange: D(7, 2)), Campaign, Calendar, Autumn));

        Assert.Equal(ViolationKind.UnlawfulRefusal, violation.Kind);
        Assert.Contains("п. 15", violation.Text);
        Assert.Contains("02.07.2026", violation.Text);
    }

    [Fact]
    public void An_application_is_stale_from_the_day_after_its_threshold_counted_in_working_days_past_12_june()
    {
        // From Monday 01.06.2026, 10 working days skip the weekends and the holiday of 12 June: the limit is 16.06.2026.
        var track = new ApplicationTrack(ApplicationKind.FirstGrade, AdmissionStage.FirstStage, D(4, 10), ApplicationStatus.UnderReview, null, null, D(6, 1));

        Assert.DoesNotContain(ViolationKind.Stale, Kinds(track, today: D(6, 16)));
        var stale = Assert.Single(ViolationRules.For(track, Campaign, Calendar, D(6, 17), 10));
        Assert.Equal(ViolationKind.Stale, stale.Kind);
        Assert.Equal(D(6, 16), stale.Deadline);
        Assert.Contains("11 рабочих дней при пороге 10", stale.Text);
    }

    [Fact]
    public void The_stale_threshold_is_a_parameter()
    {
        var track = new ApplicationTrack(ApplicationKind.FirstGrade, AdmissionStage.FirstStage, D(4, 10), ApplicationStatus.UnderReview, null, null, D(6, 1));

        Assert.Contains(ViolationKind.Stale, Kinds(track, today: D(6, 5), stale: 3));
        Assert.DoesNotContain(ViolationKind.Stale, Kinds(track, today: D(6, 5), stale: 4));
    }

    [Fact]
    public void An_enrolled_application_is_never_stale()
    {
        Assert.DoesNotContain(ViolationKind.Stale, Kinds(FirstStage(ApplicationStatus.Enrolled, lastChange: D(7, 3)), today: D(12, 1)));
    }
}
