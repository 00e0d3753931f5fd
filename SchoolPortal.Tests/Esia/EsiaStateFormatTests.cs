using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using SchoolPortal.Integrations.Esia;
using SchoolPortal.Tests.TestKit;
using SchoolPortal.Domain.Esia;

namespace SchoolPortal.Tests.Esia;

public sealed class EsiaStateFormatTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ManualClock _clock = ManualClock.On(new DateOnly(2026, 11, 28));

    [Fact]
    public async Task State_is_a_guid_and_the_properties_stay_in_the_database()
    {
        var format = new EsiaStateFormat(_database.Factory, _clock);
        var properties = new AuthenticationProperties { RedirectUri = "/journal" };
        properties.Items["esia.correlation"] = "abc";

        var state = format.Protect(properties);

        Assert.True(Guid.TryParseExact(state, "D", out _));
        await using var db = _database.System();
        var stored = await db.EsiaLoginStates.SingleAsync();
        Assert.Equal(state, stored.State);
        Assert.DoesNotContain("/journal", state);
    }

    [Fact]
    public void Another_node_reads_the_state_once_and_a_replay_finds_nothing()
    {
        var state = new EsiaStateFormat(_database.Factory, _clock).Protect(new AuthenticationProperties { RedirectUri = "/" });
        var otherNode = new EsiaStateFormat(_database.Factory, _clock);

        var first = otherNode.Unprotect(state);
        var replay = otherNode.Unprotect(state);

        Assert.Equal("/", first?.RedirectUri);
        Assert.Null(replay);
    }

    [Fact]
    public void An_expired_unknown_or_malformed_state_is_refused()
    {
        var format = new EsiaStateFormat(_database.Factory, _clock);
        var state = format.Protect(new AuthenticationProperties());
        _clock.Advance(EsiaStateFormat.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Null(format.Unprotect(state));
        Assert.Null(format.Unprotect(Guid.NewGuid().ToString("D")));
        Assert.Null(format.Unprotect("not-a-guid"));
        Assert.Null(format.Unprotect(null));
    }

    public void Dispose() => _database.Dispose();
}
