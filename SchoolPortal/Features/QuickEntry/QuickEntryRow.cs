using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.QuickEntry;

/// <summary>One pupil as typed in the quick-entry grid: plain text, checked only on save.</summary>
public sealed class QuickEntryRow
{
    public string? Surname { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public bool NoPatronymic { get; set; }

    /// <summary>«dd.MM.yyyy», as typed.</summary>
    public string? BirthDate { get; set; }

    public Gender? Gender { get; set; }
    public string? Snils { get; set; }

    /// <summary>«Это другой человек»: the administrator's reason to save the row although an existing pupil matches.</summary>
    public string? DuplicateReason { get; set; }

    public bool IsBlank =>
        new[] { Surname, FirstName, Patronymic, BirthDate, Snils }.All(string.IsNullOrWhiteSpace) && Gender is null && !NoPatronymic;
}
