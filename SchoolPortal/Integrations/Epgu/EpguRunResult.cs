namespace SchoolPortal.Integrations.Epgu;

/// <summary>What one run of the publication did: children checked, messages sent, snapshots unchanged, failures with reasons.</summary>
public sealed record EpguRunResult(int Checked, int Sent, int Unchanged, IReadOnlyList<EpguFailure> Failures)
{
    public int Failed => Failures.Count;

    public override string ToString() =>
        $"Проверено детей: {Checked}, отправлено: {Sent}, без изменений: {Unchanged}, ошибок: {Failed}.";
}
