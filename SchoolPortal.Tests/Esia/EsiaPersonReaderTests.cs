using System.Text.Json;
using SchoolPortal.Domain.People;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaPersonReaderTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Reads_the_person_documents_and_kids_as_esia_sends_them()
    {
        var person = Json("""{"firstName":"Мария","lastName":"Иванова","middleName":"Петровна","birthDate":"14.03.1985","gender":"F","trusted":true,"snils":"112-233-445 95"}""");
        var docs = Json("""{"elements":[{"type":"RF_PASSPORT","vrfStu":"VERIFIED","series":"7505","number":"123456","issueDate":"20.04.2005","issuedBy":"ОВД"},{"type":"RF_DRIVING_LICENSE","series":"7401","number":"000001"}]}""");
        var kids = Json("""{"elements":[{"id":1001,"firstName":"Пётр","lastName":"Иванов","middleName":"Сергеевич","birthDate":"14.03.2015","gender":"M","snils":"112-233-445 95","documents":{"elements":[{"type":"RF_BRTH_CERT","series":"IV-ИВ","number":"654321","issueDate":"01.04.2015"}]}}]}""");

        var esia = EsiaPersonReader.Read("1000123", person, docs, kids);

        Assert.Equal("Иванова Мария Петровна", esia.Name.Full);
        Assert.Equal(new DateOnly(1985, 3, 14), esia.BirthDate);
        Assert.True(esia.IsTrusted);
        Assert.NotNull(esia.Snils);
        var passport = Assert.Single(esia.Documents);
        Assert.Equal(DocumentKind.RfPassport, passport.Kind);
        var kid = Assert.Single(esia.Kids);
        Assert.Equal("1001", kid.Id);
        Assert.Equal("Иванов Пётр Сергеевич", kid.Name.Full);
        Assert.Equal(DocumentKind.RfBirthCertificate, Assert.Single(kid.Documents).Kind);
        Assert.True(kid.DocumentsVerified);
    }

    [Fact]
    public void A_kids_document_esia_has_not_checked_yet_marks_the_kid_unverified()
    {
        var kids = Json("""{"elements":[{"id":7,"firstName":"Пётр","lastName":"Иванов","birthDate":"14.03.2015","documents":{"elements":[{"type":"RF_BRTH_CERT","vrfStu":"NOT_VERIFIED","series":"IV-ИВ","number":"654321"}]}}]}""");

        var esia = EsiaPersonReader.Read("1", Json("""{"firstName":"Мария","lastName":"Иванова","birthDate":"14.03.1985","trusted":true}"""), Json("{}"), kids);

        Assert.False(Assert.Single(esia.Kids).DocumentsVerified);
    }

    [Fact]
    public void An_unconfirmed_account_without_patronymic_documents_or_kids_is_read_as_such()
    {
        var person = Json("""{"firstName":"Анна","lastName":"Смит","birthDate":"01.02.1990","trusted":false}""");

        var esia = EsiaPersonReader.Read("42", person, Json("{}"), Json("""{"elements":[]}"""));

        Assert.False(esia.IsTrusted);
        Assert.Null(esia.Name.Patronymic);
        Assert.Null(esia.Snils);
        Assert.Empty(esia.Documents);
        Assert.Empty(esia.Kids);
    }

    [Fact]
    public void A_malformed_document_is_left_out_and_a_missing_birth_date_is_refused_in_russian()
    {
        var docs = Json("""{"elements":[{"type":"RF_PASSPORT","series":"ABCD","number":"12"}]}""");
        var person = Json("""{"firstName":"Анна","lastName":"Смит","middleName":"Ивановна","birthDate":"01.02.1990","trusted":true}""");

        Assert.Empty(EsiaPersonReader.Read("1", person, docs, Json("{}")).Documents);
        var e = Assert.Throws<EsiaDataException>(() =>
            EsiaPersonReader.Read("1", Json("""{"firstName":"Анна","lastName":"Смит","trusted":true}"""), Json("{}"), Json("{}")));
        Assert.Contains("дату рождения", e.Message);
    }
}
