using SchoolPortal.Domain.Esia;
using SchoolPortal.Domain.Pupils;
using SchoolPortal.Domain.Readiness;

namespace SchoolPortal.Features.Readiness;

/// <summary>What the rules need for one child, as read from the database, and where the child is.</summary>
internal sealed record ReadinessInput(int SchoolId, int? ClassId, PupilStatus Status, PersonRecord Child, IReadOnlyList<ReadinessParent> Parents,
    IReadOnlyDictionary<int, DateTimeOffset> GosuslugiReceivedAt)
{
    public ChildReadiness Check() => GosuslugiReadiness.Check(Child, Parents);
}
