using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Infrastructure.Uploads;

/// <summary>
/// At most <see cref="UploadOptions.MaxConcurrentParsing"/> uploads parsed at once on this node; the others wait their
/// turn (the caller is told, to show <see cref="QueuedMessage"/>) and are refused after <see cref="UploadOptions.QueueTimeout"/>.
/// </summary>
public sealed class UploadParsingLimiter(UploadOptions options) : IDisposable
{
    public const string QueuedMessage = "Файл в очереди на проверку…";

    public const string BusyMessage = "Сейчас сервер проверяет слишком много файлов: файл не принят. Загрузите его ещё раз через несколько минут.";

    private readonly int _capacity = Math.Max(1, options.MaxConcurrentParsing);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.MaxConcurrentParsing));

    /// <summary>Uploads being parsed now.</summary>
    public int Busy => _capacity - _slots.CurrentCount;

    /// <summary>Parses now, or after <paramref name="queued"/> was called and a turn came.</summary>
    /// <exception cref="OperationFailedException"><see cref="BusyMessage"/>, when no turn came in time.</exception>
    public Task<T> RunAsync<T>(Func<T> parse, Func<Task>? queued = null, CancellationToken ct = default) =>
        RunAsync(() => Task.FromResult(parse()), queued, ct);

    /// <inheritdoc cref="RunAsync{T}(Func{T}, Func{Task}?, CancellationToken)"/>
    public async Task<T> RunAsync<T>(Func<Task<T>> parse, Func<Task>? queued = null, CancellationToken ct = default)
    {
        if (!await _slots.WaitAsync(TimeSpan.Zero, ct))
        {
            if (queued is not null)
                await queued();
            if (!await _slots.WaitAsync(options.QueueTimeout, ct))
                throw new OperationFailedException(BusyMessage);
        }
        try
        {
            return await parse();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
