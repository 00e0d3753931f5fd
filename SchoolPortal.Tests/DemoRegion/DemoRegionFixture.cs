using SchoolPortal.Data.DemoRegion;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.DemoRegion;

/// <summary>One demo-size region generated into a test database, shared by the tests of a class (it takes about a second).</summary>
public sealed class DemoRegionFixture : IDisposable
{
    public TestDatabase Database { get; } = new();

    public DemoRegionResult Result { get; }

    public DemoRegionFixture()
    {
        using var db = Database.System();
        Result = new DemoRegionGenerator(DemoSize.Demo, DemoRegionGenerator.FixedDay).Generate(db);
    }

    public void Dispose() => Database.Dispose();
}
