using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.People;

/// <summary>Checks of a birth date against the age a person in a given role can have.</summary>
public static class BirthDate
{
    public static DateOnly Check(DateOnly date, DateOnly today, int minAge, int maxAge, string who)
    {
        if (date > today)
            throw new DomainException($"Дата рождения ({who}) не может быть в будущем.", "birthDate");
        var age = AgeOn(date, today);
        if (age < minAge || age > maxAge)
            throw new DomainException(
                $"Дата рождения ({who}) {date:dd.MM.yyyy} даёт возраст {age} лет; допустимо от {minAge} до {maxAge}. Проверьте год.",
                "birthDate");
        return date;
    }

    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        if (day < birthDate.AddYears(age))
            age--;
        return age;
    }
}
