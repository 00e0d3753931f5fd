using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Duplicates;
using SchoolPortal.Domain.Parents;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// Fills the empty fields of the kept record from the merged one (only when the administrator ticks it), and clears them
/// again on undo. Each field's value is kept as text, so an undo can tell whether someone changed it since.
/// </summary>
internal static class ParentFieldCopy
{
    private static readonly ParentField[] Fields =
    [
        ParentField.BirthDate, ParentField.Snils, ParentField.Document, ParentField.RegistrationAddress, ParentField.StayAddress,
        ParentField.Phone, ParentField.Email,
    ];

    public static List<ParentMergeDetails.FilledField> Fill(Parent kept, Parent merged, DateOnly today)
    {
        var filled = new List<ParentMergeDetails.FilledField>();
        foreach (var field in Fields)
        {
            if (Text(kept, field) is not null || Text(merged, field) is null)
                continue;
            try
            {
                Copy(kept, merged, field, today);
            }
            catch (DomainException)
            {
                continue; // a stored value that no longer passes the checks is not copied
            }
            filled.Add(new(field.ToString(), Text(kept, field)!));
        }
        return filled;
    }

    /// <summary>The first filled field that was changed since the merge, or null when all can be cleared.</summary>
    public static string? Changed(Parent kept, IEnumerable<ParentMergeDetails.FilledField> filled) =>
        filled.Where(f => Text(kept, Enum.Parse<ParentField>(f.Field)) != f.Value)
            .Select(f => ParentFieldDifferences.Name(Enum.Parse<ParentField>(f.Field)))
            .FirstOrDefault();

    public static void Clear(Parent kept, IEnumerable<ParentMergeDetails.FilledField> filled, DateOnly today)
    {
        foreach (var field in filled.Select(f => Enum.Parse<ParentField>(f.Field)))
        {
            switch (field)
            {
                case ParentField.BirthDate: kept.ChangeBirthDate(null, today); break;
                case ParentField.Snils: kept.ChangeSnils(null); break;
                case ParentField.Document: kept.ChangeDocument(null); break;
                case ParentField.RegistrationAddress: kept.ChangeAddresses(null, kept.StayAddress); break;
                case ParentField.StayAddress: kept.ChangeAddresses(kept.RegistrationAddress, null); break;
                case ParentField.Phone: kept.ChangeContacts(null, kept.Email); break;
                case ParentField.Email: kept.ChangeContacts(kept.Phone, null); break;
            }
        }
    }

    private static void Copy(Parent kept, Parent merged, ParentField field, DateOnly today)
    {
        switch (field)
        {
            case ParentField.BirthDate: kept.ChangeBirthDate(merged.BirthDate, today); break;
            case ParentField.Snils: kept.ChangeSnils(Snils.Restore(merged.Snils!.Value)); break;
            case ParentField.Document:
                // A new instance: an owned value cannot belong to two records.
                var d = merged.Document!;
                kept.ChangeDocument(IdentityDocument.Create(d.Kind, d.Series, d.Number, d.IssuedOn, d.IssuedBy));
                break;
            case ParentField.RegistrationAddress: kept.ChangeAddresses(Address.Restore(merged.RegistrationAddress!.Text), kept.StayAddress); break;
            case ParentField.StayAddress: kept.ChangeAddresses(kept.RegistrationAddress, Address.Restore(merged.StayAddress!.Text)); break;
            case ParentField.Phone: kept.ChangeContacts(PhoneNumber.Restore(merged.Phone!.Value), kept.Email); break;
            case ParentField.Email: kept.ChangeContacts(kept.Phone, Email.Restore(merged.Email!.Value)); break;
        }
    }

    public static string? Text(Parent p, ParentField field) => field switch
    {
        ParentField.BirthDate => p.BirthDate?.ToString("dd.MM.yyyy"),
        ParentField.Snils => p.Snils?.Formatted,
        ParentField.Document => p.Document?.ToString(),
        ParentField.RegistrationAddress => p.RegistrationAddress?.Text,
        ParentField.StayAddress => p.StayAddress?.Text,
        ParentField.Phone => p.Phone?.Formatted,
        ParentField.Email => p.Email?.Value,
        _ => null,
    };
}
