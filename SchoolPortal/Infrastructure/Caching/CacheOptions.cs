using StackExchange.Redis;

namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// The "Cache" section of appsettings.json. <c>Cache:Redis</c>: a StackExchange.Redis connection string
/// (<c>redis1:6379,password=…</c>); empty keeps the cache inside this process (one node, the embedded default).
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    public string? Redis { get; set; }

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    public bool IsValid
    {
        get
        {
            if (!UsesRedis)
                return true;
            try
            {
                ConfigurationOptions.Parse(Redis!);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    public const string Invalid = "Cache:Redis: строка подключения StackExchange.Redis (например, redis1:6379) или пусто, чтобы кэш был внутри процесса.";
}
