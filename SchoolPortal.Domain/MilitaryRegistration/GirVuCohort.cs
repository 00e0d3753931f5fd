namespace SchoolPortal.Domain.MilitaryRegistration;

/// <summary>
/// Who a school sends to ГИР ВУ in a calendar year: the pupils who reach or will reach 17 in it, that is, everyone born in
/// year − 17, from 1 January to 31 December, whatever their birthday's position relative to today.
/// </summary>
public sealed record GirVuCohort(int Year)
{
    public const int Age = 17;

    public int BirthYear => Year - Age;

    /// <summary>The first birth date of the cohort: 1 January of <see cref="BirthYear"/>.</summary>
    public DateOnly BornFrom => new(BirthYear, 1, 1);

    /// <summary>The last birth date of the cohort: 31 December of <see cref="BirthYear"/>.</summary>
    public DateOnly BornTo => new(BirthYear, 12, 31);

    /// <summary>The cohort of the calendar year <paramref name="today"/> falls in.</summary>
    public static GirVuCohort Of(DateOnly today) => new(today.Year);

    public bool Includes(DateOnly birthDate) => birthDate.Year == BirthYear;

    public override string ToString() => $"родившиеся в {BirthYear} году (17 лет в {Year} году)";
}
