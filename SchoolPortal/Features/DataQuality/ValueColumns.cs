using System.Linq.Expressions;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.DataQuality;

/// <summary>
/// The rules read the text of value objects (<c>p.Snils.Value</c>, <c>a.Text</c>), which memory can but SQL cannot: these
/// values are stored as one text column through a value converter (Data/ValueConverters.cs). This rewrites such a read into
/// <c>(string)(object)p.Snils</c>, which EF Core turns into <c>CAST(Snils AS TEXT)</c>: the stored column as plain text (a
/// plain <c>EF.Property&lt;string&gt;</c> would keep the converter and push the rule's string constants through it).
/// </summary>
internal static class ValueColumns
{
    private static readonly HashSet<(Type, string)> TextMembers =
    [
        (typeof(Snils), nameof(Snils.Value)), (typeof(PhoneNumber), nameof(PhoneNumber.Value)), (typeof(Email), nameof(Email.Value)),
        (typeof(Address), nameof(Address.Text)), (typeof(Inn), nameof(Inn.Value)), (typeof(Ogrn), nameof(Ogrn.Value)),
    ];

    public static Expression<Func<T, bool>> ForDatabase<T>(Expression<Func<T, bool>> predicate) =>
        (Expression<Func<T, bool>>)new Rewriter().Visit(predicate);

    private sealed class Rewriter : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is MemberExpression stored && TextMembers.Contains((node.Member.DeclaringType!, node.Member.Name)))
                return Expression.Convert(Expression.Convert(Visit(stored), typeof(object)), typeof(string));
            return base.VisitMember(node);
        }
    }
}
