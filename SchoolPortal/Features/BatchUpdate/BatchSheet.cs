namespace SchoolPortal.Features.BatchUpdate;

/// <summary>An uploaded sheet as text: the recognised columns, the non-empty rows, and the cells that could not be read.</summary>
public sealed record BatchSheet(IReadOnlyList<BatchColumn> Columns, IReadOnlyList<BatchSheetRow> Rows, IReadOnlyList<RowError> CellErrors)
{
    /// <summary>The position in <see cref="BatchSheetRow.Cells"/> of a field of the pupil (group null) or of a parent group; -1 when the file has no such column.</summary>
    public int IndexOf(int? group, string fieldId)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].ParentGroup == group && Columns[i].Field.Id == fieldId)
                return i;
        }
        return -1;
    }

    public IEnumerable<int> ParentGroups => Columns.Where(c => c.ParentGroup is not null).Select(c => c.ParentGroup!.Value).Distinct().Order();
}
