using System.Linq.Expressions;

namespace SchoolPortal.Domain.DataQuality;

/// <summary>
/// A rule over records of type <typeparamref name="T"/>: <see cref="Failing"/> is the predicate as an expression (the
/// database counts with it) and <see cref="Fails"/> the same predicate run in memory, so both always agree in meaning.
/// <see cref="AppliesOn"/> narrows the records checked (e.g. only control works); null: every record of the kind.
/// </summary>
public sealed record QualityRule<T>(string Code, QualityGroup Group, QualityRecordKind Kind, string Title, string Explanation,
    Func<DateOnly, Expression<Func<T, bool>>> FailingOn, Func<DateOnly, Expression<Func<T, bool>>>? AppliesOn = null)
    : QualityRule(Code, Group, Kind, Title, Explanation)
{
    /// <summary>The records that fail the rule on <paramref name="today"/>.</summary>
    public Expression<Func<T, bool>> Failing(DateOnly today) => FailingOn(today);

    /// <summary>The records the rule checks on <paramref name="today"/>.</summary>
    public Expression<Func<T, bool>> Applies(DateOnly today) => AppliesOn?.Invoke(today) ?? (_ => true);

    public bool AppliesTo(T record, DateOnly today) => Applies(today).Compile()(record);

    /// <summary>Whether the record is checked and fails: the in-memory twin of counting with the expressions.</summary>
    public bool Fails(T record, DateOnly today) => AppliesTo(record, today) && FailingOn(today).Compile()(record);
}
