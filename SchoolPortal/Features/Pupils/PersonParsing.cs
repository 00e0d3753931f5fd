using SchoolPortal.Domain.People;
using SchoolPortal.Components.Shared;
using SchoolPortal.Features.Parents;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Pupils;

/// <summary>Optional value objects from form text: empty input is "none", anything else must parse.</summary>
internal static class PersonParsing
{
    public static bool Blank(params string?[] values) => values.All(string.IsNullOrWhiteSpace);

    public static Snils? Snils(FieldErrors errors, string? text, string field)
    {
        if (Blank(text))
            return null;
        if (Domain.People.Snils.TryParse(text, out var snils, out var error))
            return snils;
        errors.Add(field, error);
        return null;
    }

    public static Address? Address(FieldErrors errors, string? text, string field, string label) =>
        Blank(text) ? null : errors.TryAt(() => Domain.People.Address.Parse(text, label), field);

    public static PhoneNumber? Phone(FieldErrors errors, string? text, string field) =>
        Blank(text) ? null : errors.TryAt(() => PhoneNumber.Parse(text), field);

    public static Email? Email(FieldErrors errors, string? text, string field) =>
        Blank(text) ? null : errors.TryAt(() => Domain.People.Email.Parse(text), field);

    public static IdentityDocument? Document(FieldErrors errors, DocumentKind kind, string? series, string? number, DateTime? issuedOn,
        string? issuedBy, string seriesField, string numberField, string issuedByField) =>
        Blank(series, number, issuedBy) && issuedOn is null
            ? null
            : errors.TryAt(() => IdentityDocument.Create(kind, series, number, CardCalendar.ToDateOnly(issuedOn), issuedBy), numberField,
                PupilFields.DocumentPart(seriesField, numberField, issuedByField));
}
