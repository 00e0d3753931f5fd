using System.Globalization;

namespace SchoolPortal.Domain.Journal;

/// <summary>
/// The marks of one journal cell, in the order they were given. Immutable, compared by content, stored as one column
/// («5:0:1;4:4:3» = value:work type:weight), which keeps a cell one row and its change one audit line.
/// </summary>
public sealed class MarkList : IEquatable<MarkList>
{
    public const int MaxMarks = 5;

    public static MarkList Empty { get; } = new([]);

    public IReadOnlyList<Mark> Items { get; }

    public MarkList(IEnumerable<Mark> marks)
    {
        Items = marks.ToList();
        if (Items.Count > MaxMarks)
            throw new Common.DomainException($"Не больше {MaxMarks} отметок в одной клетке.", "mark");
    }

    public bool IsEmpty => Items.Count == 0;

    /// <summary>The marks as the journal shows them: «5 4».</summary>
    public string Text => string.Join(' ', Items.Select(m => m.Value.ToString()));

    public string Encode() => string.Join(';', Items.Select(m =>
        $"{m.Value.Code}:{(int)m.WorkType}:{m.Weight.ToString(CultureInfo.InvariantCulture)}"));

    public static MarkList Decode(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
            return Empty;
        return new MarkList(stored.Split(';').Select(part =>
        {
            var f = part.Split(':');
            return new Mark(MarkValue.FromCode(int.Parse(f[0], CultureInfo.InvariantCulture)), (WorkType)int.Parse(f[1], CultureInfo.InvariantCulture),
                decimal.Parse(f[2], CultureInfo.InvariantCulture));
        }));
    }

    public bool Equals(MarkList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => Equals(obj as MarkList);

    public override int GetHashCode() => Items.Aggregate(0, (h, m) => HashCode.Combine(h, m));

    /// <summary>For the audit log: «5 (ответ на уроке, вес 1); 4 (контрольная работа, вес 3)».</summary>
    public override string ToString() => IsEmpty ? "" : string.Join("; ", Items);

    /// <summary>The same marks with the one at <paramref name="index"/> given another work type and weight.</summary>
    public MarkList Change(int index, WorkType workType, decimal weight)
    {
        if (index < 0 || index >= Items.Count)
            throw new Common.DomainException("В клетке нет такой отметки: обновите журнал.", "mark");
        return new MarkList(Items.Select((m, i) => i == index ? new Mark(m.Value, workType, weight) : m));
    }
}
