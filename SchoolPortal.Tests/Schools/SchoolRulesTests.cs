using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Tests.Schools;

public sealed class SchoolRulesTests
{
    [Fact]
    public void Inn_and_ogrn_checksums_are_checked()
    {
        Assert.Null(Inn.Validate("7451000013"));
        Assert.Contains("контрольная", Inn.Validate("7451000014"));
        Assert.Contains("10 цифр", Inn.Validate("745100001"));
        Assert.Null(Ogrn.Validate("102740000000" + Ogrn.ControlDigit("102740000000")));
        Assert.Contains("контрольная", Ogrn.Validate("102740000000" + ((Ogrn.ControlDigit("102740000000") + 1) % 10)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void Grade_level_is_one_to_eleven(int value)
    {
        Assert.Throws<DomainException>(() => new GradeLevel(value));
    }

    [Fact]
    public void Class_name_is_grade_and_letter()
    {
        var schoolClass = new SchoolClass(1, 1, new GradeLevel(5), "а");

        Assert.Equal("5А", schoolClass.Name);
        Assert.Throws<DomainException>(() => new SchoolClass(1, 1, new GradeLevel(5), "A")); // Latin A
    }

    [Fact]
    public void Study_periods_lie_inside_the_year_and_do_not_overlap()
    {
        var year = new AcademicYear(1, 2026);
        year.AddPeriod(StudyPeriodKind.Quarter, 1, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 26));

        Assert.Contains("пересекается", Assert.Throws<DomainException>(() =>
            year.AddPeriod(StudyPeriodKind.Quarter, 2, new DateOnly(2026, 10, 20), new DateOnly(2026, 12, 28))).Message);
        Assert.Throws<DomainException>(() => year.AddPeriod(StudyPeriodKind.Quarter, 2, new DateOnly(2027, 9, 5), new DateOnly(2027, 10, 1)));
        Assert.Throws<DomainException>(() => year.AddPeriod(StudyPeriodKind.Half, 2, new DateOnly(2027, 1, 9), new DateOnly(2027, 5, 25)));
        Assert.Equal("2026/2027", year.Name);
    }

    [Fact]
    public void Holiday_set_knows_its_days()
    {
        var holidays = new HolidayPeriod(1, "Основной");
        holidays.AddHoliday("Осенние каникулы", new DateOnly(2026, 10, 27), new DateOnly(2026, 11, 4));

        Assert.True(holidays.IsHoliday(new DateOnly(2026, 11, 1)));
        Assert.False(holidays.IsHoliday(new DateOnly(2026, 11, 5)));
    }

    [Fact]
    public void Pupil_class_history_is_dated_and_leaving_closes_it()
    {
        var pupil = new Pupil(1, PersonName.Create("Иванов", "Пётр", "Сергеевич"), new DateOnly(2015, 3, 14), Gender.Male, new DateOnly(2026, 11, 28));
        var fiveA = new SchoolClass(1, 1, new GradeLevel(5), "А");
        var fiveB = new SchoolClass(1, 1, new GradeLevel(5), "Б");
        typeof(SchoolClass).GetProperty(nameof(SchoolClass.Id))!.SetValue(fiveA, 10);
        typeof(SchoolClass).GetProperty(nameof(SchoolClass.Id))!.SetValue(fiveB, 11);

        pupil.EnrollIn(fiveA, new DateOnly(2026, 9, 1));
        pupil.EnrollIn(fiveB, new DateOnly(2026, 11, 10));
        pupil.Withdraw(new DateOnly(2026, 12, 1), "Приказ № 12");

        Assert.Equal(10, pupil.ClassOn(new DateOnly(2026, 11, 9)));
        Assert.Equal(11, pupil.ClassOn(new DateOnly(2026, 11, 10)));
        Assert.Null(pupil.ClassOn(new DateOnly(2026, 12, 2)));
        Assert.Equal(PupilStatus.Withdrawn, pupil.Status);
        Assert.Null(pupil.CurrentClassId);
        Assert.Throws<DomainException>(() => pupil.Graduate(new DateOnly(2027, 6, 1), "Приказ № 1"));
    }

    [Fact]
    public void Pupil_birth_date_must_fit_school_age()
    {
        var today = new DateOnly(2026, 11, 28);
        var error = Assert.Throws<DomainException>(() =>
            new Pupil(1, PersonName.Create("Иванов", "Пётр", "Сергеевич"), new DateOnly(2025, 1, 1), Gender.Male, today));

        Assert.Contains("возраст 1", error.Message);
        Assert.Throws<DomainException>(() =>
            new Pupil(1, PersonName.Create("Иванов", "Пётр", "Сергеевич"), new DateOnly(2027, 1, 1), Gender.Male, today));
    }

    [Fact]
    public void A_pupil_has_at_most_one_mother_and_a_parent_is_linked_once()
    {
        var pupil = new Pupil(1, PersonName.Create("Иванов", "Пётр", "Сергеевич"), new DateOnly(2015, 3, 14), Gender.Male, new DateOnly(2026, 11, 28));
        var mother = new Domain.Parents.Parent(PersonName.Create("Иванова", "Мария", "Петровна"), Gender.Female);
        pupil.AttachParent(mother, Domain.Parents.ParentRelation.Mother);

        Assert.Contains("уже указан", Assert.Throws<DomainException>(() => pupil.AttachParent(mother, Domain.Parents.ParentRelation.Guardian)).Message);
        var other = new Domain.Parents.Parent(PersonName.Create("Петрова", "Ольга", "Ивановна"), Gender.Female);
        Assert.Contains("мать", Assert.Throws<DomainException>(() => pupil.AttachParent(other, Domain.Parents.ParentRelation.Mother)).Message);
    }
}
