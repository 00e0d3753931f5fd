using SchoolPortal.Domain.Duplicates;

namespace SchoolPortal.Tests.Duplicates;

public sealed class PupilDuplicateFinderTests
{
    private static readonly DateOnly Birth = new(2015, 3, 14);

    private static PupilFacts Pupil(int id, int school, string surname = "Иванов", string? snils = null, string? series = null, string? number = null,
        DateOnly? birth = null) =>
        new(id, school, surname, "Пётр", "Сергеевич", birth ?? Birth, snils, series, number);

    [Fact]
    public void A_child_enrolled_in_two_schools_by_name_and_birth_date_is_reported()
    {
        var group = Assert.Single(PupilDuplicateFinder.Find([Pupil(1, 1), Pupil(2, 2) with { FirstName = "Петр" }, Pupil(3, 2, "Сидоров")]));

        Assert.Equal([1, 2], group.Ids);
        Assert.Equal([DuplicateRule.NameAndBirthDate], group.Rules);
    }

    [Fact]
    public void The_same_birth_certificate_or_snils_in_two_schools_is_reported()
    {
        var groups = PupilDuplicateFinder.Find([
            Pupil(1, 1, "Первый", series: "IV-ИВ", number: "123456"), Pupil(2, 2, "Второй", series: "IV–ИВ", number: "123456"),
            Pupil(3, 1, "Третий", snils: "11223344595", birth: Birth.AddDays(3)), Pupil(4, 3, "Четвёртый", snils: "11223344595"),
        ]);

        Assert.Equal(2, groups.Count);
        Assert.Equal([DuplicateRule.Document], groups[0].Rules);
        Assert.Equal([DuplicateRule.Snils], groups[1].Rules);
    }

    [Fact]
    public void Twins_or_namesakes_in_one_school_are_not_a_cross_school_duplicate()
    {
        Assert.Empty(PupilDuplicateFinder.Find([Pupil(1, 1), Pupil(2, 1)]));
    }
}
