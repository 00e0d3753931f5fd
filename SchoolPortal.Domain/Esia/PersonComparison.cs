using System.Text;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Domain.Esia;

/// <summary>
/// ESIA facts compared with a school record. Names compare without case, with ё = е and extra spaces ignored;
/// documents by kind, series and number without spaces and hyphens.
/// </summary>
internal sealed class PersonComparison
{
    private PersonComparison(bool snils, bool snilsConflict, bool name, bool birthDate, bool document, IReadOnlyList<FieldMismatch> mismatches)
    {
        SnilsMatches = snils;
        SnilsConflicts = snilsConflict;
        NameMatches = name;
        BirthDateMatches = birthDate;
        DocumentMatches = document;
        Mismatches = mismatches;
    }

    public bool SnilsMatches { get; }
    public bool SnilsConflicts { get; }
    public bool NameMatches { get; }
    public bool BirthDateMatches { get; }
    public bool DocumentMatches { get; }
    public IReadOnlyList<FieldMismatch> Mismatches { get; }

    /// <summary>
    /// SNILS alone, or name + birth date + document. Two different SNILS on both sides contradict the rest: that is a
    /// data error to fix, not a match.
    /// </summary>
    public bool IsExact => SnilsMatches || (NameMatches && BirthDateMatches && DocumentMatches && !SnilsConflicts);

    /// <summary>Close enough to list its mismatched fields; a shared birth date alone is not.</summary>
    public bool IsNear => SnilsMatches || NameMatches || DocumentMatches;

    /// <param name="documentKind">Only documents of this kind count (a birth certificate for kids); null: any kind.</param>
    public static PersonComparison Of(PersonFacts esia, PersonFacts school, DocumentKind? documentKind, string documentField)
    {
        var mismatches = new List<FieldMismatch>();

        var snils = esia.Snils is not null && school.Snils is not null && esia.Snils.Value == school.Snils.Value;
        var snilsConflict = esia.Snils is not null && school.Snils is not null && !snils;
        if (!snils)
            mismatches.Add(new(MatchField.Snils, Problem(esia.Snils is not null, school.Snils is not null)));

        var name = SameName(esia.Name, school.Name);
        if (!name)
            mismatches.Add(new(MatchField.Name, MismatchProblem.Differs));

        var birth = esia.BirthDate is not null && esia.BirthDate == school.BirthDate;
        if (!birth)
            mismatches.Add(new(MatchField.BirthDate, Problem(esia.BirthDate is not null, school.BirthDate is not null)));

        var esiaDocs = esia.Documents.Where(d => documentKind is null || d.Kind == documentKind).ToList();
        var schoolDocs = school.Documents.Where(d => documentKind is null || d.Kind == documentKind).ToList();
        var document = esiaDocs.Any(e => schoolDocs.Any(s => SameDocument(e, s)));
        if (!document)
            mismatches.Add(new(documentField, Problem(esiaDocs.Count > 0, schoolDocs.Count > 0)));

        return new PersonComparison(snils, snilsConflict, name, birth, document, mismatches);
    }

    private static MismatchProblem Problem(bool inEsia, bool inSchool) =>
        !inSchool && !inEsia ? MismatchProblem.MissingOnBothSides
        : !inSchool ? MismatchProblem.MissingInSchool
        : !inEsia ? MismatchProblem.MissingInEsia
        : MismatchProblem.Differs;

    public static bool SameName(PersonName a, PersonName b) =>
        NormaliseName(a.Surname) == NormaliseName(b.Surname)
        && NormaliseName(a.FirstName) == NormaliseName(b.FirstName)
        && NormaliseName(a.Patronymic) == NormaliseName(b.Patronymic);

    public static bool SameDocument(IdentityDocument a, IdentityDocument b) =>
        a.Kind == b.Kind
        && NormaliseCode(a.Series) == NormaliseCode(b.Series)
        && NormaliseCode(a.Number) == NormaliseCode(b.Number);

    /// <summary>«  Алёна  » → «алена»; «Петрова - Водкина» → «петрова-водкина».</summary>
    public static string NormaliseName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var words = text.ToLowerInvariant().Replace('ё', 'е').Replace('’', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Replace(" - ", "-").Replace("- ", "-").Replace(" -", "-");
    }

    internal static string NormaliseCode(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").ToUpperInvariant())
        {
            if (!char.IsWhiteSpace(c) && c is not '-' and not '–' and not '—')
                builder.Append(c == 'Ё' ? 'Е' : c);
        }
        return builder.ToString();
    }
}
