using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>
/// Starts long operations for the signed-in user and shows them: an operation belongs to the school it was started in;
/// the user who started it, the school's administrators and the region's operators see it and its result.
/// </summary>
public sealed class LongOperations(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, IOperationScheduler scheduler, TimeProvider clock)
{
    public const int MaxInputBytes = 50 * 1024 * 1024;

    public async Task<Guid> StartAsync(string kind, string? parameters = null, string? inputName = null, byte[]? input = null)
    {
        if (input is { Length: > MaxInputBytes })
            throw new OperationFailedException($"Файл больше {MaxInputBytes / 1024 / 1024} МБ: разделите его на части.");
        var user = await portalDb.UserAsync();
        if (!user.IsAuthenticated)
            throw new AccessDeniedException("Войдите в портал, чтобы запустить операцию.");
        var operation = new LongOperation(Guid.NewGuid(), kind, user.SchoolId, user.AccountId, user.Login, clock.GetUtcNow(), parameters,
            inputName, input, PortalInstance.Id);
        await using (var db = System(user))
        {
            db.LongOperations.Add(operation);
            await db.SaveChangesAsync();
        }
        scheduler.Schedule(operation.Id);
        return operation.Id;
    }

    /// <returns>Null when there is no such operation or the user may not see it.</returns>
    public async Task<OperationView?> FindAsync(Guid id)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        return await Visible(db.LongOperations.AsNoTracking(), user).Where(o => o.Id == id)
            .Select(OperationView.Projection)
            .SingleOrDefaultAsync();
    }

    /// <summary>The user's latest operation of this kind in their school, so a page opened again finds the work it started.</summary>
    public async Task<OperationView?> LatestAsync(string kind)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        return await db.LongOperations.AsNoTracking()
            .Where(o => o.Kind == kind && o.RequestedByAccountId == user.AccountId && o.SchoolId == user.SchoolId)
            .OrderByDescending(o => o.RequestedAt)
            .Select(OperationView.Projection)
            .FirstOrDefaultAsync();
    }

    /// <returns>The result file, or null when there is none or the user may not see it.</returns>
    public async Task<(string Name, byte[] Content)?> ResultAsync(Guid id) => await ResultAsync(id, await portalDb.UserAsync());

    /// <summary>The result file for <paramref name="user"/>: the download endpoint passes the request's user (there is no circuit there).</summary>
    /// <returns>The result file, or null when there is none or the user may not see it.</returns>
    public async Task<(string Name, byte[] Content)?> ResultAsync(Guid id, PortalUser user)
    {
        await using var db = System(user);
        var result = await Visible(db.LongOperations.AsNoTracking(), user).Where(o => o.Id == id && o.Result != null)
            .Select(o => new { o.ResultName, o.Result })
            .SingleOrDefaultAsync();
        return result is null ? null : (result.ResultName ?? "result.xlsx", result.Result!);
    }

    /// <summary>«Повторить»: a failed or interrupted operation goes back to the queue and runs again from zero.</summary>
    /// <returns>False when there is no such operation, the user may not see it, or it did not fail.</returns>
    public async Task<bool> RetryAsync(Guid id)
    {
        var user = await portalDb.UserAsync();
        await using (var db = System(user))
        {
            var operation = await Visible(db.LongOperations, user).SingleOrDefaultAsync(o => o.Id == id);
            if (operation is not { State: OperationState.Failed })
                return false;
            operation.Requeue(clock.GetUtcNow(), "Повтор", PortalInstance.Id);
            await db.SaveChangesAsync();
        }
        scheduler.Schedule(id);
        return true;
    }

    /// <summary>«Отменить»: a failed operation, or one left by a stopped process, is given up and not run again.</summary>
    /// <returns>False when there is no such operation, the user may not see it, or it is running or done.</returns>
    public async Task<bool> CancelAsync(Guid id)
    {
        var user = await portalDb.UserAsync();
        await using var db = System(user);
        var operation = await Visible(db.LongOperations, user).SingleOrDefaultAsync(o => o.Id == id);
        if (operation is null || !(operation.State == OperationState.Failed || operation.IsAbandoned(PortalInstance.Id, clock.GetUtcNow())))
            return false;
        operation.Cancel(clock.GetUtcNow(), user.Login);
        await db.SaveChangesAsync();
        return true;
    }

    private static IQueryable<LongOperation> Visible(IQueryable<LongOperation> operations, PortalUser user)
    {
        if (!user.IsAuthenticated)
            return operations.Where(o => false);
        if (user.Has(Role.RegionOperator))
            return operations;
        var schoolAdmin = user.Has(Role.SchoolAdmin) && user.SchoolId is not null;
        return operations.Where(o => o.RequestedByAccountId == user.AccountId || (schoolAdmin && o.SchoolId == user.SchoolId));
    }

    // System scope: operations of every user are stored together; each read is filtered by the user's own runs.
    private PortalDbContext System(PortalUser user) => factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
}
