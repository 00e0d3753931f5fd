using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Features.Accounts;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Caching;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// «Школьное портфолио» for parents and pupils: a parent sees the children their parent record is linked to (whatever
/// school each attends), a pupil sees themselves, nobody sees anyone else. A parent's <see cref="AccessScope"/> is
/// <see cref="AccessScope.Nobody"/> (the scope is for school staff), so this service checks the link itself with the
/// system context, reading only the account and the pupil ids it is linked to, and then reads the portfolio through a
/// context limited to the verified child's school, every query keyed by the verified pupil id.
/// </summary>
/// <param name="cache">Keeps built portfolios and what each family may see; null reads both every time (tests).</param>
public sealed class PortfolioService(PortalDb portalDb, IDbContextFactory<PortalDbContext> factory, TimeProvider clock, ClassAverages classAverages,
    PortalCache? cache = null)
{
    /// <summary>
    /// Built portfolios, per child and day: a parent who reloads the page, or both parents of a child looking in the same
    /// evening hour, cost the database nothing more. The access check runs before, on every request. A mark saved through
    /// the portal removes the child's portfolio at once; a change written elsewhere shows within the lifetime.
    /// </summary>
    public static readonly CacheKind Portfolios = new("portfolio", TimeSpan.FromMinutes(2), Shared: true);

    /// <summary>
    /// The pupils each family account may see, per account and roles: a parent reloading the portfolio does not read the
    /// account and its links every time. A saved change to the account, the parent, its links or the pupils removes it at
    /// once (on every node with Redis); a change written past the portal waits for the lifetime.
    /// </summary>
    public static readonly CacheKind FamilyAccess = new("family-access", TimeSpan.FromSeconds(30), Shared: true);

    public const string NotForRole = "Школьное портфолио доступно родителям и ученикам. Войдите под учетной записью родителя или ученика.";
    public const string NotYourChild = "Портфолио этого ученика вам недоступно: родитель видит только своих детей, ученик — только себя.";

    public async Task<PortfolioHome> HomeAsync(CancellationToken ct = default)
    {
        var user = Ensure(await portalDb.UserAsync());
        var visible = await VisibleAsync(user, ct);
        var children = new List<PortfolioChild>(visible.Count);
        foreach (var pupil in visible)
        {
            await using var db = ForSchool(pupil.SchoolId, user);
            if (await PortfolioQuery.HeadAsync(db, pupil.PupilId, ct) is { } head)
                children.Add(head.Child);
        }
        var ordered = children.OrderBy(c => c.FullName, StringComparer.Create(CardCalendar.Russian, ignoreCase: true)).ToList();
        return new PortfolioHome(ordered, visible.FirstOrDefault(v => v.IsOwn)?.PupilId);
    }

    /// <exception cref="AccessDeniedException">The child is not the user's (or does not exist: the answer is the same).</exception>
    public async Task<ChildPortfolio> PortfolioAsync(int pupilId, CancellationToken ct = default)
    {
        var (user, schoolId) = await VerifyAsync(pupilId, ct);
        var today = CardCalendar.Today(clock);
        async Task<ChildPortfolio?> Build()
        {
            await using var db = ForSchool(schoolId, user);
            return await PortfolioQuery.BuildAsync(db, pupilId, today, classAverages, ct);
        }
        var portfolio = cache is null
            ? await Build()
            : await cache.GetOrCreateAsync(Portfolios, $"{pupilId}:{today:yyyy-MM-dd}", async _ => await Build() is { } built
                ? (built, (IReadOnlyList<string>?)PortfolioTags(built))
                : (null, null), ct);
        return portfolio ?? throw new AccessDeniedException(NotYourChild);
    }

    /// <param name="week">Any day of the week as yyyy-MM-dd; empty for the current week.</param>
    /// <exception cref="AccessDeniedException">The child is not the user's.</exception>
    public async Task<DiaryWeek> DiaryAsync(int pupilId, string? week, CancellationToken ct = default)
    {
        var (user, schoolId) = await VerifyAsync(pupilId, ct);
        var today = CardCalendar.Today(clock);
        var (day, notice) = ParseWeek(week, today);
        await using var db = ForSchool(schoolId, user);
        return await PortfolioQuery.DiaryAsync(db, pupilId, DiaryWeek.MondayOf(day), today, notice, ct)
            ?? throw new AccessDeniedException(NotYourChild);
    }

    internal static (DateOnly Day, string? Notice) ParseWeek(string? week, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(week))
            return (today, null);
        if (DateOnly.TryParseExact(week.Trim(), DiaryWeek.WeekFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100)
            return (day, null);
        return (today, $"Не удалось прочитать неделю «{week}»: показана текущая неделя.");
    }

    private static PortalUser Ensure(PortalUser user) =>
        user.IsAuthenticated && user.Has(Role.Parent | Role.Pupil) ? user : throw new AccessDeniedException(NotForRole);

    private async Task<(PortalUser User, int SchoolId)> VerifyAsync(int pupilId, CancellationToken ct)
    {
        var user = Ensure(await portalDb.UserAsync());
        var visible = await VisibleAsync(user, ct);
        return visible.FirstOrDefault(v => v.PupilId == pupilId) is { } child
            ? (user, child.SchoolId)
            : throw new AccessDeniedException(NotYourChild);
    }

    /// <summary>
    /// The pupils the account may see, read with the system context: the account's own pupil record (role Pupil) and the
    /// children linked to its parent record (role Parent). A disabled account sees nobody. Kept a short while per account
    /// and roles (<see cref="FamilyAccess"/>), tagged by the account, the parent record and every pupil it found.
    /// </summary>
    private async Task<IReadOnlyList<VisiblePupil>> VisibleAsync(PortalUser user, CancellationToken ct) =>
        cache is null
            ? (await ReadVisibleAsync(user, ct)).Pupils
            // The roles come from the sign-in cookie and decide what is read: they are part of the key.
            : await cache.GetOrCreateAsync(FamilyAccess, $"{user.AccountId}:{(int)user.Roles}", async c =>
            {
                var (pupils, parentId) = await ReadVisibleAsync(user, c);
                IReadOnlyList<string> tags = [CacheTags.Account(user.AccountId), .. parentId is { } p ? [CacheTags.Family(p)] : Array.Empty<string>(),
                    .. pupils.Select(v => CacheTags.Pupil(v.PupilId))];
                return (pupils, tags);
            }, ct);

    private static IReadOnlyList<string> PortfolioTags(ChildPortfolio portfolio) => portfolio.Child.ClassId is { } classId
        ? [CacheTags.Pupil(portfolio.Child.PupilId), CacheTags.Class(classId)]
        : [CacheTags.Pupil(portfolio.Child.PupilId)];

    /// <returns>The pupils, and the parent record they were found through.</returns>
    private async Task<(IReadOnlyList<VisiblePupil> Pupils, int? ParentId)> ReadVisibleAsync(PortalUser user, CancellationToken ct)
    {
        // System scope: a family sees pupils through its own links, not a school scope; the query filters by those links.
        await using var db = factory.CreateDbContext().UseScope(AccessScope.System, user.Actor);
        await db.Database.OpenConnectionAsync(ct);
        var account = await db.UserAccounts.AsNoTracking()
            .Where(a => a.Id == user.AccountId && !a.IsDisabled)
            .Select(a => new { a.PupilId, a.ParentId })
            .SingleOrDefaultAsync(ct);
        var own = user.Has(Role.Pupil) ? account?.PupilId : null;
        var parentId = user.Has(Role.Parent) ? account?.ParentId : null;
        if (own is null && parentId is null)
            return ([], null);
        var children = db.ParentLinks.Where(l => l.ParentId == parentId).Select(l => l.PupilId);
        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => p.Id == own || children.Contains(p.Id))
            .Select(p => new VisiblePupil(p.Id, p.SchoolId, p.Id == own))
            .ToListAsync(ct);
        return (pupils, parentId);
    }

    private PortalDbContext ForSchool(int schoolId, PortalUser user) => factory.CreateDbContext().UseScope(AccessScope.School(schoolId), user.Actor);
}
