using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace SchoolPortal.Infrastructure.Security;

/// <summary>
/// Makes the key ring's first key on one node only. Nodes started together on an empty key table would each make a key and
/// each keep, until its key ring is next read (up to a day), only the keys it saw: a cookie of one node would then be
/// refused by another. So before the key ring is first read, the node that wins a claim row in the database makes the key
/// and the others wait for it. Runs first among the hosted services (<see cref="PortalKeyRing"/>).
/// </summary>
public sealed class FirstKeyCreation(IKeyManager keys, IOptions<KeyManagementOptions> options, PortalSecretStore secrets,
    ILogger<FirstKeyCreation> log) : IHostedService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    // The machine's clock, as Data Protection's own: the portal's clock may be pinned to another day for the demo.
    private readonly TimeProvider _clock = TimeProvider.System;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (HasUsableKey())
            return;
        if (Claim())
        {
            var now = _clock.GetUtcNow();
            keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
            return;
        }
        var until = _clock.GetUtcNow() + Patience;
        while (!HasUsableKey() && _clock.GetUtcNow() < until)
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        if (!HasUsableKey())
            log.LogWarning("Ключ защиты данных не появился за {Seconds} с: узел создаст свой.", Patience.TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool HasUsableKey()
    {
        var now = _clock.GetUtcNow();
        return keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now);
    }

    /// <summary>The claim is a row named by the day: one node a day may make a first key, the one whose insert went in.</summary>
    private bool Claim() => secrets.TryAdd($"DataProtection:FirstKey:{_clock.GetUtcNow():yyyy-MM-dd}", [1]);
}
