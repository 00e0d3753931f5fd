using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Data;
using SchoolPortal.Data.Auditing;
using SchoolPortal.Domain.Esia;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The authorization codes the emulator has handed out, in the database (table EsiaEmulatorCodes): the browser may be sent
/// back through one node while the portal's token request reaches another. A code is single use: the first token request
/// that presents it deletes it, whatever happens next, so a replayed code is refused even when its first use failed on a
/// later check; of two requests at the same moment on two nodes, only the one whose delete removed the row gets the grant.
/// Only the code's SHA-256 is stored.
/// </summary>
public sealed class EsiaEmulatorCodes(IDbContextFactory<PortalDbContext> factory, TimeProvider clock)
{
    public string Issue(EsiaAuthorizationGrant grant)
    {
        var code = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        using var db = Open();
        var now = clock.GetUtcNow();
        db.EsiaEmulatorCodes.Where(c => c.ExpiresAt < now).ExecuteDelete();
        db.EsiaEmulatorCodes.Add(new EsiaEmulatorCode(Hash(code), grant.Oid, grant.ClientId, grant.RedirectUri, grant.Scope, grant.Nonce,
            grant.SessionId, grant.AuthenticatedAt, grant.ExpiresAt));
        db.SaveChanges();
        return code;
    }

    /// <summary>Takes the code away; null when it was never issued or is already taken (expiry is the caller's check).</summary>
    public EsiaAuthorizationGrant? Take(string code)
    {
        var hash = Hash(code);
        using var db = Open();
        var row = db.EsiaEmulatorCodes.AsNoTracking().FirstOrDefault(c => c.CodeHash == hash);
        // The delete's count decides: a second redeemer, here or on another node, deletes nothing and gets nothing.
        if (row is null || db.EsiaEmulatorCodes.Where(c => c.CodeHash == hash).ExecuteDelete() == 0)
            return null;
        return new EsiaAuthorizationGrant(row.Oid, row.ClientId, row.RedirectUri, row.Scope, row.Nonce, row.SessionId, row.AuthenticatedAt, row.ExpiresAt);
    }

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    // System scope: a code belongs to no portal user yet; it is found only by the hash of its own random value.
    private PortalDbContext Open() => factory.CreateDbContext().UseScope(AccessScope.System, AuditActor.System);
}
