using StackExchange.Redis;

namespace SchoolPortal.Infrastructure.Caching;

/// <summary>
/// The Redis channel <see cref="Name"/> that carries every tag removal to every node: HybridCache keeps a copy of each value
/// in each node's memory and only learns of a removal made elsewhere when it next reads the tag from Redis, which for a
/// value already in memory is never. A message is the sending node's id and its tags, one a line; a node ignores its own.
/// </summary>
/// <param name="nodeId">The sending cache's <see cref="PortalCache.NodeId"/>: a message it sent comes back to it and is skipped.</param>
public sealed class CacheTagChannel(string nodeId, IConnectionMultiplexer redis, ILogger log)
{
    public const string Name = "schoolportal:cache-tags";

    private static readonly RedisChannel Channel = RedisChannel.Literal(Name);

    public void Subscribe(Func<IReadOnlyList<string>, Task> removeLocally)
    {
        var queue = redis.GetSubscriber().Subscribe(Channel);
        // In order, one at a time: a removal is never applied after a later one.
        queue.OnMessage(async message =>
        {
            if (Parse(message.Message) is { } tags)
                await removeLocally(tags);
        });
    }

    public async Task PublishAsync(IReadOnlyCollection<string> tags)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, nodeId + "\n" + string.Join('\n', tags));
        }
        catch (RedisException e)
        {
            // The save is done and this node dropped the tags; the others see the change when their entries expire.
            log.LogWarning(e, "Cache tag removal not sent to the other nodes: Redis is unavailable");
        }
    }

    private IReadOnlyList<string>? Parse(RedisValue message)
    {
        var lines = ((string?)message ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length < 2 || lines[0] == nodeId ? null : lines[1..];
    }
}
