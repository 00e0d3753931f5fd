namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>The keys of the emulator's test persons: the picker's buttons and what tests ask for.</summary>
public static class EmulatorPersonKeys
{
    /// <summary>A parent whose portal account is already linked to this oid: signs straight in.</summary>
    public const string Linked = "linked";

    /// <summary>A parent whose ESIA data equals the school record: linked automatically.</summary>
    public const string Matching = "matching";

    /// <summary>A parent whose ESIA birth date is a day later and who has no SNILS in ESIA.</summary>
    public const string BirthDateDiffers = "birthdate-differs";

    /// <summary>A parent whose ESIA passport number differs and who has no SNILS in ESIA.</summary>
    public const string DocumentDiffers = "document-differs";

    /// <summary>A parent with identical data but an unconfirmed (not trusted) ESIA account.</summary>
    public const string Unconfirmed = "unconfirmed";

    /// <summary>A person no school knows.</summary>
    public const string Unknown = "unknown";

    /// <summary>A teacher with identical data.</summary>
    public const string Teacher = "teacher";

    /// <summary>In the order the picker lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Linked, Matching, BirthDateDiffers, DocumentDiffers, Unconfirmed, Unknown, Teacher];
}
