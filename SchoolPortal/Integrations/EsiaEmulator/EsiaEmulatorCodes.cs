using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace SchoolPortal.Integrations.EsiaEmulator;

/// <summary>
/// The authorization codes the emulator has handed out, in memory (the emulator serves one process: development, the demo,
/// tests). A code is single use: the first token request that presents it takes it away, whatever happens next, so a
/// replayed code is refused even when its first use failed on a later check.
/// </summary>
public sealed class EsiaEmulatorCodes(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, EsiaAuthorizationGrant> _codes = new(StringComparer.Ordinal);

    public string Issue(EsiaAuthorizationGrant grant)
    {
        var now = clock.GetUtcNow();
        foreach (var (old, expired) in _codes)
        {
            if (expired.ExpiresAt < now)
                _codes.TryRemove(old, out _);
        }
        var code = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _codes[code] = grant;
        return code;
    }

    /// <summary>Takes the code away; null when it was never issued or is already taken (expiry is the caller's check).</summary>
    public EsiaAuthorizationGrant? Take(string code) => _codes.TryRemove(code, out var grant) ? grant : null;
}
