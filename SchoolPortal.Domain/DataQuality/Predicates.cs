using System.Linq.Expressions;

namespace SchoolPortal.Domain.DataQuality;

/// <summary>
/// Builds rule predicates from parts, as expressions both the database and memory can run: a text shape applied to a
/// field, and the usual and/or/not.
/// </summary>
public static class Predicates
{
    /// <summary><c>x =&gt; shape(field(x))</c>.</summary>
    public static Expression<Func<T, bool>> On<T, TPart>(Expression<Func<T, TPart>> field, Expression<Func<TPart, bool>> shape) =>
        Expression.Lambda<Func<T, bool>>(Replace(shape.Body, shape.Parameters[0], field.Body), field.Parameters);

    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, Replace(right.Body, right.Parameters[0], left.Parameters[0])), left.Parameters);

    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, Replace(right.Body, right.Parameters[0], left.Parameters[0])), left.Parameters);

    public static Expression<Func<T, bool>> Not<T>(this Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static Expression Replace(Expression body, ParameterExpression from, Expression to) => new Substitution(from, to).Visit(body);

    private sealed class Substitution(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
