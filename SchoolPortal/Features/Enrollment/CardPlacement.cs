using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// How a child's card comes into the enrolling school and its class. A card of another school moves with its parents,
/// class history and accounts (the Gosuslugi link stays on the account); the school left keeps «выбыл в …».
/// </summary>
internal static class CardPlacement
{
    /// <summary>Moves a card of another school into <paramref name="schoolId"/> (a card already there stays).</summary>
    public static async Task MoveAsync(PortalDbContext db, Pupil pupil, int schoolId, string schoolName, DateOnly on, string? transferOrder,
        DateTimeOffset now, CancellationToken ct)
    {
        var from = pupil.SchoolId;
        if (from == schoolId)
            return;
        pupil.MoveToSchool(schoolId, on, transferOrder);
        db.SchoolDepartures.Add(new SchoolDeparture(from, pupil.Id, pupil.Name.Full, pupil.BirthDate, schoolId, schoolName, on, now));
        foreach (var account in await db.UserAccounts.Where(a => a.PupilId == pupil.Id).ToListAsync(ct))
            account.FollowPupilToSchool(schoolId);
    }

    /// <summary>Into a current class from <paramref name="on"/>, or admitted from the new year with an enrolment move of the plan.</summary>
    public static async Task PlaceAsync(PortalDbContext db, Pupil pupil, OrderTarget target, DateOnly on, CancellationToken ct) =>
        Place(db, pupil, target, on,
            target.Plan is { } plan && await db.PupilMoves.AnyAsync(m => m.PlanId == plan.Id && m.PupilId == pupil.Id, ct));

    /// <param name="inPlanAlready">The pupil already has a move in the new-year plan (looked up by the caller, for many at once).</param>
    public static void Place(PortalDbContext db, Pupil pupil, OrderTarget target, DateOnly on, bool inPlanAlready)
    {
        if (!target.FromNewYear)
        {
            pupil.EnrollIn(target.Class, on);
            return;
        }
        if (inPlanAlready)
            throw new Domain.Common.DomainException($"{pupil.Name.Full} уже есть в движении учащихся нового года.", "pupil");
        pupil.AdmitFromNewYear();
        db.PupilMoves.Add(new PupilMove(target.Plan!.Id, pupil.SchoolId, pupil.Id, PupilMoveKind.Enroll, target.Class.Id));
    }
}
