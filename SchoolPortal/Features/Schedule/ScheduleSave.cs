using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;

namespace SchoolPortal.Features.Schedule;

/// <summary>One SaveChanges whose refusals (scope, database constraints) come back as a message instead of an exception.</summary>
internal static class ScheduleSave
{
    public const string RefusedByDatabase = "Не удалось сохранить: база данных отклонила изменения. Обновите страницу и попробуйте ещё раз.";

    /// <param name="id">Read after the save, so a new record's id is known.</param>
    /// <param name="refused">The message for a constraint the checks before the save could not see (a concurrent twin).</param>
    public static async Task<CardSaveResult> OnceAsync(PortalDbContext db, Func<int> id, CancellationToken ct, string refused = RefusedByDatabase)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CardSaveResult.Saved(id());
        }
        catch (AccessDeniedException e)
        {
            return CardSaveResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            return CardSaveResult.Refused(refused);
        }
    }
}
