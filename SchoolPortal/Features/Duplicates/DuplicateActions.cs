using MudBlazor;

namespace SchoolPortal.Features.Duplicates;

/// <summary>
/// The confirmations the page and the merge entry ask before they call <see cref="ParentMergeService"/>: what will happen,
/// in words, and for a detach the record's last sign-in first (the seed's rule).
/// </summary>
internal static class DuplicateActions
{
    public static Task<bool> ConfirmMergeAsync(IDialogService dialogs, ParentGroupView group, MergeRequest request)
    {
        var kept = group.Records.Single(r => r.Id == request.KeptParentId);
        var merged = group.Records.Single(r => r.Id == request.MergedParentId);
        var login = kept.Accounts.Concat(merged.Accounts).FirstOrDefault(a => a.Id == request.KeptAccountId)?.Login;
        var lines = new List<string>
        {
            $"Останется запись № {kept.Id} ({kept.FullName}). Запись № {merged.Id} ({merged.FullName}) будет помечена как объединённая.",
            $"Детей записи № {merged.Id} перенесём к записи № {kept.Id}: {merged.Children.Count + merged.HiddenChildren}.",
            login is null ? "Логинов у записей нет." : $"Останется логин {login}; остальные логины этих записей будут отключены.",
        };
        if (request.FillEmptyFields)
            lines.Add("Пустые поля оставляемой записи заполним из объединяемой.");
        lines.Add("Объединение можно отменить из списка выполненных объединений.");
        return DuplicateDialogs.ConfirmAsync(dialogs, "Объединить записи родителя?", lines, "Объединить", Color.Primary);
    }

    public static Task<bool> ConfirmDetachAsync(IDialogService dialogs, ParentRecordView record, RecordChild child)
    {
        var logins = record.Accounts.Count == 0
            ? "У этой записи нет логина: родитель не входил в систему по ней."
            : "Время последнего входа: " + string.Join("; ", record.Accounts.Select(a => $"{a.Login} — {DuplicateDialogs.LastLogin(a.LastLoginAt)}"))
                + (record.HasEsia ? ". Логин связан с Госуслугами." : ".");
        return DuplicateDialogs.ConfirmAsync(dialogs, "Открепить запись от ребёнка?",
        [
            $"Открепить запись родителя № {record.Id} ({record.FullName}) от ученика {child.FullName}?",
            logins,
            "Если родитель входит по этой записи, он перестанет видеть ребёнка. Сама запись останется в системе.",
        ], "Открепить", Color.Error);
    }

    public static Task<bool> ConfirmUndoAsync(IDialogService dialogs, MergeEntry merge) =>
        DuplicateDialogs.ConfirmAsync(dialogs, "Отменить объединение?",
        [
            $"Запись № {merge.MergedParentId} ({merge.Details.MergedName}) снова станет отдельной: её дети, логины, связь с Госуслугами и поля "
            + $"записи № {merge.KeptParentId} вернутся к состоянию до объединения.",
        ], "Отменить объединение", Color.Warning);
}
