namespace SchoolPortal.Integrations.GirVu;

/// <summary>
/// One school's package of one exchange run (format <see cref="GirVuFormat.Package"/>, version <see cref="GirVuFormat.Version"/>):
/// the school's details and the pupils of the year's cohort that passed the checks and changed since last accepted.
/// </summary>
public sealed record GirVuPackage(
    string Format,
    string Version,
    Guid PackageId,
    Guid RunId,
    DateTimeOffset CreatedAt,
    int Year,
    GirVuSchoolRecord School,
    IReadOnlyList<GirVuPupilRecord> Pupils);
