namespace SchoolPortal.Domain.Duplicates;

/// <summary>Why two records look like one person. The first three are strong matches; the last two only candidates.</summary>
public enum DuplicateRule
{
    /// <summary>The same SNILS.</summary>
    Snils = 1,

    /// <summary>The same identity document: kind, series and number without spaces and hyphens.</summary>
    Document = 2,

    /// <summary>The same full name (ё = е, case, spaces) and the same birth date.</summary>
    NameAndBirthDate = 3,

    /// <summary>The same full name, a birth date missing, and a child linked to both.</summary>
    NameAndSharedChild = 4,

    /// <summary>The same full name, a birth date missing, and the same address.</summary>
    NameAndSharedAddress = 5,
}
