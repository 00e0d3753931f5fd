using SchoolPortal.Infrastructure.Operations;

namespace SchoolPortal.Tests.Operations;

/// <summary>A handler whose work the test writes: it counts its runs and reports the progress the test asks for.</summary>
internal sealed class TestHandler(string kind, Func<OperationRun, Task<OperationOutcome>> work) : ILongOperationHandler
{
    public string Kind => kind;

    public int Runs { get; private set; }

    public Task<OperationOutcome> RunAsync(OperationRun run, CancellationToken ct)
    {
        Runs++;
        return work(run);
    }
}
