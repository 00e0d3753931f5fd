using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.People;

public sealed class IdentityDocumentTests
{
    [Theory]
    [InlineData("7512", "123456")]
    [InlineData("75 12", "123456")]
    public void Passport_accepts_four_digit_series_and_six_digit_number(string series, string number)
    {
        var passport = IdentityDocument.Passport(series, number);

        Assert.Equal("7512", passport.Series);
        Assert.Equal("7512 123456", passport.SeriesAndNumber);
    }

    [Theory]
    [InlineData("751", "123456", "4 цифры")]
    [InlineData("75A2", "123456", "4 цифры")]
    [InlineData("7512", "12345", "6 цифр")]
    [InlineData("7512", "", "не указан")]
    [InlineData("", "123456", "не указана")]
    public void Passport_refuses_bad_series_or_number(string series, string number, string expected)
    {
        var error = Assert.Throws<DomainException>(() => IdentityDocument.Passport(series, number));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("IV-ИВ", "IV-ИВ")]
    [InlineData("iv-ив", "IV-ИВ")]
    [InlineData("XII-АБ", "XII-АБ")]
    [InlineData("ІХ-ЕЁ", "IX-ЕЁ")] // Cyrillic І and Х typed for the roman part
    [InlineData("I - ИВ", "I-ИВ")]
    public void Birth_certificate_series_is_a_roman_numeral_and_two_cyrillic_capitals(string series, string expected)
    {
        Assert.Equal(expected, IdentityDocument.BirthCertificate(series, "123456").Series);
    }

    [Theory]
    [InlineData("4-ИВ", "не римское")]
    [InlineData("IIII-ИВ", "не римское")]
    [InlineData("IV-IV", "две русские")]
    [InlineData("IV-И", "две русские")]
    [InlineData("IVИВ", "дефис")]
    [InlineData("", "не указана")]
    public void Birth_certificate_refuses_bad_series(string series, string expected)
    {
        var error = Assert.Throws<DomainException>(() => IdentityDocument.BirthCertificate(series, "123456"));

        Assert.Contains(expected, error.Message);
        Assert.Equal("series", error.Field);
    }

    [Fact]
    public void Birth_certificate_number_is_six_digits()
    {
        Assert.Contains("6 цифр", IdentityDocument.Validate(DocumentKind.RfBirthCertificate, "IV-ИВ", "12345"));
    }

    [Fact]
    public void Foreign_document_is_free_form_but_needs_a_number()
    {
        var doc = IdentityDocument.Create(DocumentKind.Foreign, "AB", "N 0012-XY");

        Assert.Equal("AB N 0012-XY", doc.SeriesAndNumber);
        Assert.Throws<DomainException>(() => IdentityDocument.Create(DocumentKind.Foreign, null, " "));
    }
}
