using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;

namespace SchoolPortal.Features.Schools;

/// <summary>The schools a user may choose from: exactly those the context's scope shows.</summary>
internal static class SchoolPicker
{
    public static async Task<IReadOnlyList<SchoolOption>> ListAsync(PortalDbContext db, CancellationToken ct) =>
        await db.Schools.AsNoTracking()
            .OrderBy(s => s.ShortName)
            .Select(s => new SchoolOption(s.Id, s.ShortName, s.Municipality!.Name))
            .ToListAsync(ct);
}
