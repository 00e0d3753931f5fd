using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>Параллель: 1 to 11.</summary>
public readonly record struct GradeLevel
{
    public const int First = 1;
    public const int Last = 11;

    public int Value { get; }

    public GradeLevel(int value)
    {
        if (value is < First or > Last)
            throw new DomainException($"Параллель: от {First} до {Last}.", "grade");
        Value = value;
    }

    public static IEnumerable<GradeLevel> All => Enumerable.Range(First, Last).Select(v => new GradeLevel(v));

    public override string ToString() => Value.ToString();
}
