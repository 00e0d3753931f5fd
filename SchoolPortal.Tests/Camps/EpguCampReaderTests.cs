using SchoolPortal.Domain.Camps;
using SchoolPortal.Integrations.EpguEnrollment;
using static SchoolPortal.Tests.Camps.CampEpguSamples;

namespace SchoolPortal.Tests.Camps;

/// <summary>The 600173 camp application in the EPGU inbox: told apart from enrollment messages, read strictly, every error by field.</summary>
public sealed class EpguCampReaderTests
{
    [Fact]
    public void A_written_camp_application_reads_back_whole_with_its_shifts_in_order()
    {
        var message = Message(4_100_000_001, [31, 12, 15], childSnils: ChildSnils, passport: "700101",
            benefit: new EpguCampBenefit(EpguEnrollmentFormat.FirstPriority, "Справка военкомата № 12 от 03.03.2027"));

        var item = FolderEpguEnrollmentGateway.Read("camp.json", EpguEnrollmentJson.CampApplication(message));

        Assert.Null(item.Message);
        var read = Assert.IsType<EpguCampApplicationMessage>(item.Camp);
        Assert.Equal([31, 12, 15], read.Shifts);
        Assert.Equal(message with { Shifts = read.Shifts }, read);
        Assert.Equal("600173", read.ServiceCode);
    }

    [Fact]
    public void An_enrollment_application_is_still_read_as_one_and_a_camp_format_anywhere_but_the_top_does_not_count()
    {
        var enrollment = EpguEnrollmentJson.Application(Enrollment.Epgu.EpguSamples.Message(orderId: 101));
        var hidden = Bytes(Json(Message(5, [1])).Replace("\"format\": \"epgu-camp-application\",", "\"x\": { \"format\": \"epgu-camp-application\" }, \"format\": \"epgu-enrollment-application\","));

        Assert.NotNull(FolderEpguEnrollmentGateway.Read("a.json", enrollment).Message);
        Assert.False(EpguCampReader.IsCampApplication(hidden));
        Assert.False(EpguCampReader.IsCampApplication(Bytes("не JSON")));
    }

    [Fact]
    public void A_malformed_camp_application_is_refused_with_every_error_by_field()
    {
        var json = Json(Message(7, [1, 2]))
            .Replace("\"serviceCode\": \"600173\"", "\"serviceCode\": \"600100\"")
            .Replace("\"childBirthDate\": \"2015-03-14\"", "\"childBirthDate\": \"14.03.2015\"")
            .Replace("\"shifts\": [\n    1,\n    2\n  ]", "\"shifts\": [1, 1, -3, 4]")
            .Replace("\"orderId\": 7,", "\"orderId\": 7, \"childPhoto\": \"…\",");

        var read = EpguCampReader.Read(Bytes(json));

        Assert.Null(read.Value);
        Assert.Equal(["childInfo.childBirthDate", "childPhoto", "serviceCode", "shifts"], read.Errors.Select(e => e.Field).Order());
        Assert.Contains(read.Errors, e => e.Field == "shifts" && e.Text == "от 1 до 3 значений, в списке 4.");
    }

    [Fact]
    public void A_shift_given_twice_or_not_as_a_number_is_named_by_its_place_in_the_list()
    {
        var json = Json(Message(8, [1, 2])).Replace("\"shifts\": [\n    1,\n    2\n  ]", "\"shifts\": [5, \"6\", 5]");

        var read = EpguCampReader.Read(Bytes(json));

        Assert.Equal(["shifts[1]: ожидается положительное целое число.", "shifts[2]: значение 5 уже есть в списке."],
            read.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Without_any_document_of_the_child_or_the_applicant_the_message_says_what_each_is_looked_up_by()
    {
        var read = EpguCampReader.Read(EpguEnrollmentJson.CampApplication(Message(9, [1], parentSnils: null) with
        {
            ChildInfo = new EpguCampChild("Летова", "Дарья", null, new DateOnly(2015, 3, 14), null, null),
        }));

        Assert.Equal(["childInfo", "personInfo"], read.Errors.Select(e => e.Field));
        Assert.Contains("по ним ребенок ищется в записях региона", read.Errors[0].Text);
    }

    [Fact]
    public void Over_long_names_and_a_category_document_over_300_characters_are_refused_not_cut()
    {
        var message = Message(10, [1], benefit: new EpguCampBenefit(EpguEnrollmentFormat.Extraordinary, new string('д', 301)));
        var json = Json(message).Replace("\"childSurname\": \"Летова\"", $"\"childSurname\": \"{new string('Л', 61)}\"");

        var read = EpguCampReader.Read(Bytes(json));

        Assert.Equal(["benefitsInfo.benefitDocInfo: не длиннее 300 символов, в поле 301.", "childInfo.childSurname: не длиннее 60 символов, в поле 61."],
            read.Errors.Select(e => e.ToString()).Order());
    }

    [Fact]
    public void A_wrong_snils_checksum_or_certificate_series_is_an_error_of_its_field_when_the_keys_are_taken()
    {
        var message = Message(11, [1], childSnils: "112-233-445 96") with
        {
            ChildInfo = Message(11, [1]).ChildInfo with { ChildSnils = "112-233-445 96", ChildBirthDocRF = new EpguChildBirthDocRF("IV-XX", "700101", null, null, null) },
        };

        var keys = EpguCampMapper.Keys(message);

        Assert.Equal(["childInfo.childBirthDocRF.childBirthDocSeries", "childInfo.childSnils"], keys.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void The_keys_carry_the_category_and_normalised_documents()
    {
        var keys = EpguCampMapper.Keys(Message(12, [3, 1], passport: "700101",
            benefit: new EpguCampBenefit(EpguEnrollmentFormat.Extraordinary, "Извещение о гибели № 5"))).Value!;

        Assert.Equal((CampPriority.Extraordinary, "Извещение о гибели № 5"), (keys.Priority, keys.PriorityDocument));
        Assert.Equal(("IV-ИВ", "700101"), (keys.ChildCertificate!.Series, keys.ChildCertificate.Number));
        Assert.Equal(("7512", "11223344696"), (keys.ApplicantDocument!.Series, keys.ApplicantSnils!.Value));
        Assert.Equal([3, 1], keys.Shifts);
    }
}
