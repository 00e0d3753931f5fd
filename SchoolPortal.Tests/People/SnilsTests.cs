using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.People;

public sealed class SnilsTests
{
    [Theory]
    [InlineData("11223344595")]
    [InlineData("112-233-445 95")]
    [InlineData(" 112 233 445 95 ")]
    public void Parse_accepts_valid_snils_in_any_spacing(string text)
    {
        var snils = Snils.Parse(text);

        Assert.Equal("11223344595", snils.Value);
        Assert.Equal("112-233-445 95", snils.Formatted);
    }

    [Fact]
    public void Parse_rejects_snils_with_wrong_checksum()
    {
        var error = Assert.Throws<DomainException>(() => Snils.Parse("112-233-445 96"));

        Assert.Equal("СНИЛС введён с ошибкой: не сходится контрольное число. Проверьте цифры по карточке СНИЛС.", error.Message);
        Assert.Equal("snils", error.Field);
    }

    [Fact]
    public void The_wrong_checksum_message_does_not_tell_the_control_number_that_would_pass()
    {
        // 112-233-445 passes with 95: a message naming 95 would let anyone make up a number that passes the check.
        var error = Assert.Throws<DomainException>(() => Snils.Parse("112-233-445 96"));

        Assert.DoesNotContain("95", error.Message);
        Assert.DoesNotContain("должно быть", error.Message);
    }

    [Theory]
    [InlineData("1122334459", "11 цифр")]
    [InlineData("112233445951", "11 цифр")]
    [InlineData("112-233-44A 95", "только цифры")]
    [InlineData("", "не указан")]
    [InlineData("000-000-000 00", "нулей")]
    public void Parse_rejects_malformed_snils_with_a_russian_message(string text, string expected)
    {
        Assert.Contains(expected, Snils.Validate(text));
    }

    [Theory]
    [InlineData("112233445", 95)] // sum below 100: the sum itself
    [InlineData("123456789", 64)] // sum 165 > 101: 165 mod 101
    [InlineData("911000101", 0)] // sum exactly 100: 00
    public void Control_sum_follows_the_pension_fund_algorithm(string nine, int expected)
    {
        Assert.Equal(expected, Snils.ControlSum(nine));
    }

    [Theory]
    [InlineData("001001998", "00")] // numbers up to 001-001-998 are not checked
    public void Small_numbers_are_not_checksum_checked(string nine, string anyControl)
    {
        Assert.Null(Snils.Validate(nine + anyControl));
    }

    [Fact]
    public void Sum_of_exactly_100_gives_control_00()
    {
        // 9·9 + 8·1 + 7·1 + 3·1 + 1·1 = 100
        const string nine = "911000101";
        Assert.Equal(100, nine.Select((c, i) => (c - '0') * (9 - i)).Sum());
        Assert.Equal(0, Snils.ControlSum(nine));
        Assert.Null(Snils.Validate(nine + "00"));
    }

    [Fact]
    public void FromNumber_builds_a_valid_snils()
    {
        for (var n = 2_000_000; n < 2_000_500; n++)
            Assert.Null(Snils.Validate(Snils.FromNumber(n).Value));
    }
}
