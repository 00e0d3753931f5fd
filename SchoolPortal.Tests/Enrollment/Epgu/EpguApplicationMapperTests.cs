using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.EpguEnrollment;
using static SchoolPortal.Tests.Enrollment.Epgu.EpguSamples;

namespace SchoolPortal.Tests.Enrollment.Epgu;

public sealed class EpguApplicationMapperTests
{
    private static readonly DateTimeOffset Received = April1.AddMinutes(1);

    [Fact]
    public void A_first_stage_message_becomes_a_new_epgu_application_with_all_its_data()
    {
        var application = Map(Message()).Value!;

        Assert.Equal((ApplicationChannel.Epgu, 3_894_561_207L, ApplicationKind.FirstGrade, 2027, 7),
            (application.Channel, application.EpguOrderId, application.Kind, application.Year, application.SchoolId));
        Assert.Equal((new DateOnly(2027, 4, 1), April1), (application.FiledOn, application.EpguFiledAt));
        Assert.Equal("Иванов Артём Сергеевич", application.ChildName.Full);
        Assert.Equal((new DateOnly(2020, 3, 14), Gender.Male), (application.ChildBirthDate, application.ChildGender));
        Assert.Equal("Свидетельство о рождении IV-ИВ 700001", application.ChildDocument!.ToString());
        Assert.Equal("1702974000700001", application.ChildBirthActNumber);
        Assert.NotNull(application.ChildSnils);
        Assert.Equal((Territory, Territory), (application.RegistrationAddress!.Text, application.ResidenceAddress!.Text));
        Assert.Equal(("Иванова Мария Петровна", "Паспорт РФ 7512 700001", "мать"),
            (application.ApplicantName.Full, application.ApplicantDocument, application.ApplicantRelation));
        Assert.Equal(("+79127010001", "parent700001@example.ru"), (application.ApplicantPhone!.Value, application.ApplicantEmail!.Value));
        Assert.Equal((AdmissionRight.None, "русский", false), (application.Right, application.Language, application.NeedsAdaptedProgramme));
        var history = Assert.Single(application.History);
        Assert.Equal((ApplicationStatus.New, "ЕПГУ", Received), (history.Status, history.By, history.At));
    }

    [Fact]
    public void The_filing_day_is_the_regions_date_of_the_moment_epgu_registered_it()
    {
        // 31 March 20:30 UTC is already 1 April in Chelyabinsk (UTC+5): the first stage is open.
        var message = Message() with { FiledAt = new DateTimeOffset(2027, 3, 31, 20, 30, 0, TimeSpan.Zero) };

        Assert.Equal(new DateOnly(2027, 4, 1), Map(message).Value!.FiledOn);
    }

    [Fact]
    public void The_sibling_right_the_tenth_grade_profile_and_a_child_without_patronymic_are_taken()
    {
        var sibling = Map(Message(EpguTestFamily.Sibling)).Value!;
        var tenth = Map(Message(EpguTestFamily.TenthGrade)).Value!;
        var outside = Map(Message(EpguTestFamily.OutsideTerritory)).Value!;

        Assert.Equal((AdmissionRight.Sibling, "Смирнов Егор Игоревич"), (sibling.Right, sibling.SiblingName));
        Assert.Equal((ApplicationKind.TenthGrade, "технологический"), (tenth.Kind, tenth.TenthGradeProfile));
        Assert.False(outside.ChildName.HasPatronymic);
        Assert.Equal(Outside, outside.ResidenceAddress!.Text);
    }

    [Fact]
    public void The_domains_refusals_become_errors_on_the_messages_fields_all_at_once()
    {
        var message = Message();
        var broken = message with
        {
            ChildInfo = message.ChildInfo with
            {
                ChildSnils = "112-233-445 00",
                ChildBirthDocRF = message.ChildInfo.ChildBirthDocRF! with { ChildBirthDocSeries = "ИВ-12" },
            },
            PersonInfo = message.PersonInfo with { PersonEmail = "parent-at-example.ru", PersonPhone = "12345" },
            AddressResidence = new EpguAddress("ул. Ленина"),
        };

        var errors = Map(broken).Errors;

        Assert.Equal(["childInfo.childSnils", "childInfo.childBirthDocRF.childBirthDocSeries", "addressResidence.fullAddress",
            "personInfo.personPhone", "personInfo.personEmail"], errors.Select(e => e.Field));
        Assert.Contains("контрольное число", errors[0].Text);
        Assert.StartsWith("Серия свидетельства о рождении", errors[1].Text);
        Assert.StartsWith("Адрес проживания", errors[2].Text);
    }

    [Fact]
    public void Rules_of_the_application_itself_name_the_message_field_they_concern()
    {
        var message = Message();
        var broken = message with
        {
            Profile = "физико-математический",
            BenefitsInfo = new EpguBenefitsInfo(EpguEnrollmentFormat.Sibling, null, null),
        };

        var errors = Map(broken).Errors;

        Assert.Equal(["benefitsInfo.brotherSisterInfo", "profile"], errors.Select(e => e.Field));
        Assert.Contains("(п. 12)", errors[0].Text);
    }

    [Fact]
    public void A_foreign_birth_document_keeps_its_name_in_the_issuer()
    {
        var message = Message();
        var foreign = message with
        {
            ChildInfo = message.ChildInfo with
            {
                ChildBirthDocRF = null,
                ChildBirthDocForeign = new EpguChildBirthDocForeign("Свидетельство о рождении Республики Казахстан", "I-КС", "0012345", null, "ЗАГС г. Костанай"),
            },
        };

        var document = Map(foreign).Value!.ChildDocument!;

        Assert.Equal((DocumentKind.Foreign, "I-КС 0012345"), (document.Kind, document.SeriesAndNumber));
        Assert.Equal("Свидетельство о рождении Республики Казахстан, ЗАГС г. Костанай", document.IssuedBy);
    }

    [Fact]
    public void A_filing_date_still_to_come_is_refused()
    {
        var error = Assert.Single(Map(Message() with { FiledAt = April1.AddDays(3) }).Errors);

        Assert.Equal("filedAt", error.Field);
        Assert.Contains("04.04.2027 ещё не наступила", error.Text);
    }

    [Fact]
    public void The_school_code_must_be_a_valid_inn_and_an_unknown_school_is_named()
    {
        var bad = Message() with { EduOrganization = new EpguEduOrganization("7451000014") };

        Assert.Equal("7451000013", EpguApplicationMapper.SchoolInn(Message()).Value!.Value);
        Assert.Equal("eduOrganization.code", Assert.Single(EpguApplicationMapper.SchoolInn(bad).Errors).Field);
        Assert.Contains("7451000014 не найдена в регионе", EpguApplicationMapper.UnknownSchool("7451000014").Text);
    }

    [Fact]
    public void A_repeated_application_is_the_same_child_under_a_new_order_id()
    {
        var first = Map(Message(EpguTestFamily.FirstStage, 1_000_000_001)).Value!;
        var repeated = Map(Message(EpguTestFamily.Repeated, 1_000_000_002)).Value!;

        Assert.NotEqual(first.EpguOrderId, repeated.EpguOrderId);
        Assert.True(repeated.IsSameChildAs(first));
    }

    private static EpguResult<EnrollmentApplication> Map(EpguApplicationMessage message) =>
        EpguApplicationMapper.Map(message, schoolId: 7, number: "ЕПГУ-" + message.OrderId, Received);
}
