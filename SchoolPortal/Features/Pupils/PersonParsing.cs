using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Pupils;

/// <summary>Optional value objects from form text: empty input is "none", anything else must parse.</summary>
internal static class PersonParsing
{
    public static DateOnly? Date(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    public static bool Blank(params string?[] values) => values.All(string.IsNullOrWhiteSpace);

    public static Snils? Snils(FormErrors errors, string? text, string field) =>
        Blank(text) ? null : errors.Try(() => Domain.People.Snils.Parse(text), field);

    public static Address? Address(FormErrors errors, string? text, string field, string label) =>
        Blank(text) ? null : errors.Try(() => Domain.People.Address.Parse(text, label), field);

    public static PhoneNumber? Phone(FormErrors errors, string? text, string field) =>
        Blank(text) ? null : errors.Try(() => PhoneNumber.Parse(text), field);

    public static Email? Email(FormErrors errors, string? text, string field) =>
        Blank(text) ? null : errors.Try(() => Domain.People.Email.Parse(text), field);

    public static IdentityDocument? Document(FormErrors errors, DocumentKind kind, string? series, string? number, DateTime? issuedOn,
        string? issuedBy, string seriesField, string numberField, string issuedByField) =>
        Blank(series, number, issuedBy) && issuedOn is null
            ? null
            : errors.Try(() => IdentityDocument.Create(kind, series, number, Date(issuedOn), issuedBy), numberField,
                PupilFields.DocumentPart(seriesField, numberField, issuedByField));
}
