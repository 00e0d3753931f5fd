namespace SchoolPortal.Domain.Parents;

/// <summary>
/// Two parent records of one person merged into one (Проверка наличия «дублей»): the record kept, the record merged away
/// (kept in the database, marked with <see cref="Parent.MergedIntoId"/>), and everything the merge moved, so that the merge
/// can be undone from its entry: <see cref="Details"/> is the feature's JSON of the links moved, the accounts disabled and
/// the ESIA link moved.
/// </summary>
public sealed class ParentMerge
{
    public int Id { get; private set; }
    public int KeptParentId { get; private set; }
    public int MergedParentId { get; private set; }
    public int? SchoolId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ByAccountId { get; private set; }
    public string ByLogin { get; private set; } = "";
    public string Details { get; private set; } = "";
    public DateTimeOffset? UndoneAt { get; private set; }
    public string? UndoneByLogin { get; private set; }

    private ParentMerge()
    {
    }

    public ParentMerge(int keptParentId, int mergedParentId, int? schoolId, DateTimeOffset at, int? byAccountId, string byLogin, string details)
    {
        if (keptParentId == mergedParentId)
            throw new Common.DomainException("Запись родителя нельзя объединить с ней самой.");
        KeptParentId = keptParentId;
        MergedParentId = mergedParentId;
        SchoolId = schoolId;
        At = at;
        ByAccountId = byAccountId;
        ByLogin = byLogin;
        Details = details;
    }

    public bool IsUndone => UndoneAt is not null;

    public void Undo(DateTimeOffset at, string byLogin)
    {
        if (IsUndone)
            throw new Common.DomainException("Это объединение уже отменено.");
        UndoneAt = at;
        UndoneByLogin = byLogin;
    }
}
