namespace SchoolPortal.Features.MilitaryRegistration;

/// <summary>What one exchange run did: schools, pupils of the cohort, sent, held back by our checks, unchanged, packages not handed over.</summary>
public sealed record GirVuRunResult(Guid RunId, int Schools, int Selected, int Sent, int Invalid, int Unchanged, int FailedPackages)
{
    public override string ToString() =>
        $"Школ: {N(Schools)}; учеников в выборке: {N(Selected)}; отправлено: {N(Sent)}; не прошли проверку: {N(Invalid)}; без изменений: {N(Unchanged)}" +
        (FailedPackages > 0 ? $"; пакетов не передано: {N(FailedPackages)}." : ".");

    private static string N(int count) => Infrastructure.RussianFormat.Number(count);
}
