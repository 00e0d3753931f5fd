namespace SchoolPortal.Features.Readiness;

/// <summary>
/// The answer of the support look-up: a Russian message (what to correct, or what was not found and why it may be), or
/// the heading and the diagnosis of each child found. <see cref="Field"/> names the input a refusal is about.
/// </summary>
public sealed record SupportLookupResult(SupportLookupOutcome Outcome, string Message, string? Field, IReadOnlyList<string> Notes,
    IReadOnlyList<ChildDiagnosis> Children)
{
    public const string BirthCertificateField = "birthCertificate";
    public const string SnilsField = "snils";

    public static SupportLookupResult Invalid(string message, string? field) => new(SupportLookupOutcome.Invalid, message, field, [], []);

    public static SupportLookupResult NotFound(string message, params string[] notes) => new(SupportLookupOutcome.NotFound, message, null, notes, []);
}
