using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Tests.Operations;

/// <summary>With Hangfire off, the portal's own registrations run long operations on a queue in the process.</summary>
public sealed class InProcessSchedulerTests : IDisposable
{
    private readonly OperationsWorld _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public async Task With_jobs_off_a_started_operation_runs_in_the_process_and_finishes()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new JobsOptions { Enabled = false });
        services.AddSingleton(_w.Database.Factory);
        services.AddSingleton<TimeProvider>(_w.Clock);
        services.AddLongOperations();
        services.AddLongOperationHandler<DoneHandler>();
        await using var provider = services.BuildServiceProvider();
        var worker = provider.GetServices<IHostedService>().OfType<InProcessOperationScheduler>().Single();
        await worker.StartAsync(CancellationToken.None);
        var operations = new LongOperations(_w.Database.For(_w.Region.Admin1), _w.Database.Factory,
            provider.GetRequiredService<IOperationScheduler>(), _w.Clock);

        var id = await operations.StartAsync(DoneHandler.Name);

        OperationView? view = null;
        for (var i = 0; i < 100 && view is not { IsFinished: true }; i++)
        {
            await Task.Delay(50);
            view = await operations.FindAsync(id);
        }
        await worker.StopAsync(CancellationToken.None);
        Assert.Equal((OperationState.Succeeded, "готово"), (view!.State, view.Summary));
    }

    private sealed class DoneHandler : ILongOperationHandler
    {
        public const string Name = "in-process-test";

        public string Kind => Name;

        public Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct) => Task.FromResult(new OperationOutcome("готово"));
    }
}
