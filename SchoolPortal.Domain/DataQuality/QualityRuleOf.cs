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

    public bool AppliesTo(T record, DateOnly today) => Compile(today).Applies(record);

    /// <summary>Whether the record is checked and fails: the in-memory twin of counting with the expressions.</summary>
    public bool Fails(T record, DateOnly today) => Compile(today).Fails(record);

    /// <summary>
    /// Both predicates compiled once, for running the rule over many records: compiling an expression costs far more than
    /// running it, so a loop over records compiles outside the loop.
    /// </summary>
    public (Func<T, bool> Applies, Func<T, bool> Fails) Compile(DateOnly today)
    {
        var applies = Applies(today).Compile();
        var failing = FailingOn(today).Compile();
        return (applies, record => applies(record) && failing(record));
    }
}
