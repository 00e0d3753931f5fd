using SchoolPortal.Domain.Parents;

namespace SchoolPortal.Features.Duplicates;

/// <summary>A merge as its entry shows it: who merged what when, everything moved, and whether it was undone.</summary>
public sealed record MergeEntry(int Id, int KeptParentId, int MergedParentId, DateTimeOffset At, string ByLogin, DateTimeOffset? UndoneAt,
    string? UndoneByLogin, ParentMergeDetails Details)
{
    public bool IsUndone => UndoneAt is not null;

    public static MergeEntry From(ParentMerge m) =>
        new(m.Id, m.KeptParentId, m.MergedParentId, m.At, m.ByLogin, m.UndoneAt, m.UndoneByLogin, ParentMergeDetails.FromJson(m.Details));
}
