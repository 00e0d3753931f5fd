namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>What one exchange run did: schools, pupils of the cohort, sent, held back by our checks, unchanged, packages not handed over.</summary>
public sealed record GirVuRunResult(Guid RunId, int Schools, int Selected, int Sent, int Invalid, int Unchanged, int FailedPackages)
{
    public override string ToString() =>
        $"Школ: {Schools}; учеников в выборке: {Selected}; отправлено: {Sent}; не прошли проверку: {Invalid}; без изменений: {Unchanged}" +
        (FailedPackages > 0 ? $"; пакетов не передано: {FailedPackages}." : ".");
}
