namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// Marks a collection definition or a test class whose tests run long one after another (a portal with Chromium, a demo
/// region generated on another day): <see cref="LongestFirstOrderer"/> starts them first, so the short classes fill the
/// other thread around them instead of one long collection running alone at the end of the run.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StartsEarlyAttribute(int rank) : Attribute
{
    /// <summary>Lower starts earlier; give the longest collection 1.</summary>
    public int Rank { get; } = rank;
}
