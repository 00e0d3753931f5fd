using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Components.Shared;

/// <summary>
/// The inputs every person card has (pupil, parent, employee, a pupil enrolled from the new year): name, birth date and
/// sex as typed, with their mapping from a saved record and their checks on save.
/// </summary>
public abstract class PersonFields
{
    public string? Surname { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public bool NoPatronymic { get; set; }
    public DateTime? BirthDate { get; set; }
    public Gender? Gender { get; set; }

    /// <summary>Puts a saved person into the inputs.</summary>
    public void Show(PersonName name, DateOnly? birthDate, Gender? gender)
    {
        Surname = name.Surname;
        FirstName = name.FirstName;
        Patronymic = name.Patronymic;
        NoPatronymic = !name.HasPatronymic;
        BirthDate = CardCalendar.ToDateTime(birthDate);
        Gender = gender;
    }

    /// <summary>The form with a saved person put into its inputs (for building a form in one expression).</summary>
    public static TForm Showing<TForm>(TForm form, PersonName name, DateOnly? birthDate, Gender? gender) where TForm : PersonFields
    {
        form.Show(name, birthDate, gender);
        return form;
    }

    /// <summary>The name; a refusal goes under the part the domain names, or under <paramref name="surnameField"/>.</summary>
    public PersonName? ParseName(FieldErrors errors, string surnameField) =>
        errors.Try(() => PersonName.Create(Surname, FirstName, Patronymic, NoPatronymic), surnameField);

    /// <summary>
    /// The birth date within the ages the record allows (<paramref name="whose"/>: «ученика», «родителя»…); null when it is
    /// empty or refused. An empty date is refused only when <paramref name="required"/>.
    /// </summary>
    public DateOnly? ParseBirthDate(FieldErrors errors, DateOnly today, int minAge, int maxAge, string whose, string field, bool required = true)
    {
        if (CardCalendar.ToDateOnly(BirthDate) is not { } date)
        {
            if (required)
                errors.Add(field, "Укажите дату рождения.");
            return null;
        }
        return errors.TryAt(() => (DateOnly?)Domain.People.BirthDate.Check(date, today, minAge, maxAge, whose), field);
    }

    /// <summary>Sex is required on every card.</summary>
    public void RequireGender(FieldErrors errors, string field)
    {
        if (Gender is null)
            errors.Add(field, "Укажите пол.");
    }
}
