using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Audit;
using SchoolPortal.Domain.People;
using SchoolPortal.Domain.Schools;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Components.Shared;
using F = SchoolPortal.Features.Schools.SchoolFields;

namespace SchoolPortal.Features.Schools;

/// <summary>
/// «Сведения о школе»: a school administrator's own school, or for operators any school of their scope.
/// School is not <c>IAudited</c> in the domain, so this service writes the audit entry itself, in the same transaction.
/// </summary>
public sealed class SchoolCardService(PortalDb portalDb, TimeProvider clock)
{
    private const string NotFound = "Школа не найдена среди доступных вам.";

    /// <summary>The schools the user may open: one for a school administrator, the district or region for operators.</summary>
    public async Task<IReadOnlyList<SchoolOption>> SchoolsAsync(CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        return await SchoolPicker.ListAsync(db, ct);
    }

    /// <summary>The school to open first: the administrator's own, or the first of the operator's list.</summary>
    public async Task<int?> DefaultSchoolIdAsync(CancellationToken ct = default)
    {
        var user = ManagementAccess.Ensure(await portalDb.UserAsync());
        if (!ManagementAccess.SpansSchools(user))
            return user.SchoolId;
        return (await SchoolsAsync(ct)).FirstOrDefault()?.Id;
    }

    public async Task<SchoolForm?> LoadAsync(int schoolId, CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var school = await db.Schools.AsNoTracking().Include(s => s.Municipality).SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        return school is null ? null : new SchoolForm
        {
            Id = school.Id,
            Municipality = school.Municipality?.Name ?? "",
            FullName = school.FullName,
            ShortName = school.ShortName,
            Inn = school.Inn.Value,
            Ogrn = school.Ogrn.Value,
            Address = school.Address.Text,
            HeadName = school.HeadName,
            Phone = school.Phone?.Formatted,
            Email = school.Email?.Value,
        };
    }

    public async Task<CardSaveResult> SaveAsync(SchoolForm form, CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        var errors = new FieldErrors();
        var inn = errors.Try(() => Inn.Parse(form.Inn), F.Inn);
        var ogrn = errors.Try(() => Ogrn.Parse(form.Ogrn), F.Ogrn);
        var address = errors.Try(() => Address.Parse(form.Address), F.Address);
        var phone = string.IsNullOrWhiteSpace(form.Phone) ? null : errors.Try(() => PhoneNumber.Parse(form.Phone), F.Phone);
        var email = string.IsNullOrWhiteSpace(form.Email) ? null : errors.Try(() => Email.Parse(form.Email), F.Email);

        await using var db = await portalDb.OpenAsync();
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == form.Id, ct);
        if (school is null)
            return CardSaveResult.Refused(NotFound);
        // INN is unique across the region: look beyond the user's scope, telling only that the number is taken.
        if (inn is not null && await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.Inn == inn && s.Id != school.Id, ct))
            errors.Add(F.Inn, $"ИНН {inn.Value} уже указан у другой школы региона. Проверьте цифры.");
        var before = Snapshot(school);
        if (inn is not null && ogrn is not null && address is not null)
            errors.Try(() => school.UpdateDetails(form.FullName ?? "", form.ShortName ?? "", inn, ogrn, address, form.HeadName ?? "", phone, email), F.FullName);
        else
            errors.Try(() => school.UpdateDetails(form.FullName ?? "", form.ShortName ?? "", school.Inn, school.Ogrn, school.Address, form.HeadName ?? "", phone, email), F.FullName);
        if (!errors.IsEmpty)
            return CardSaveResult.Refused(errors);

        var changes = Snapshot(school).Where(p => before[p.Key] != p.Value).Select(p => new AuditChange(p.Key, before[p.Key], p.Value)).ToList();
        if (changes.Count == 0)
            return CardSaveResult.Saved(school.Id);

        var user = await portalDb.UserAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The update names the school through the query filter, so a school outside the scope matches no row.
        // (ScopeGuard refuses tracked School changes for non-region users: School is not ISchoolScoped.)
        var updated = await db.Schools.Where(s => s.Id == school.Id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.FullName, school.FullName)
            .SetProperty(s => s.ShortName, school.ShortName)
            .SetProperty(s => s.Inn, school.Inn)
            .SetProperty(s => s.Ogrn, school.Ogrn)
            .SetProperty(s => s.Address, school.Address)
            .SetProperty(s => s.HeadName, school.HeadName)
            .SetProperty(s => s.Phone, school.Phone)
            .SetProperty(s => s.Email, school.Email), ct);
        if (updated != 1)
            return CardSaveResult.Refused(NotFound);
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), user.Actor.AccountId, user.Actor.Login, school.Id, nameof(School), school.Id,
            AuditAction.Changed, changes));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CardSaveResult.Saved(school.Id);
    }

    public async Task<IReadOnlyList<AuditRecord>> HistoryAsync(int schoolId, CancellationToken ct = default)
    {
        ManagementAccess.Ensure(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        if (!await db.Schools.AnyAsync(s => s.Id == schoolId, ct))
            return [];
        return await CardHistory.ReadAsync(db, nameof(School), schoolId, F.AuditLabel, (_, v) => v, ct);
    }

    private static Dictionary<string, string?> Snapshot(School s) => new()
    {
        [nameof(School.FullName)] = s.FullName,
        [nameof(School.ShortName)] = s.ShortName,
        [nameof(School.Inn)] = s.Inn.Value,
        [nameof(School.Ogrn)] = s.Ogrn.Value,
        [nameof(School.Address)] = s.Address.Text,
        [nameof(School.HeadName)] = s.HeadName,
        [nameof(School.Phone)] = s.Phone?.Formatted,
        [nameof(School.Email)] = s.Email?.Value,
    };
}
