using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Features.Esia;

/// <summary>
/// The school records an ESIA person could be: parents and employees sharing the SNILS, a document number or the surname
/// (indexed columns), reduced to <see cref="PersonRecord"/> for <see cref="EsiaMatch"/>, which decides.
/// </summary>
internal static class EsiaCandidates
{
    public static async Task<List<PersonRecord>> FindAsync(PortalDbContext db, EsiaPerson person, CancellationToken ct)
    {
        var snils = person.Snils;
        var numbers = person.Documents.Select(d => d.Number).Distinct().ToList();
        var surnames = SurnameSpellings(person.Name.Surname);

        var parents = await db.Parents.AsNoTracking()
            .Where(p => (snils != null && p.Snils == snils)
                || (p.Document != null && numbers.Contains(p.Document.Number))
                || surnames.Contains(p.Name.Surname))
            .Take(500)
            .ToListAsync(ct);
        var employees = await db.Employees.AsNoTracking()
            .Where(e => (snils != null && e.Snils == snils)
                || (e.Passport != null && numbers.Contains(e.Passport.Number))
                || surnames.Contains(e.Name.Surname))
            .Take(500)
            .ToListAsync(ct);

        return parents
            .Select(p => new PersonRecord(p.Id, PersonKind.Parent, p.Name, p.BirthDate, p.Snils, p.Document is { } d ? [d] : []))
            .Concat(employees.Select(e => new PersonRecord(e.Id, PersonKind.Employee, e.Name, e.BirthDate, e.Snils, e.Passport is { } d ? [d] : [])))
            .ToList();
    }

    /// <summary>The ways a surname may be stored: as ESIA sends it, with ё written as е, and capitalised.</summary>
    private static List<string> SurnameSpellings(string surname)
    {
        var trimmed = surname.Trim();
        var capitalised = trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..].ToLowerInvariant();
        return new[] { trimmed, capitalised }
            .SelectMany(s => new[] { s, s.Replace('ё', 'е').Replace('Ё', 'Е') })
            .Distinct()
            .ToList();
    }
}
