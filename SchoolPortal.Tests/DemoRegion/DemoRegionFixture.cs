using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DemoRegion;

/// <summary>One demo-size region in a test database of the class's own: a copy of the region generated once per run.</summary>
public sealed class DemoRegionFixture : IDisposable
{
    public TestDatabase Database { get; } = DemoRegionTemplate.NewCopy();

    public DemoRegionResult Result => DemoRegionTemplate.Result;

    public void Dispose() => Database.Dispose();
}
