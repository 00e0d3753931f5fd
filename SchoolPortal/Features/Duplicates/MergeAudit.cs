using SchoolPortal.Domain.Audit;

namespace SchoolPortal.Features.Duplicates;

/// <summary>The audit log's lines for a merge: what a reader of the log needs without opening the merge's entry.</summary>
internal static class MergeAudit
{
    public static IEnumerable<AuditChange> Changes(ParentMergeDetails d)
    {
        yield return new AuditChange("Объединение записей родителя", d.MergedName, d.KeptName);
        foreach (var link in d.MovedLinks)
            yield return new AuditChange("Ребёнок перенесён", link.PupilName, d.KeptName);
        foreach (var link in d.RemovedLinks)
            yield return new AuditChange("Повторная связь с ребёнком удалена", link.PupilName, null);
        if (d.KeptLogin is not null)
            yield return new AuditChange("Оставлен логин", null, d.KeptLogin);
        foreach (var account in d.DisabledAccounts)
            yield return new AuditChange("Логин отключён", account.Login, null);
        if (d.Esia is not null)
            yield return new AuditChange("Связь с Госуслугами перенесена", $"учетная запись № {d.Esia.FromAccountId}", $"учетная запись № {d.Esia.ToAccountId}");
        foreach (var field in d.FilledFields)
            yield return new AuditChange($"Заполнено из объединённой записи: {field.Field}", null, field.Value);
    }
}
