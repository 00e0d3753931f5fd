using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using static SchoolPortal.Domain.Enrollment.ApplicationStatus;

namespace SchoolPortal.Tests.Enrollment;

public sealed class ApplicationStatusGraphTests
{
    private static readonly (ApplicationStatus From, ApplicationStatus To)[] Allowed =
    [
        (New, Registered), (New, NeedsCorrection), (New, Refused), (New, Withdrawn),
        (Registered, UnderReview), (Registered, NeedsCorrection), (Registered, Refused), (Registered, Withdrawn),
        (UnderReview, Invited), (UnderReview, Directed), (UnderReview, NeedsCorrection), (UnderReview, Refused), (UnderReview, Withdrawn),
        (Invited, Directed), (Invited, NeedsCorrection), (Invited, Refused), (Invited, Withdrawn),
        (NeedsCorrection, Registered), (NeedsCorrection, Refused), (NeedsCorrection, Withdrawn),
        (Directed, Enrolled), (Directed, Refused), (Directed, Withdrawn),
    ];

    public static TheoryData<ApplicationStatus, ApplicationStatus> AllowedMoves()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus>();
        foreach (var (from, to) in Allowed)
            data.Add(from, to);
        return data;
    }

    public static TheoryData<ApplicationStatus, ApplicationStatus> RefusedMoves()
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus>();
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var to in Enum.GetValues<ApplicationStatus>())
            {
                if (!Allowed.Contains((from, to)))
                    data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Allowed_move_passes(ApplicationStatus from, ApplicationStatus to)
    {
        Assert.True(ApplicationStatusGraph.CanMove(from, to));
        ApplicationStatusGraph.EnsureCanMove(from, to);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Any_other_move_is_refused_with_a_russian_message(ApplicationStatus from, ApplicationStatus to)
    {
        Assert.False(ApplicationStatusGraph.CanMove(from, to));
        var error = Assert.Throws<DomainException>(() => ApplicationStatusGraph.EnsureCanMove(from, to));
        Assert.Contains($"«{EnrollmentNames.Name(from)}»", error.Message);
    }

    [Fact]
    public void Refused_move_lists_what_is_allowed_instead()
    {
        var error = Assert.Throws<DomainException>(() => ApplicationStatusGraph.EnsureCanMove(New, Directed));

        Assert.Equal(
            "Из статуса «Новое» нельзя перевести заявление в «Направлен в ООО». " +
            "Допустимо: «Зарегистрировано», «Требует исправления», «Отказано», «Отозвано заявителем».",
            error.Message);
    }

    [Theory]
    [InlineData(Enrolled)]
    [InlineData(Refused)]
    [InlineData(Withdrawn)]
    public void Enrolled_refused_and_withdrawn_are_final(ApplicationStatus status)
    {
        Assert.True(ApplicationStatusGraph.IsFinal(status));
        Assert.Contains("окончательный", Assert.Throws<DomainException>(() => ApplicationStatusGraph.EnsureCanMove(status, Registered)).Message);
    }

    [Theory]
    [InlineData(New, 2)]
    [InlineData(Registered, 1)]
    [InlineData(UnderReview, 6)]
    [InlineData(Invited, 25)]
    [InlineData(Directed, 6)]
    [InlineData(Enrolled, 3)]
    [InlineData(Refused, 4)]
    [InlineData(Withdrawn, 10)]
    [InlineData(NeedsCorrection, 15)]
    public void Every_status_has_its_epgu_code_and_a_comment_for_the_parent(ApplicationStatus status, int code)
    {
        var epgu = EpguStatusCodes.For(status);

        Assert.Equal(code, epgu.Code);
        Assert.False(string.IsNullOrWhiteSpace(epgu.Comment));
    }

    [Fact]
    public void Directed_differs_from_under_review_only_by_its_comment()
    {
        Assert.NotEqual(EpguStatusCodes.For(UnderReview).Comment, EpguStatusCodes.For(Directed).Comment);
    }

    [Fact]
    public void Refusal_for_lack_of_places_sends_the_parent_to_the_education_authority()
    {
        var epgu = EpguStatusCodes.For(Refused, RefusalReason.NoPlaces);

        Assert.Equal(4, epgu.Code);
        Assert.Contains("отсутствием свободных мест", epgu.Comment);
        Assert.Contains("орган местного самоуправления, осуществляющий управление в сфере образования", epgu.Comment);
    }

    [Fact]
    public void Statuses_channels_and_kinds_have_the_names_of_the_briefing()
    {
        Assert.Equal("Направлен в ООО", EnrollmentNames.Name(Directed));
        Assert.Equal("Принято к рассмотрению", EnrollmentNames.Name(UnderReview));
        Assert.Equal("Отозвано заявителем", EnrollmentNames.Name(Withdrawn));
        Assert.Equal(
            ["ЕПГУ", "Лично в ОО", "Почтой", "По электронной почте", "РПГУ"],
            Enum.GetValues<ApplicationChannel>().Select(EnrollmentNames.Name));
        Assert.Equal(["1 класс", "10 класс", "Перевод"], Enum.GetValues<ApplicationKind>().Select(EnrollmentNames.Name));
        Assert.Equal(9, Enum.GetValues<ApplicationStatus>().Select(EnrollmentNames.Name).Distinct().Count());
    }

    [Theory]
    [InlineData(AdmissionRight.None, false, false)]
    [InlineData(AdmissionRight.None, true, true)]
    [InlineData(AdmissionRight.Extraordinary, false, true)]
    [InlineData(AdmissionRight.FirstPriority, false, true)]
    [InlineData(AdmissionRight.Sibling, false, true)]
    public void First_stage_is_for_a_right_or_the_territory(AdmissionRight right, bool livesOnTerritory, bool eligible)
    {
        Assert.Equal(eligible, AdmissionRights.IsFirstStageEligible(right, livesOnTerritory));
    }

    [Fact]
    public void Rights_are_named_with_their_points_of_order_458()
    {
        Assert.Contains("п. 9)", AdmissionRights.Name(AdmissionRight.Extraordinary));
        Assert.Contains("9.1, 10", AdmissionRights.Name(AdmissionRight.FirstPriority));
        Assert.Contains("п. 12", AdmissionRights.Name(AdmissionRight.Sibling));
    }
}
