using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolPortal.Data;
using SchoolPortal.Domain.Operations;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Operations;

/// <summary>
/// The portal's <see cref="OperationRecovery"/> over a real SQLite database with the handlers a test gives, and a way to
/// leave an operation as a killed process leaves it: running, held by another instance, its heartbeat minutes old.
/// </summary>
internal sealed class RecoveryWorld : IAsyncDisposable
{
    public const string DeadInstance = "killed-node/4242/0000";

    private readonly ServiceProvider _services;

    public RecoveryWorld(TestDatabase database, TimeProvider clock, IOperationScheduler scheduler, params Func<IServiceProvider, ILongOperationHandler>[] handlers)
    {
        Database = database;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(database.Factory);
        services.AddSingleton(clock);
        services.AddSingleton(scheduler);
        foreach (var handler in handlers)
            services.AddScoped(handler);
        services.AddSingleton<OperationRecovery>();
        _services = services.BuildServiceProvider();
    }

    public TestDatabase Database { get; }
    public TimeProvider Clock { get; }

    public OperationRecovery Recovery => _services.GetRequiredService<OperationRecovery>();

    public LongOperationRunner Runner()
    {
        var scope = _services.CreateScope();
        return new LongOperationRunner(Database.Factory, scope.ServiceProvider.GetServices<ILongOperationHandler>(), Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LongOperationRunner>.Instance);
    }

    /// <summary>The operation as a process killed <paramref name="ago"/> after its last heartbeat leaves it.</summary>
    public async Task LeaveRunningAsync(Guid id, TimeSpan ago, string instance = DeadInstance)
    {
        await using var db = Database.System();
        var stored = await db.LongOperations.SingleAsync(o => o.Id == id);
        stored.Start(Clock.GetUtcNow() - ago, 100, "Запись строк", instance);
        stored.Report(40, 100, "Запись строк");
        await db.SaveChangesAsync();
    }

    public async Task<LongOperation> StoredAsync(Guid id)
    {
        await using var db = Database.System();
        return await db.LongOperations.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
