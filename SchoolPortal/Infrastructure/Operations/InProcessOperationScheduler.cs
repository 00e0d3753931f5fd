using System.Threading.Channels;

namespace SchoolPortal.Infrastructure.Operations;

/// <summary>
/// Long operations when Hangfire is off (<c>Jobs:Enabled=false</c>: tests, tools): a queue worked by this process, one
/// operation at a time. They outlive the page and the circuit, not a restart of the process.
/// </summary>
internal sealed class InProcessOperationScheduler(IServiceScopeFactory scopes, ILogger<InProcessOperationScheduler> log)
    : BackgroundService, IOperationScheduler
{
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();

    public void Schedule(Guid operationId) => _queue.Writer.TryWrite(operationId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<LongOperationRunner>().RunAsync(id, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Long operation {Id} could not be run", id);
            }
        }
    }
}
