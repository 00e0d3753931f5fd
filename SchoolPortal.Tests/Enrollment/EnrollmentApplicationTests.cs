using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Enrollment;

public sealed class EnrollmentApplicationTests
{
    private const string Admin = "Петрова А. С. (admin1)";
    private static readonly AdmissionCampaign Campaign = AdmissionCampaign.Default(2026);
    private static readonly TerritoryLine Lenina = new(1, "г. Челябинск", "ул. Ленина", HouseRange.Create(HouseParity.Odd, 1, 25));

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(5));

    private static EnrollmentApplication FirstGrade(DateOnly filedOn, DateOnly? birthDate = null, bool onTerritory = true)
    {
        var application = new EnrollmentApplication("74-2026-000123", ApplicationChannel.Epgu, ApplicationKind.FirstGrade, 1, 2026,
            filedOn, PersonName.Create("Смирнов", "Артём", "Игоревич"), birthDate ?? new DateOnly(2019, 10, 10), Gender.Male,
            PersonName.Create("Смирнова", "Елена", "Викторовна"), "ЕПГУ", At(filedOn.Month, filedOn.Day, 9), 1234567890,
            At(filedOn.Month, filedOn.Day, 9));
        var address = onTerritory
            ? "454080, Челябинская обл., г. Челябинск, ул. Ленина, д. 5а, кв. 3"
            : "454080, Челябинская обл., г. Челябинск, ул. Кирова, д. 7";
        application.ChangeChild(application.ChildName, application.ChildBirthDate, Gender.Male, null,
            IdentityDocument.BirthCertificate("IV-ИВ", "123456", new DateOnly(2019, 10, 20)), "120197400012300456789",
            Address.Parse(address), null);
        application.MatchTerritory(new AddressMatcher([Lenina]));
        return application;
    }

    private static EnrollmentApplication UnderReview(EnrollmentApplication application)
    {
        application.Register(Admin, At(application.FiledOn.Month, application.FiledOn.Day, 11), Campaign);
        application.TakeForReview(Admin, At(application.FiledOn.Month, application.FiledOn.Day, 12));
        return application;
    }

    [Fact]
    public void New_application_starts_as_new_with_one_history_entry()
    {
        var application = FirstGrade(D(4, 1));

        Assert.Equal(ApplicationStatus.New, application.Status);
        var entry = Assert.Single(application.History);
        Assert.Equal(("ЕПГУ", ApplicationStatus.New), (entry.By, entry.Status));
        Assert.Equal(2, application.EpguStatus.Code);
    }

    [Fact]
    public void Residence_on_the_territory_is_found_and_shown_with_its_line()
    {
        var application = FirstGrade(D(4, 1));

        Assert.True(application.LivesOnTerritory);
        Assert.Equal("г. Челябинск, ул. Ленина, нечётные 1–25", application.MatchedTerritoryLine);
        Assert.True(application.IsFirstStageEligible);
    }

    [Fact]
    public void Registering_on_1_april_puts_a_territory_child_into_the_first_stage()
    {
        var application = FirstGrade(D(4, 1));

        application.Register(Admin, At(4, 1, 11), Campaign, "Документы в порядке");

        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Equal(AdmissionStage.FirstStage, application.Stage);
        Assert.Equal((Admin, "Документы в порядке"), (application.History[^1].By, application.History[^1].Comment));
    }

    [Fact]
    public void Registering_a_child_from_outside_the_territory_in_june_is_refused_with_the_second_stage_date()
    {
        var application = FirstGrade(D(6, 10), onTerritory: false);

        var error = Assert.Throws<DomainException>(() => application.Register(Admin, At(6, 10, 11), Campaign));

        Assert.Contains("подают заявления с 6 июля", error.Message);
        Assert.Equal(ApplicationStatus.New, application.Status);
    }

    [Fact]
    public void A_sibling_right_admits_a_child_from_outside_the_territory_to_the_first_stage()
    {
        var application = FirstGrade(D(5, 15), onTerritory: false);
        application.ChangeRight(AdmissionRight.Sibling, "Справка школы № 12 от 10.05.2026", "Смирнова Дарья Игоревна, 4А");

        application.Register(Admin, At(5, 15, 11), Campaign);

        Assert.Equal(AdmissionStage.FirstStage, application.Stage);
    }

    [Fact]
    public void A_sibling_right_needs_the_siblings_name()
    {
        var application = FirstGrade(D(4, 1));

        var error = Assert.Throws<DomainException>(() => application.ChangeRight(AdmissionRight.Sibling, "Справка", null));

        Assert.Contains("п. 12", error.Message);
        Assert.Equal(AdmissionRight.None, application.Right);
    }

    [Fact]
    public void Directing_a_first_stage_application_on_30_june_is_refused_naming_the_rule()
    {
        var application = UnderReview(FirstGrade(D(4, 1)));

        var error = Assert.Throws<DomainException>(() => application.Direct(Admin, At(6, 30, 17), D(6, 30), Campaign));

        Assert.Contains("До 30.06.2026 включительно", error.Message);
        Assert.Contains("п. 17 Порядка приема", error.Message);
        Assert.Contains("№ 458", error.Message);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
    }

    [Fact]
    public void Directing_a_first_stage_application_on_1_july_is_allowed()
    {
        var application = UnderReview(FirstGrade(D(4, 1)));

        application.Direct(Admin, At(7, 1, 9), D(7, 1), Campaign);

        Assert.Equal(ApplicationStatus.Directed, application.Status);
        Assert.Equal(6, application.EpguStatus.Code);
    }

    [Fact]
    public void A_second_stage_application_is_directed_as_soon_as_it_is_reviewed()
    {
        var application = UnderReview(FirstGrade(D(7, 6), onTerritory: false));

        application.Invite(Admin, At(7, 7), "Ждём 08.07 с 9:00 до 12:00, каб. 5");
        application.Direct(Admin, At(7, 8), D(7, 8), Campaign);

        Assert.Equal(AdmissionStage.SecondStage, application.Stage);
        Assert.Equal(ApplicationStatus.Directed, application.Status);
    }

    [Fact]
    public void Enrolling_a_child_too_young_without_the_founders_permission_is_refused()
    {
        var application = UnderReview(FirstGrade(D(4, 1), birthDate: new DateOnly(2020, 3, 2)));
        application.Direct(Admin, At(7, 1), D(7, 1), Campaign);

        var error = Assert.Throws<DomainException>(() => application.Enroll(501, Admin, At(7, 2), Campaign));

        Assert.Contains("не исполнится 6 лет 6 месяцев", error.Message);
        Assert.Contains("без разрешения учредителя", error.Message);
        Assert.Equal(ApplicationStatus.Directed, application.Status);
    }

    [Fact]
    public void Enrolling_with_the_founders_permission_records_the_pupil_card()
    {
        var application = UnderReview(FirstGrade(D(4, 1), birthDate: new DateOnly(2020, 3, 2)));
        application.ChangeFounderPermission(true, "Распоряжение управления образования № 15 от 20.06.2026");
        application.Direct(Admin, At(7, 1), D(7, 1), Campaign);

        application.Enroll(501, Admin, At(7, 2), Campaign, "Приказ № 45-у от 02.07.2026");

        Assert.Equal(ApplicationStatus.Enrolled, application.Status);
        Assert.Equal(501, application.PupilId);
        Assert.Equal(3, application.EpguStatus.Code);
    }

    [Fact]
    public void The_founders_permission_needs_its_document()
    {
        Assert.Contains("документ учредителя", Assert.Throws<DomainException>(() => FirstGrade(D(4, 1)).ChangeFounderPermission(true, " ")).Message);
    }

    [Fact]
    public void Enrolling_an_application_not_directed_is_refused_by_the_graph()
    {
        var application = UnderReview(FirstGrade(D(4, 1)));

        var error = Assert.Throws<DomainException>(() => application.Enroll(501, Admin, At(7, 2), Campaign));

        Assert.Contains("нельзя перевести заявление в «Зачислен»", error.Message);
    }

    [Fact]
    public void Refusal_without_a_reason_is_refused()
    {
        var application = UnderReview(FirstGrade(D(4, 1)));

        var error = Assert.Throws<DomainException>(() => application.Refuse(null, Admin, At(7, 2)));

        Assert.Contains("Укажите причину отказа", error.Message);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
    }

    [Fact]
    public void Refusal_for_lack_of_places_is_final_and_tells_the_parent_where_to_go()
    {
        var application = UnderReview(FirstGrade(D(4, 1)));

        application.Refuse(RefusalReason.NoPlaces, Admin, At(7, 2));

        Assert.Equal((ApplicationStatus.Refused, RefusalReason.NoPlaces), (application.Status, application.RefusalReason));
        Assert.Contains("орган местного самоуправления", application.EpguStatus.Comment);
        Assert.False(application.IsActive);
        Assert.Throws<DomainException>(() => application.Withdraw("ЕПГУ", At(7, 3)));
        Assert.Contains("больше не меняются", Assert.Throws<DomainException>(() => application.ChangeRight(AdmissionRight.None, null, null)).Message);
    }

    [Fact]
    public void A_repeated_application_is_refused_as_a_duplicate_of_the_first()
    {
        var first = FirstGrade(D(4, 1));
        var second = FirstGrade(D(4, 2));
        Assert.True(second.IsSameChildAs(first));

        second.MarkDuplicateOf(17, first.Number, Admin, At(4, 2, 11));

        Assert.Equal(ApplicationStatus.Refused, second.Status);
        Assert.Equal(RefusalReason.Duplicate, second.RefusalReason);
        Assert.Equal(17, second.DuplicateOfId);
        Assert.Contains("74-2026-000123", second.History[^1].Comment);
    }

    [Fact]
    public void A_duplicate_refusal_needs_the_original()
    {
        var error = Assert.Throws<DomainException>(() => FirstGrade(D(4, 1)).Refuse(RefusalReason.Duplicate, Admin, At(4, 2)));

        Assert.Contains("повтором какого заявления", error.Message);
    }

    [Fact]
    public void A_correction_needs_a_comment_and_the_corrected_application_is_registered_again()
    {
        var application = FirstGrade(D(4, 1));
        Assert.Throws<DomainException>(() => application.RequestCorrection(Admin, At(4, 1, 11), " "));

        application.RequestCorrection(Admin, At(4, 1, 11), "Не читается скан свидетельства о рождении");
        Assert.Equal(15, application.EpguStatus.Code);
        application.Register(Admin, At(4, 3), Campaign);

        Assert.Equal(
            [ApplicationStatus.New, ApplicationStatus.NeedsCorrection, ApplicationStatus.Registered],
            application.History.Select(h => h.Status));
    }

    [Fact]
    public void The_applicant_may_withdraw_an_application_in_progress()
    {
        var application = UnderReview(FirstGrade(D(4, 1)));

        application.Withdraw("ЕПГУ", At(4, 5), "Отозвано на ЕПГУ");

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(10, application.EpguStatus.Code);
    }

    [Fact]
    public void A_grade_10_application_is_registered_in_any_month_with_its_profile()
    {
        var application = new EnrollmentApplication("74-2026-000777", ApplicationChannel.InPerson, ApplicationKind.TenthGrade, 1, 2026,
            D(8, 20), PersonName.Create("Кузнецова", "Мария", "Олеговна"), new DateOnly(2010, 5, 5), Gender.Female,
            PersonName.Create("Кузнецов", "Олег", "Петрович"), Admin, At(8, 20));
        application.ChangeEducation("русский", false, "технологический");

        application.Register(Admin, At(8, 20, 11), Campaign);

        Assert.Equal(AdmissionStage.AllYear, application.Stage);
        Assert.Equal("технологический", application.TenthGradeProfile);
        Assert.Null(application.EpguOrderId);
    }

    [Fact]
    public void A_profile_belongs_only_to_grade_10()
    {
        var error = Assert.Throws<DomainException>(() => FirstGrade(D(4, 1)).ChangeEducation(null, true, "гуманитарный"));

        Assert.Contains("только в заявлении в 10 класс", error.Message);
    }

    [Fact]
    public void An_epgu_application_needs_its_epgu_number()
    {
        var error = Assert.Throws<DomainException>(() => new EnrollmentApplication("74-1", ApplicationChannel.Epgu,
            ApplicationKind.FirstGrade, 1, 2026, D(4, 1), PersonName.Create("Смирнов", "Артём", "Игоревич"), new DateOnly(2019, 10, 10),
            Gender.Male, PersonName.Create("Смирнова", "Елена", "Викторовна"), "ЕПГУ", At(4, 1)));

        Assert.Contains("номер заявления на ЕПГУ", error.Message);
    }

    [Fact]
    public void An_application_of_another_year_is_not_moved_under_this_campaign()
    {
        var application = FirstGrade(D(4, 1));

        var error = Assert.Throws<DomainException>(() => application.Register(Admin, At(4, 1, 11), AdmissionCampaign.Default(2027)));

        Assert.Contains("2027/2028", error.Message);
    }

    [Fact]
    public void A_later_directing_day_set_for_the_campaign_moves_the_refusal_with_it()
    {
        var campaign = AdmissionCampaign.Default(2026);
        campaign.ChangeDirectingAllowedFrom(D(7, 3));
        var application = FirstGrade(D(4, 1));
        application.Register(Admin, At(4, 1, 11), campaign);
        application.TakeForReview(Admin, At(4, 1, 12));

        var error = Assert.Throws<DomainException>(() => application.Direct(Admin, At(7, 2), D(7, 2), campaign));
        application.Direct(Admin, At(7, 3), D(7, 3), campaign);

        Assert.Contains("До 02.07.2026 включительно", error.Message);
        Assert.Contains("с 03.07.2026", error.Message);
        Assert.Equal(ApplicationStatus.Directed, application.Status);
    }

    [Fact]
    public void A_transfer_links_the_childs_current_card_and_keeps_it_on_enrolment()
    {
        var application = new EnrollmentApplication("74-2026-000900", ApplicationChannel.Rpgu, ApplicationKind.Transfer, 1, 2026,
            D(11, 10), PersonName.Create("Орлов", "Глеб", "Сергеевич"), new DateOnly(2015, 2, 3), Gender.Male,
            PersonName.Create("Орлова", "Ирина", "Павловна"), Admin, At(11, 10));
        application.LinkPupil(3150);
        application.Register(Admin, At(11, 10, 11), Campaign);
        application.TakeForReview(Admin, At(11, 10, 12));
        application.Direct(Admin, At(11, 11), D(11, 11), Campaign);

        application.Enroll(3150, Admin, At(11, 12), Campaign);

        Assert.Equal((ApplicationStatus.Enrolled, 3150), (application.Status, application.PupilId));
        Assert.Equal(AdmissionStage.AllYear, application.Stage);
    }

    [Fact]
    public void The_history_keeps_every_step_in_order_with_who_and_when()
    {
        var application = UnderReview(FirstGrade(D(4, 1)));
        application.Direct(Admin, At(7, 1), D(7, 1), Campaign, "Решение комиссии");

        Assert.Equal(
            [ApplicationStatus.New, ApplicationStatus.Registered, ApplicationStatus.UnderReview, ApplicationStatus.Directed],
            application.History.Select(h => h.Status));
        Assert.Equal(At(7, 1), application.History[^1].At);
        Assert.Equal("Решение комиссии", application.History[^1].Comment);
        Assert.Throws<DomainException>(() => application.Withdraw("ЕПГУ", At(6, 1)));
    }
}
