using SchoolPortal.Domain.People;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Parents;
using SchoolPortal.Features.Pupils;
using SchoolPortal.Features.Staff;

namespace SchoolPortal.Tests.Components;

public sealed class PersonFieldsTests
{
    private static readonly DateOnly Today = new(2026, 9, 1);

    [Fact]
    public void A_saved_person_without_patronymic_shows_the_no_patronymic_box_ticked()
    {
        var form = EmployeeForm.Showing(new EmployeeForm(), PersonName.Create("Петров", "Иван", null, noPatronymic: true),
            new DateOnly(1980, 5, 17), Gender.Male);

        Assert.Equal(("Петров", "Иван", null, true), (form.Surname, form.FirstName, form.Patronymic, form.NoPatronymic));
        Assert.Equal(new DateTime(1980, 5, 17), form.BirthDate);
        Assert.Equal(Gender.Male, form.Gender);
    }

    [Fact]
    public void An_empty_birth_date_is_refused_only_where_the_card_requires_it()
    {
        var required = new FieldErrors();
        var optional = new FieldErrors();

        Assert.Null(new PupilForm().ParseBirthDate(required, Today, 5, 21, "ученика", "birthDate"));
        Assert.Null(new ParentForm().ParseBirthDate(optional, Today, 14, 120, "родителя", "birthDate", required: false));

        Assert.Equal("Укажите дату рождения.", required.All["birthDate"]);
        Assert.True(optional.IsEmpty);
    }

    [Fact]
    public void A_birth_date_in_the_future_is_refused_under_the_birth_date_input()
    {
        var errors = new FieldErrors();
        var form = new PupilForm { BirthDate = new DateTime(2027, 1, 1) };

        Assert.Null(form.ParseBirthDate(errors, Today, 5, 21, "ученика", "birthDate"));

        Assert.Contains("не может быть в будущем", errors.All["birthDate"]);
    }

    [Fact]
    public void A_missing_sex_and_first_name_are_reported_under_their_inputs()
    {
        var errors = new FieldErrors();
        var form = new ParentForm { Surname = "Петрова", NoPatronymic = true };

        Assert.Null(form.ParseName(errors, "surname"));
        form.RequireGender(errors, "gender");

        Assert.Equal("Укажите пол.", errors.All["gender"]);
        Assert.Contains(errors.All.Keys, k => k != "gender");
    }
}
