using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Readiness;

namespace SchoolPortal.Tests.Readiness;

public sealed class LookupKeysTests
{
    [Theory]
    [InlineData("IV-ИВ 123456")]
    [InlineData("iv-ив №123456")]
    [InlineData("IVИВ123456")]
    [InlineData(" IV ИВ - 123456 ")]
    [InlineData("ІV-ИВ 123456")]
    public void Birth_certificate_key_ignores_spaces_hyphens_case_and_look_alike_letters(string typed)
    {
        var key = BirthCertificateKey.Parse(typed);

        Assert.Equal(("IVИВ", "123456", "IV-ИВ 123456"), (key.Series, key.Number, key.ToString()));
        Assert.True(key.Matches(IdentityDocument.BirthCertificate("IV-ИВ", "123456")));
        Assert.False(key.Matches(IdentityDocument.BirthCertificate("IV-ИВ", "123457")));
        Assert.False(key.Matches(IdentityDocument.BirthCertificate("V-ИВ", "123456")));
    }

    [Fact]
    public void Birth_certificate_key_finds_a_certificate_stored_with_an_arabic_series()
    {
        var stored = ReadinessPeople.Stored(DocumentKind.RfBirthCertificate, "4-ИВ", "123456");

        Assert.True(BirthCertificateKey.Parse("4 ИВ 123456").Matches(stored));
    }

    [Theory]
    [InlineData("", "Укажите серию и номер свидетельства о рождении")]
    [InlineData("IV-ИВ", "Не указан номер свидетельства о рождении")]
    [InlineData("123456", "Не указана серия свидетельства о рождении")]
    [InlineData("IV-IV 123456", "заканчивается двумя русскими буквами")]
    public void Birth_certificate_key_refuses_incomplete_input_in_russian(string typed, string message)
    {
        Assert.Contains(message, Assert.Throws<DomainException>(() => BirthCertificateKey.Parse(typed)).Message);
    }

    [Theory]
    [InlineData("112-233-445 95")]
    [InlineData("11223344595")]
    [InlineData("112 233 445 95")]
    public void Snils_key_reads_any_formatting(string typed)
    {
        var key = SnilsKey.Parse(typed);

        Assert.Equal("11223344595", key.Digits);
        Assert.Null(key.ChecksumWarning);
    }

    [Fact]
    public void Snils_key_with_a_wrong_control_number_still_looks_up_but_warns()
    {
        var key = SnilsKey.Parse("112-233-445 00");

        Assert.Equal("11223344500", key.Digits);
        Assert.Contains("контрольное число", key.ChecksumWarning);
    }

    [Theory]
    [InlineData("", "Укажите СНИЛС родителя")]
    [InlineData("112-233-445", "В СНИЛС 11 цифр, введено 9.")]
    [InlineData("112-233-445 9A", "только цифры")]
    public void Snils_key_refuses_bad_input_in_russian(string typed, string message)
    {
        Assert.Contains(message, SnilsKey.Validate(typed));
    }
}
