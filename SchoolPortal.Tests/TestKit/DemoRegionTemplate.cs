using SchoolPortal.Data.DemoRegion;

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// The demo region of <see cref="DemoRegionGenerator.FixedDay"/>, generated once per test run into a database that the
/// fixtures and the browser tests' portal start as copies of: generating takes seconds, a copy milliseconds. The copies
/// are the tests' own; the template is never written after it is made.
/// </summary>
public static class DemoRegionTemplate
{
    private static readonly Lazy<(TestDatabase Database, DemoRegionResult Result)> Template = new(Generate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What the generation reported (rows per table, planted problems).</summary>
    public static DemoRegionResult Result => Template.Value.Result;

    /// <summary>A database of the test's own holding the generated region.</summary>
    public static TestDatabase NewCopy() => TestDatabase.CopyOf(Template.Value.Database);

    /// <summary>Copies the generated region to <paramref name="path"/> (a portal's database file).</summary>
    public static void CopyTo(string path)
    {
        using var copy = NewCopy();
        File.Copy(copy.FilePath, path);
    }

    private static (TestDatabase, DemoRegionResult) Generate()
    {
        var database = new TestDatabase();
        DemoRegionResult result;
        using (var db = database.System())
            result = new DemoRegionGenerator(DemoSize.Demo, DemoRegionGenerator.FixedDay).Generate(db);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        return (database, result);
    }
}
