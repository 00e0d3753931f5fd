namespace SchoolPortal.Data.DemoRegion;

/// <summary>What one run of the generator wrote: rows per table, the time it took and the planted problems.</summary>
public sealed record DemoRegionResult(DemoSize Size, IReadOnlyDictionary<string, int> RowsByTable, TimeSpan Elapsed, PlantedProblems Problems)
{
    public int TotalRows => RowsByTable.Values.Sum();
}
