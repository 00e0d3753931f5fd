using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.DuplicateGuard;

/// <summary>
/// What the card services do with the matches of a record being saved: refuse with a link to the existing record, or,
/// when an administrator stated why this is another person (true namesakes), save it and keep the reason as a
/// <see cref="DuplicateOverride"/> written in the same transaction.
/// </summary>
public static class DuplicateDecision
{
    /// <summary>School administrators and the operators above them; teachers never override.</summary>
    public static bool MayOverride(PortalUser user) => user.Has(Role.SchoolAdmin | Role.MunicipalOperator | Role.RegionOperator);

    /// <summary>
    /// The refusal to show, or null when the save may go on: no matches, or an administrator's override with a reason of
    /// at least <see cref="DuplicateOverride.MinReasonLength"/> characters.
    /// </summary>
    public static string? Refusal(IReadOnlyList<PersonMatch> matches, PortalUser user, string? overrideReason)
    {
        if (matches.Count == 0)
            return null;
        var message = matches[0].Message;
        if (string.IsNullOrWhiteSpace(overrideReason))
            return message;
        if (!MayOverride(user))
            return message + " Сохранить карточку при совпадении может только администратор.";
        var reason = overrideReason.Trim();
        if (reason.Length < DuplicateOverride.MinReasonLength)
            return $"Укажите причину (не короче {DuplicateOverride.MinReasonLength} символов): почему это другой человек с теми же данными.";
        if (reason.Length > DuplicateOverride.MaxReasonLength)
            return $"Причина слишком длинная: не больше {DuplicateOverride.MaxReasonLength} символов.";
        return null;
    }

    /// <summary>
    /// Saves the pending changes and, when the record was saved despite <paramref name="matches"/>, one override per
    /// matched record, all in one transaction: the record is never saved without its reason.
    /// </summary>
    public static async Task SaveAsync(PortalDbContext db, PersonKind kind, Func<int> savedId, IReadOnlyList<PersonMatch> matches,
        string? reason, int? schoolId, PortalUser user, DateTimeOffset now, CancellationToken ct)
    {
        if (matches.Count == 0)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var id = savedId();
        foreach (var match in matches.DistinctBy(m => m.Id))
            db.DuplicateOverrides.Add(new DuplicateOverride(kind.ToString(), id, match.Id, reason, schoolId, now,
                user.AccountId == 0 ? null : user.AccountId, user.Login));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
