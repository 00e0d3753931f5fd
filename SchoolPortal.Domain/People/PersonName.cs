using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.People;

/// <summary>Фамилия, имя, отчество. The patronymic may be absent, but only when «Нет отчества» is ticked.</summary>
public sealed record PersonName
{
    private const int MaxPartLength = 60;

    public string Surname { get; }
    public string FirstName { get; }
    public string? Patronymic { get; }

    private PersonName(string surname, string firstName, string? patronymic)
    {
        Surname = surname;
        FirstName = firstName;
        Patronymic = patronymic;
    }

    public bool HasPatronymic => Patronymic is not null;

    public string Full => Patronymic is null ? $"{Surname} {FirstName}" : $"{Surname} {FirstName} {Patronymic}";

    /// <summary>«Иванов И. И.»</summary>
    public string Short => Patronymic is null
        ? $"{Surname} {FirstName[0]}."
        : $"{Surname} {FirstName[0]}. {Patronymic[0]}.";

    public static PersonName Create(string? surname, string? firstName, string? patronymic, bool noPatronymic = false)
    {
        var s = Part(surname, "Фамилия", "surname");
        var f = Part(firstName, "Имя", "firstName");
        if (string.IsNullOrWhiteSpace(patronymic))
        {
            if (!noPatronymic)
                throw new DomainException("Укажите отчество или отметьте «Нет отчества».", "patronymic");
            return new PersonName(s, f, null);
        }
        if (noPatronymic)
            throw new DomainException("Отмечено «Нет отчества», но отчество заполнено: уберите одно из двух.", "patronymic");
        return new PersonName(s, f, Part(patronymic, "Отчество", "patronymic"));
    }

    private static string Part(string? text, string label, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException($"{label}: поле обязательно.", field);
        var value = Validation.CollapseSpaces(text);
        if (value.Length > MaxPartLength)
            throw new DomainException($"{label}: не длиннее {MaxPartLength} символов.", field);
        foreach (var c in value)
        {
            if (!char.IsLetter(c) && c is not '-' and not ' ' and not '\'' and not '’')
                throw new DomainException($"{label}: допустимы только буквы, дефис, апостроф и пробел (найден символ «{c}»).", field);
        }
        if (!char.IsLetter(value[0]) || !char.IsLetter(value[^1]))
            throw new DomainException($"{label}: должно начинаться и заканчиваться буквой.", field);
        return value;
    }

    public override string ToString() => Full;
}
