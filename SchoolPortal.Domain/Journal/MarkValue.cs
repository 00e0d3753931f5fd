using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Domain.Journal;

/// <summary>A mark: 1–5, or «зач» / «нз» for a subject graded pass/fail. Stored as 1–5, 10 (зачёт) and 11 (незачёт).</summary>
public readonly record struct MarkValue
{
    public const int PassCode = 10;
    public const int FailCode = 11;

    public int Code { get; }

    private MarkValue(int code) => Code = code;

    public static MarkValue Score(int score) => score is >= 1 and <= 5
        ? new MarkValue(score)
        : throw new DomainException("Отметка — от 1 до 5.", "mark");

    public static MarkValue Pass { get; } = new(PassCode);
    public static MarkValue Fail { get; } = new(FailCode);

    public static MarkValue FromCode(int code) => code switch
    {
        >= 1 and <= 5 => new MarkValue(code),
        PassCode or FailCode => new MarkValue(code),
        _ => throw new DomainException($"Неизвестный код отметки {code}.", "mark"),
    };

    public bool IsScore => Code is >= 1 and <= 5;

    public int? Points => IsScore ? Code : null;

    public override string ToString() => Code switch
    {
        PassCode => "зач",
        FailCode => "нз",
        _ => Code.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Whether the mark fits the subject's scale: 1–5 for marked subjects, зачёт/незачёт for pass/fail ones.</summary>
    public void CheckScale(GradingScale scale)
    {
        if (scale == GradingScale.Marks && !IsScore)
            throw new DomainException("По этому предмету ставятся отметки от 1 до 5.", "mark");
        if (scale == GradingScale.PassFail && IsScore)
            throw new DomainException("Этот предмет оценивается «зачёт/незачёт»: введите «з» или «нз».", "mark");
    }
}
