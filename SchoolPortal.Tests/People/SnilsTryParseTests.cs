using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.People;

public sealed class SnilsTryParseTests
{
    [Theory]
    [InlineData("11223344595")]
    [InlineData("112-233-445 95")]
    [InlineData(" 112 233 445 95 ")]
    public void TryParse_accepts_a_valid_snils_in_any_spacing(string text)
    {
        Assert.True(Snils.TryParse(text, out var snils, out var error));

        Assert.Equal("112-233-445 95", snils.Formatted);
        Assert.Null(error);
    }

    [Fact]
    public void TryParse_refuses_wrong_check_digits_with_the_same_message_as_Parse()
    {
        Assert.False(Snils.TryParse("112-233-445 96", out var snils, out var error));

        Assert.Null(snils);
        Assert.Equal("СНИЛС введён с ошибкой: не сходится контрольное число. Проверьте цифры по карточке СНИЛС.", error);
    }

    [Theory]
    [InlineData("1122334459", "11 цифр")]
    [InlineData("112-233-44A 95", "только цифры")]
    [InlineData("000-000-000 00", "нулей")]
    public void TryParse_refuses_a_wrong_format_with_a_russian_message(string text, string expected)
    {
        Assert.False(Snils.TryParse(text, out var snils, out var error));

        Assert.Null(snils);
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_refuses_a_missing_snils(string? text)
    {
        Assert.False(Snils.TryParse(text, out var snils, out var error));

        Assert.Null(snils);
        Assert.Equal("СНИЛС не указан.", error);
    }

    [Fact]
    public void The_short_TryParse_gives_the_same_answer_without_the_message()
    {
        Assert.True(Snils.TryParse("11223344595", out var valid));
        Assert.False(Snils.TryParse("11223344596", out var invalid));

        Assert.Equal("11223344595", valid.Value);
        Assert.Null(invalid);
    }
}
