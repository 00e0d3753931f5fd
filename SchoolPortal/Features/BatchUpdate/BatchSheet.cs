namespace SchoolPortal.Features.BatchUpdate;

/// <summary>An uploaded sheet as text: the recognised columns, the non-empty rows, and the cells that could not be read.</summary>
public sealed record BatchSheet(IReadOnlyList<BatchColumn> Columns, IReadOnlyList<BatchSheetRow> Rows, IReadOnlyList<RowError> CellErrors)
{
    /// <summary>The position in <see cref="BatchSheetRow.Cells"/> of a field of the pupil (group null) or of a parent group; -1 when the file has no such column.</summary>
    public int IndexOf(int? group, string fieldId)
    {
        // Asked for every field of every row: a map of the columns, built once, instead of a scan each time.
        _index ??= Columns.Select((c, i) => (c, i)).GroupBy(x => (x.c.ParentGroup, x.c.Field.Id)).ToDictionary(g => g.Key, g => g.First().i);
        return _index.GetValueOrDefault((group, fieldId), -1);
    }

    private Dictionary<(int? Group, string Field), int>? _index;

    public IEnumerable<int> ParentGroups => Columns.Where(c => c.ParentGroup is not null).Select(c => c.ParentGroup!.Value).Distinct().Order();
}
