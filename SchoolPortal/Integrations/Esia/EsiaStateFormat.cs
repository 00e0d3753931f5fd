using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Integrations.Esia;

/// <summary>
/// The OpenID Connect handler's state format for ESIA. ESIA wants <c>state</c> to be a GUID, while the handler would send
/// its whole encrypted properties; so the properties stay in the database (<see cref="EsiaLoginState"/>) and only the GUID
/// travels. The database is shared by every app node, so the callback may land on any of them. A state is used once and
/// lives <see cref="Lifetime"/>.
/// </summary>
public sealed class EsiaStateFormat(IDbContextFactory<PortalDbContext> factory, TimeProvider clock) : ISecureDataFormat<AuthenticationProperties>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public string Protect(AuthenticationProperties data) => Protect(data, null);

    public string Protect(AuthenticationProperties data, string? purpose)
    {
        var now = clock.GetUtcNow();
        // The authorization request was signed over a GUID chosen before the handler protects its properties: keep that one.
        var state = data.Items.TryGetValue(EsiaDefaults.StateItem, out var chosen) && Guid.TryParseExact(chosen, "D", out var guid) ? guid : Guid.NewGuid();
        using var db = Open();
        db.EsiaLoginStates.Where(s => s.ExpiresAt < now).ExecuteDelete();
        db.EsiaLoginStates.Add(new EsiaLoginState(state, Convert.ToBase64String(PropertiesSerializer.Default.Serialize(data)), now + Lifetime));
        db.SaveChanges();
        return state.ToString("D");
    }

    public AuthenticationProperties? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationProperties? Unprotect(string? protectedText, string? purpose)
    {
        if (!Guid.TryParseExact(protectedText, "D", out var guid))
            return null;
        var key = guid.ToString("D");
        using var db = Open();
        var row = db.EsiaLoginStates.AsNoTracking().FirstOrDefault(s => s.State == key);
        // Single use: of two callbacks with the same state, only the one whose delete removed the row goes on.
        if (row is null || db.EsiaLoginStates.Where(s => s.State == key).ExecuteDelete() == 0 || row.ExpiresAt < clock.GetUtcNow())
            return null;
        return PropertiesSerializer.Default.Deserialize(Convert.FromBase64String(row.Payload));
    }

    // System scope: login states belong to no user yet; they are read back by their own random key.
    private PortalDbContext Open() => factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
}
