using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Domain.Duplicates;

/// <summary>
/// Which fields differ between the records of a duplicate group, compared the way the rules compare them (names without
/// case and ё, documents without spaces and hyphens): the administrator sees what to check before choosing the record
/// to keep. A field filled in one record and empty in another differs.
/// </summary>
public static class ParentFieldDifferences
{
    public static string Name(ParentField field) => field switch
    {
        ParentField.Name => "ФИО",
        ParentField.BirthDate => "Дата рождения",
        ParentField.Snils => "СНИЛС",
        ParentField.Document => "Документ, удостоверяющий личность",
        ParentField.RegistrationAddress => "Адрес регистрации",
        ParentField.StayAddress => "Адрес пребывания",
        ParentField.Phone => "Телефон",
        _ => "Электронная почта",
    };

    public static IReadOnlyList<ParentField> Of(IReadOnlyList<Parent> records)
    {
        if (records.Count < 2)
            return [];
        var differing = new List<ParentField>();
        void Check(ParentField field, Func<Parent, string?> value)
        {
            var first = value(records[0]);
            if (records.Skip(1).Any(r => value(r) != first))
                differing.Add(field);
        }
        Check(ParentField.Name, p => $"{PersonComparison.NormaliseName(p.Name.Surname)}|{PersonComparison.NormaliseName(p.Name.FirstName)}|{PersonComparison.NormaliseName(p.Name.Patronymic)}");
        Check(ParentField.BirthDate, p => p.BirthDate?.ToString("yyyy-MM-dd"));
        Check(ParentField.Snils, p => p.Snils?.Value);
        Check(ParentField.Document, p => p.Document is { } d
            ? $"{(int)d.Kind}|{PersonComparison.NormaliseCode(d.Series)}|{PersonComparison.NormaliseCode(d.Number)}"
            : null);
        Check(ParentField.RegistrationAddress, p => Text(p.RegistrationAddress?.Text));
        Check(ParentField.StayAddress, p => Text(p.StayAddress?.Text));
        Check(ParentField.Phone, p => p.Phone?.Value);
        Check(ParentField.Email, p => p.Email?.Value.ToLowerInvariant());
        return differing;
    }

    public static IReadOnlyList<string> Names(IReadOnlyList<Parent> records) => Of(records).Select(Name).ToList();

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : PersonComparison.NormaliseName(text);
}
