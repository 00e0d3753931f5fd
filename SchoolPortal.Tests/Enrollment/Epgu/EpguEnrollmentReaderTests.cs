using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Integrations.EpguEnrollment;
using static SchoolPortal.Tests.Enrollment.Epgu.EpguSamples;

namespace SchoolPortal.Tests.Enrollment.Epgu;

public sealed class EpguEnrollmentReaderTests
{
    [Theory]
    [InlineData(EpguTestFamily.FirstStage)]
    [InlineData(EpguTestFamily.Sibling)]
    [InlineData(EpguTestFamily.OutsideTerritory)]
    [InlineData(EpguTestFamily.TenthGrade)]
    [InlineData(EpguTestFamily.Transfer)]
    public void A_message_as_written_reads_back_field_for_field(EpguTestFamily family)
    {
        var message = Message(family);

        var read = EpguEnrollmentReader.ReadApplication(EpguEnrollmentJson.Application(message));

        Assert.Empty(read.Errors);
        Assert.Equal(message, read.Value);
    }

    [Fact]
    public void Every_error_of_a_message_is_reported_at_once_each_naming_its_field_in_russian()
    {
        var json = Json(Message())
            .Replace("\"childBirthDate\": \"2020-03-14\"", "\"childBirthDate\": \"14.03.2020\"")
            .Replace("\"childSex\": \"male\",", "\"childPhoto\": \"photo.jpg\",")
            .Replace("\"orderId\": 3894561207", "\"orderId\": \"3894561207\"");

        var read = EpguEnrollmentReader.ReadApplication(Bytes(json));

        Assert.Null(read.Value);
        Assert.Equal(["orderId", "childInfo.childBirthDate", "childInfo.childSex", "childInfo.childPhoto"], read.Errors.Select(e => e.Field));
        Assert.Contains("ГГГГ-ММ-ДД", read.Errors[1].Text);
        Assert.Equal("обязательное поле не указано.", read.Errors[2].Text);
        Assert.Contains("такого поля нет в версии 1.0", read.Errors[3].Text);
    }

    [Fact]
    public void An_unknown_version_is_refused_with_that_one_error_and_the_rest_is_not_read()
    {
        var json = Json(Message()).Replace("\"version\": \"1.0\"", "\"version\": \"2.0\"").Replace("\"childSex\": \"male\",", "");

        var read = EpguEnrollmentReader.ReadApplication(Bytes(json));

        var error = Assert.Single(read.Errors);
        Assert.Equal("version", error.Field);
        Assert.Equal("версия формата «2.0» не поддерживается: портал читает версию 1.0.", error.Text);
    }

    [Fact]
    public void A_status_message_is_not_taken_for_an_application()
    {
        var status = EpguStatusReport.For(1, ApplicationStatus.Registered, null, null, April1);

        var read = EpguEnrollmentReader.ReadApplication(EpguEnrollmentJson.Status(status));

        Assert.Equal("format", Assert.Single(read.Errors).Field);
    }

    [Fact]
    public void A_string_longer_than_its_limit_is_refused_naming_the_field_and_the_limit()
    {
        var json = Json(Message()).Replace("\"childSurname\": \"Иванов\"", $"\"childSurname\": \"{new string('Я', 61)}\"");

        var error = Assert.Single(EpguEnrollmentReader.ReadApplication(Bytes(json)).Errors);

        Assert.Equal(("childInfo.childSurname", "не длиннее 60 символов, в поле 61."), (error.Field, error.Text));
    }

    [Fact]
    public void A_message_larger_than_64_KiB_is_refused_before_parsing()
    {
        var json = Json(Message()).Replace("\"languageEducation\": \"русский\"", $"\"languageEducation\": \"{new string('а', 40_000)}\"");

        var error = Assert.Single(EpguEnrollmentReader.ReadApplication(Bytes(json)).Errors);

        Assert.Equal("", error.Field);
        Assert.StartsWith("Сообщение больше 64 КБ", error.Text);
    }

    [Theory]
    [InlineData("{\"format\": \"epgu-enrollment-application\",", "строке 1")]
    [InlineData("[1, 2]", "объектом JSON")]
    [InlineData("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":1}}}}}}}}}", "вложенность глубже 8")]
    public void What_is_not_a_json_object_within_the_depth_bound_is_refused_in_russian(string json, string expected)
    {
        var error = Assert.Single(EpguEnrollmentReader.ReadApplication(Bytes(json)).Errors);

        Assert.Contains(expected, error.Text);
    }

    [Fact]
    public void The_child_needs_exactly_one_birth_document()
    {
        var message = Message();
        var none = message with { ChildInfo = message.ChildInfo with { ChildBirthDocRF = null } };
        var both = message with
        {
            ChildInfo = message.ChildInfo with { ChildBirthDocForeign = new EpguChildBirthDocForeign("Свидетельство Казахстана", null, "N123", null, null) },
        };

        var noneError = Assert.Single(EpguEnrollmentReader.ReadApplication(EpguEnrollmentJson.Application(none)).Errors);
        var bothError = Assert.Single(EpguEnrollmentReader.ReadApplication(EpguEnrollmentJson.Application(both)).Errors);

        Assert.Equal("childInfo", noneError.Field);
        Assert.StartsWith("не указан документ ребёнка", noneError.Text);
        Assert.Contains("не оба", bothError.Text);
    }

    [Fact]
    public void A_field_given_twice_and_an_unknown_code_are_errors()
    {
        var json = Json(Message()).Replace("\"serviceType\": \"grade1\"", "\"serviceType\": \"grade2\", \"orderId\": 1");

        var errors = EpguEnrollmentReader.ReadApplication(Bytes(json)).Errors;

        Assert.Equal(["serviceType", "orderId"], errors.Select(e => e.Field));
        Assert.Equal("неизвестное значение «grade2»; допустимо: grade1, grade10, transfer.", errors[0].Text);
        Assert.Equal("поле указано дважды.", errors[1].Text);
    }

    [Fact]
    public void A_filing_time_without_an_offset_is_refused_as_ambiguous()
    {
        var json = Json(Message()).Replace("\"filedAt\": \"2027-04-01T09:00:00+05:00\"", "\"filedAt\": \"2027-04-01T09:00:00\"");

        var error = Assert.Single(EpguEnrollmentReader.ReadApplication(Bytes(json)).Errors);

        Assert.Equal("filedAt", error.Field);
    }

    [Fact]
    public void A_status_message_reads_back_with_the_code_and_the_parent_facing_comment()
    {
        var status = EpguStatusReport.For(3_894_561_207, ApplicationStatus.Refused, RefusalReason.NoPlaces, null, April1);

        var read = EpguEnrollmentReader.ReadStatus(EpguEnrollmentJson.Status(status));

        Assert.Equal(status, read.Value);
        Assert.Equal(EpguStatusCodes.Refused, status.StatusCode);
        Assert.Contains("обратитесь в орган местного самоуправления", status.Comment);
    }

    [Fact]
    public void The_schools_own_comment_follows_the_standard_text_of_the_status()
    {
        var status = EpguStatusReport.For(1, ApplicationStatus.NeedsCorrection, null, "Исправьте номер свидетельства о рождении.", April1);

        Assert.Equal(EpguStatusCodes.NeedsCorrection, status.StatusCode);
        Assert.Equal("В заявлении нужно исправить сведения: подробности в комментарии образовательной организации. " +
            "Комментарий образовательной организации: Исправьте номер свидетельства о рождении.", status.Comment);
    }
}
