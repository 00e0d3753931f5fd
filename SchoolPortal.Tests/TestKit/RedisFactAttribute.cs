namespace SchoolPortal.Tests.TestKit;

/// <summary>A test with a real <see cref="RedisServer"/>: skipped with a message where redis-server is missing, except under CI=true.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.SkipReason is { } reason)
            Skip = reason;
    }
}
