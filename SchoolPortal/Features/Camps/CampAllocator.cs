using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.Common;
using SchoolPortal.Features.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;

namespace SchoolPortal.Features.Camps;

/// <summary>
/// The one place where camp places are given. Every allocation runs in a transaction whose first statement bumps the
/// season's row: the row lock it takes (SQL Server) or the write lock (SQLite) makes the allocations of every request
/// on every node run one after another, so the waiting applications are served in queue order (<see cref="CampQueue"/>).
/// A filed application gets its filing time inside that lock, so a later time never overtakes an earlier one. The
/// places themselves are guarded twice more by the database: <see cref="CampShift.Taken"/> is a concurrency token and a
/// check keeps it within the shift's places. A conflict starts the allocation over.
/// </summary>
public sealed class CampAllocator(IDbContextFactory<PortalDbContext> factory, EnrollmentSettings settings, TimeProvider clock)
{
    public const int MaxAttempts = 5;

    /// <summary>The most applications one transaction files; the rest wait for the next.</summary>
    public const int MaxBatch = 200;

    private readonly Channel<Filing> _filings = Channel.CreateUnbounded<Filing>(new UnboundedChannelOptions { SingleReader = true });
    private int _draining;

    /// <summary>
    /// Saves the application made by <paramref name="create"/> (given the filing time) and allocates at once. On the booking
    /// day hundreds arrive each second: the applications waiting on this node are filed together, one transaction under
    /// the season's lock and one allocation pass for all of them (each saved with its own user in the audit log), so the
    /// lock is taken per batch, not per parent. A refusal of one application (a repeated child, the opening not reached)
    /// is that application's answer only.
    /// </summary>
    /// <returns>The application as it stands after the allocation: granted, or in reserve.</returns>
    public async Task<CampApplication> FileAsync(int year, AuditActor actor, Func<PortalDbContext, DateTimeOffset, Task<CampApplication>> create,
        CancellationToken ct = default)
    {
        var filing = new Filing(year, actor, create, new TaskCompletionSource<CampApplication>(TaskCreationOptions.RunContinuationsAsynchronously));
        _filings.Writer.TryWrite(filing);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
            _ = Task.Run(DrainAsync, CancellationToken.None);
        return await filing.Done.Task.WaitAsync(ct);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<Filing>();
            while (batch.Count < MaxBatch && _filings.Reader.TryRead(out var filing))
                batch.Add(filing);
            if (batch.Count == 0)
            {
                Volatile.Write(ref _draining, 0);
                // A filing written after the last read and before the release finds the flag still set: take it back.
                if (_filings.Reader.TryPeek(out _) && Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
                    continue;
                return;
            }
            foreach (var year in batch.GroupBy(f => f.Year))
                await FileBatchAsync(year.Key, year.ToList());
        }
    }

    private async Task FileBatchAsync(int year, IReadOnlyList<Filing> batch)
    {
        var accepted = new List<(Filing Filing, CampApplication Application)>();
        try
        {
            await UnderSeasonLockAsync(year, AuditActor.System, async (db, held) =>
            {
                accepted.Clear();
                foreach (var filing in batch.Where(f => !f.Done.Task.IsCompleted))
                {
                    db.UseScope(AccessScope.System, filing.Actor);
                    CampApplication application;
                    try
                    {
                        application = await filing.Create(db, held.Now);
                        db.CampApplications.Add(application);
                        await db.SaveChangesAsync();
                    }
                    catch (Exception e) when (e is DomainException or AccessDeniedException or OperationCanceledException
                        || (e is DbUpdateException && e is not DbUpdateConcurrencyException))
                    {
                        foreach (var added in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList())
                            added.State = EntityState.Detached;
                        filing.Done.TrySetException(e is DbUpdateException
                            ? new DomainException("Заявление не сохранено: такое заявление уже есть.", "epguOrderId")
                            : e);
                        continue;
                    }
                    accepted.Add((filing, application));
                }
                db.UseScope(AccessScope.System, AuditActor.System);
                return await AllocateAsync(db, year, held, CancellationToken.None);
            });
            foreach (var (filing, application) in accepted)
                filing.Done.TrySetResult(application);
        }
        catch (Exception e)
        {
            foreach (var filing in batch)
                filing.Done.TrySetException(e);
        }
    }

    private sealed record Filing(int Year, AuditActor Actor, Func<PortalDbContext, DateTimeOffset, Task<CampApplication>> Create,
        TaskCompletionSource<CampApplication> Done);

    /// <summary>Offers free places (given back by a refusal, a cancellation or more places) to the waiting applications.</summary>
    /// <returns>How many applications got a place.</returns>
    public Task<int> AllocateAsync(int year, CancellationToken ct = default) =>
        UnderSeasonLockAsync(year, AuditActor.System, (db, season) => AllocateAsync(db, year, season, ct), ct);

    /// <summary>
    /// Runs <paramref name="work"/> on a context holding the season's lock, with the current time, and commits; a
    /// concurrency conflict on a shift's places starts it over on a fresh context. For everything that takes or gives back
    /// a place (payment deadlines, refusals, the operator's changes), so places and the queue stay in one order.
    /// </summary>
    public async Task<T> UnderSeasonLockAsync<T>(int year, AuditActor actor, Func<PortalDbContext, SeasonLock, Task<T>> work,
        CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            // System scope: a place is decided across districts and schools; who may ask was checked by the caller.
            await using var db = factory.CreateDbContext().UseScope(AccessScope.System, actor);
            // Read before the lock: the first read of the calendar may write it (a second connection), which the lock would block.
            var calendar = await settings.CalendarAsync(db, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var locked = await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE CampSeasons SET AllocationRound = AllocationRound + 1 WHERE Year = {year}", ct);
            if (locked == 0)
                throw new DomainException($"Летняя оздоровительная кампания {year} года не объявлена.", "year");
            try
            {
                var result = await work(db, new SeasonLock(clock.GetUtcNow(), calendar));
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(ct);
            }
        }
    }

    /// <summary>One pass over the waiting applications in queue order; only inside <see cref="UnderSeasonLockAsync{T}"/>.</summary>
    public async Task<int> AllocateAsync(PortalDbContext db, int year, SeasonLock held, CancellationToken ct)
    {
        var now = held.Now;
        var season = await db.CampSeasons.AsNoTracking().SingleAsync(s => s.Year == year, ct);
        var shifts = await db.CampShifts.Where(s => s.Year == year).ToDictionaryAsync(s => s.Id, ct);
        var free = shifts.Values.Where(s => s.FreePlaces > 0).Select(s => s.Id).ToList();
        var waiting = CampQueue.InOrder(await db.CampApplications
            .Where(a => a.Year == year && (a.Status == CampApplicationStatus.Submitted
                || (a.Status == CampApplicationStatus.Reserve && (free.Contains(a.Choice1ShiftId)
                    || (a.Choice2ShiftId != null && free.Contains(a.Choice2ShiftId.Value))
                    || (a.Choice3ShiftId != null && free.Contains(a.Choice3ShiftId.Value))))))
            .ToListAsync(ct)).ToList();
        if (waiting.Count == 0)
            return 0;

        var children = waiting.Select(a => a.PupilId).Distinct().ToList();
        var holding = (await db.CampApplications.AsNoTracking()
                .Where(a => children.Contains(a.PupilId) && a.ShiftId != null && (a.Status == CampApplicationStatus.Granted
                    || a.Status == CampApplicationStatus.Paid || a.Status == CampApplicationStatus.VoucherIssued))
                .Select(a => new { a.PupilId, ShiftId = a.ShiftId!.Value })
                .ToListAsync(ct))
            .Where(h => shifts.ContainsKey(h.ShiftId))
            .GroupBy(h => h.PupilId)
            .ToDictionary(g => g.Key, g => g.Select(h => shifts[h.ShiftId]).ToList());
        var deadline = CampPaymentTerms.PaymentDeadline(DateOnly.FromDateTime(RegionTime.ToRegion(now).DateTime), season.PaymentWorkingDays,
            held.Calendar);

        var changed = new List<CampApplication>();
        var granted = 0;
        foreach (var application in waiting)
        {
            if (!holding.TryGetValue(application.PupilId, out var mine))
                holding[application.PupilId] = mine = [];
            if (CampQueue.Choose(application, shifts, mine) is { } shift)
            {
                shift.Hold();
                application.Grant(shift, now, deadline, CampApplication.System);
                mine.Add(shift);
                changed.Add(application);
                granted++;
            }
            else if (application.Status == CampApplicationStatus.Submitted)
            {
                application.Reserve(now, CampApplication.System);
                changed.Add(application);
            }
        }
        await CampNotifications.RecordAsync(db, changed, now, ct);
        await db.SaveChangesAsync(ct);
        return granted;
    }
}
