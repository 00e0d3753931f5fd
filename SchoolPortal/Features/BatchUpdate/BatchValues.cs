using System.Globalization;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.BatchUpdate;

/// <summary>
/// A record's fields as the file shows them, and the file's text brought to the same form (a SNILS typed as digits,
/// «ж» for the gender, 5а for the class), so that only real differences count as changes.
/// </summary>
public static class BatchValues
{
    public static Dictionary<string, string?> Of(Pupil pupil, string? className) => new()
    {
        [BatchFields.Surname] = pupil.Name.Surname,
        [BatchFields.FirstName] = pupil.Name.FirstName,
        [BatchFields.Patronymic] = pupil.Name.Patronymic,
        [BatchFields.BirthDate] = Date(pupil.BirthDate),
        [BatchFields.Gender] = GenderText(pupil.Gender),
        [BatchFields.Class] = className,
        [BatchFields.Snils] = pupil.Snils?.Formatted,
        [BatchFields.BirthCertificateSeries] = pupil.BirthCertificate?.Series,
        [BatchFields.BirthCertificateNumber] = pupil.BirthCertificate?.Number,
        [BatchFields.PassportSeries] = pupil.Passport?.Series,
        [BatchFields.PassportNumber] = pupil.Passport?.Number,
        [BatchFields.Citizenship] = pupil.Citizenship,
        [BatchFields.Birthplace] = pupil.Birthplace,
        [BatchFields.RegistrationAddress] = pupil.RegistrationAddress?.Text,
        [BatchFields.StayAddress] = pupil.StayAddress?.Text,
        [BatchFields.MobilePhone] = pupil.MobilePhone?.Formatted,
        [BatchFields.Email] = pupil.Email?.Value,
        [BatchFields.Comment] = pupil.Comment,
    };

    public static Dictionary<string, string?> Of(Parent parent, ParentRelation relation) => new()
    {
        [BatchFields.Relation] = RelationText(relation),
        [BatchFields.Surname] = parent.Name.Surname,
        [BatchFields.FirstName] = parent.Name.FirstName,
        [BatchFields.Patronymic] = parent.Name.Patronymic,
        [BatchFields.BirthDate] = parent.BirthDate is { } d ? Date(d) : null,
        [BatchFields.Snils] = parent.Snils?.Formatted,
        [BatchFields.PassportSeries] = parent.Document?.Series,
        [BatchFields.PassportNumber] = parent.Document?.Number,
        [BatchFields.Phone] = parent.Phone?.Formatted,
        [BatchFields.Email] = parent.Email?.Value,
    };

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string GenderText(Gender gender) => gender == Gender.Female ? "Ж" : "М";

    public static string RelationText(ParentRelation relation) => relation switch
    {
        ParentRelation.Mother => "Мать",
        ParentRelation.Father => "Отец",
        _ => "Законный представитель",
    };

    /// <summary>The file's text in the form <see cref="Of(Pupil, string?)"/> gives, when it can be read; else the text as typed.</summary>
    public static string? Canonical(string fieldId, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var value = text.Trim();
        return fieldId switch
        {
            BatchFields.BirthDate => TryDate(value) is { } d ? Date(d) : value,
            BatchFields.Gender => TryGender(value) is { } g ? GenderText(g) : value,
            BatchFields.Class => value.Replace(" ", "").ToUpperInvariant(),
            BatchFields.Snils => Snils.TryParse(value, out var snils) ? snils.Formatted : value,
            BatchFields.MobilePhone or BatchFields.Phone => PhoneNumber.Validate(value) is null ? PhoneNumber.Parse(value).Formatted : value,
            BatchFields.Email => value.ToLowerInvariant(),
            BatchFields.Relation => TryRelation(value) is { } r ? RelationText(r) : value,
            BatchFields.PassportSeries => value.Replace(" ", ""),
            _ => value,
        };
    }

    /// <summary>dd.MM.yyyy, also d.M.yyyy and the same with «/» or «-»: what people type into a text cell.</summary>
    public static DateOnly? TryDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var value = text.Trim().Replace('/', '.').Replace('-', '.');
        if (value.Length > 10 && value[10] == ' ')
            value = value[..10];
        return DateOnly.TryParseExact(value, ["dd.MM.yyyy", "d.M.yyyy", "d.MM.yyyy", "dd.M.yyyy", "yyyy.MM.dd"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;
    }

    public static Gender? TryGender(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "м" or "муж" or "муж." or "мужской" => Gender.Male,
        "ж" or "жен" or "жен." or "женский" => Gender.Female,
        _ => null,
    };

    public static ParentRelation? TryRelation(string? text) => text?.Trim().ToLowerInvariant().Replace('ё', 'е') switch
    {
        "мать" or "мама" => ParentRelation.Mother,
        "отец" or "папа" => ParentRelation.Father,
        "законный представитель" or "опекун" or "попечитель" => ParentRelation.Guardian,
        _ => null,
    };
}
