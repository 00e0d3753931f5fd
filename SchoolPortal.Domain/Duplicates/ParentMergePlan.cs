namespace SchoolPortal.Domain.Duplicates;

/// <summary>
/// What merging one parent record into another does, decided before anything is changed: which child links move to the
/// kept record and which are dropped, which login stays (and whether it moves to the kept record), which logins are
/// disabled, and which login's ESIA link moves to the kept login. A choice that cannot be carried out is refused with a
/// Russian message in <see cref="Refusal"/>.
/// </summary>
public sealed class ParentMergePlan
{
    private ParentMergePlan(string refusal) => Refusal = refusal;

    private ParentMergePlan(IReadOnlyList<int> movedLinks, IReadOnlyList<int> droppedLinks, ParentMergeAccount? keptAccount, bool keptAccountMoves,
        IReadOnlyList<int> disabledAccounts, int? esiaFromAccountId)
    {
        MovedLinkPupilIds = movedLinks;
        DroppedLinkPupilIds = droppedLinks;
        KeptAccountId = keptAccount?.Id;
        KeptAccountMoves = keptAccountMoves;
        DisabledAccountIds = disabledAccounts;
        EsiaFromAccountId = esiaFromAccountId;
    }

    /// <summary>Why the merge cannot be done as chosen; null when it can.</summary>
    public string? Refusal { get; }

    /// <summary>The children whose link to the merged record moves to the kept record (with the same relation).</summary>
    public IReadOnlyList<int> MovedLinkPupilIds { get; } = [];

    /// <summary>The children already linked to the kept record: that link stays and the merged record's link is dropped.</summary>
    public IReadOnlyList<int> DroppedLinkPupilIds { get; } = [];

    /// <summary>The login the parent keeps; null when neither record has one.</summary>
    public int? KeptAccountId { get; }

    /// <summary>The kept login belonged to the merged record and moves to the kept one.</summary>
    public bool KeptAccountMoves { get; }

    /// <summary>The active logins other than the kept one: they are disabled.</summary>
    public IReadOnlyList<int> DisabledAccountIds { get; } = [];

    /// <summary>The login whose ESIA link moves to the kept login; null when the ESIA link stays where it is.</summary>
    public int? EsiaFromAccountId { get; }

    /// <param name="children">The children of the merged record.</param>
    /// <param name="accounts">The logins of both records, in the order their changes are recorded.</param>
    /// <param name="chosenAccountId">The login the user chose to keep; null lets the plan choose.</param>
    /// <param name="esiaAccountId">The login whose ESIA link the user chose to keep; null keeps the kept login's own.</param>
    public static ParentMergePlan Decide(int keptParentId, int mergedParentId, IReadOnlyList<ParentMergeChild> children,
        IReadOnlyList<ParentMergeAccount> accounts, int? chosenAccountId, int? esiaAccountId)
    {
        ParentMergeAccount? keptAccount = null;
        if (accounts.Count > 0)
        {
            // Without a choice: an active login, the kept record's own first, then the one used last.
            keptAccount = chosenAccountId is { } chosenId
                ? accounts.SingleOrDefault(a => a.Id == chosenId)
                : accounts.Where(a => !a.IsDisabled).OrderByDescending(a => a.ParentId == keptParentId).ThenByDescending(a => a.LastLoginAt).FirstOrDefault();
            if (keptAccount is null || keptAccount.IsDisabled)
                return new("Выберите действующий логин, который останется у родителя.");
        }
        var esiaSource = esiaAccountId is { } esiaId ? accounts.SingleOrDefault(a => a.Id == esiaId) : null;
        if (esiaAccountId is not null && esiaSource?.EsiaOid is null)
            return new("У выбранного логина нет связи с Госуслугами (ЕСИА).");

        return new(
            children.Where(c => !c.AlsoLinkedToKept).Select(c => c.PupilId).ToList(),
            children.Where(c => c.AlsoLinkedToKept).Select(c => c.PupilId).ToList(),
            keptAccount,
            keptAccount is not null && keptAccount.ParentId == mergedParentId,
            accounts.Where(a => a.Id != keptAccount?.Id && !a.IsDisabled).Select(a => a.Id).ToList(),
            keptAccount is not null && esiaSource is not null && esiaSource.Id != keptAccount.Id ? esiaSource.Id : null);
    }
}
