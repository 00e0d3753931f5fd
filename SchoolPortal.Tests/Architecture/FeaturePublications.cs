namespace SchoolPortal.Tests.Architecture;

/// <summary>
/// What a feature makes public for the others, on purpose and with the reason: every other use of a type of another
/// feature fails <see cref="LayerTests"/>. Adding a line here is a design decision, reviewed as one.
/// </summary>
public static class FeaturePublications
{
    private static readonly (string Feature, string[] Types, string Why)[] Published =
    [
        ("Reports", ["ReportFile", "ReportWorkbook", "ExcelDownloadButton"], "every Excel download is built and offered the same way"),
        ("DuplicateGuard", ["PersonDuplicateGuard", "PersonProbe", "PersonMatch", "PersonKind", "DuplicateDecision", "DuplicateMatches"],
            "every card and import that creates a person asks the one guard before saving"),
        ("Accounts", ["AccountBlockPanel"], "staff and parent cards show the same block/unblock panel"),
        ("Accounts", ["PasswordSignIn", "SignInResult", "ReturnUrl", "AntiforgeryEnforcement"], "the Gosuslugi sign-in ends the way a password sign-in does"),
        ("Esia", ["EsiaLinkPanel"], "staff and parent cards show the same Gosuslugi link panel"),
        ("Esia", ["EsiaLinkEndpoints"], "signing out of a Gosuslugi session also ends it at Gosuslugi"),
        ("Parents", ["ParentControl", "ParentAccountAudit"], "who controls a parent's account is decided in one place for every feature"),
        ("Parents", ["ParentSearch", "ParentSearchResult", "ParentCandidate", "ParentCardService", "ParentForm", "ParentFormFields"],
            "the pupil card finds, attaches and creates parents with the parent card's own parts"),
        ("Pupils", ["CardAccounts", "PersonParsing"], "pupil and parent cards change logins and parse inputs alike"),
        ("Pupils", ["PupilFilter", "PupilListQuery"], "the batch export takes the pupil list as filtered on its page"),
        ("Pupils", ["PupilPasswords"], "a Gosuslugi link code is issued like a new password"),
        ("Schools", ["SchoolOption", "SchoolPicker"], "operators choose a school the same way on every list"),
        ("BatchUpdate", ["BatchUpdateMenu", "SafeCell"], "the pupil list offers batch updates and writes cells that Excel will not run"),
        ("Journal", ["JournalLinks"], "links into the journal are made in one place"),
        ("Schedule", ["YearEventKindNames"], "the year's events are named alike in the portfolio and the teacher's day"),
        ("QuickEntry", ["QuickEntryService"], "the duplicate guard is registered in front of quick entry"),
        ("Enrollment", ["EnrollmentSettings"], "camp payment deadlines count working days on the region's one production calendar"),
        ("Staff", ["StaffImportService"], "the duplicate guard is registered in front of the staff import"),
    ];

    /// <summary>Full names of every published type.</summary>
    public static IReadOnlyList<string> All { get; } =
        Published.SelectMany(p => p.Types.Select(t => $"SchoolPortal.Features.{p.Feature}.{t}")).ToList();

    private static readonly HashSet<string> Names = new(All, StringComparer.Ordinal);

    public static bool Allows(string typeName) => Names.Contains(typeName);
}
