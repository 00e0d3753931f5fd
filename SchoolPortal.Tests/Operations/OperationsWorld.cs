using Microsoft.Extensions.Logging.Abstractions;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Operations;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Operations;

/// <summary>
/// Long operations on a real SQLite database, with a scheduler that only records what it was handed: the test then runs
/// the operation itself, at the moment it chooses.
/// </summary>
internal sealed class OperationsWorld : IDisposable
{
    public OperationsWorld() => Region = TestRegion.Create(Database);

    public TestDatabase Database { get; } = new();
    public TestRegion Region { get; }
    public RecordingScheduler Scheduler { get; } = new();
    public ManualClock Clock { get; } = ManualClock.On(TestRegion.Today);

    public LongOperations For(PortalUser user) => new(Database.For(user), Database.Factory, Scheduler, Clock);

    public LongOperationRunner Runner(params ILongOperationHandler[] handlers) =>
        new(Database.Factory, handlers, Clock, NullLogger<LongOperationRunner>.Instance);

    public void Dispose() => Database.Dispose();

    public sealed class RecordingScheduler : IOperationScheduler
    {
        public List<Guid> Scheduled { get; } = [];

        public void Schedule(Guid operationId) => Scheduled.Add(operationId);
    }
}
