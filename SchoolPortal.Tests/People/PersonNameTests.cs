using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.People;

public sealed class PersonNameTests
{
    [Fact]
    public void Create_trims_and_collapses_spaces()
    {
        var name = PersonName.Create("  Салтыков-Щедрин ", "Михаил", " Евграфович  ");

        Assert.Equal("Салтыков-Щедрин Михаил Евграфович", name.Full);
        Assert.Equal("Салтыков-Щедрин М. Е.", name.Short);
    }

    [Fact]
    public void Missing_patronymic_is_refused_unless_no_patronymic_is_ticked()
    {
        var error = Assert.Throws<DomainException>(() => PersonName.Create("Смит", "Джон", null));

        Assert.Contains("Нет отчества", error.Message);
        Assert.Equal("patronymic", error.Field);
        Assert.Null(PersonName.Create("Смит", "Джон", "", noPatronymic: true).Patronymic);
    }

    [Fact]
    public void Patronymic_together_with_no_patronymic_is_refused()
    {
        Assert.Throws<DomainException>(() => PersonName.Create("Иванов", "Иван", "Иванович", noPatronymic: true));
    }

    [Theory]
    [InlineData("", "Иван", "Фамилия")]
    [InlineData("Иванов", " ", "Имя")]
    [InlineData("Иванов2", "Иван", "только буквы")]
    [InlineData("-Иванов", "Иван", "начинаться")]
    public void Bad_parts_are_refused_with_the_field_named(string surname, string firstName, string expected)
    {
        var error = Assert.Throws<DomainException>(() => PersonName.Create(surname, firstName, "Иванович"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Names_of_other_scripts_and_apostrophes_are_accepted()
    {
        Assert.Equal("O'Connor", PersonName.Create("O'Connor", "Шон", null, noPatronymic: true).Surname);
    }
}
