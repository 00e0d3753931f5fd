using System.Reflection;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("SchoolPortal.Tests.TestKit.LongestFirstOrderer", "SchoolPortal.Tests")]

namespace SchoolPortal.Tests.TestKit;

/// <summary>
/// Starts the collections marked <see cref="StartsEarlyAttribute"/> first, by rank, and then the rest in xunit's order.
/// The run is as long as its longest chain of tests that cannot overlap; starting that chain last made it the tail.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    private const string ClassCollectionPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.Select((collection, index) => (collection, index, rank: RankOf(collection)))
            .OrderBy(c => c.rank).ThenBy(c => c.index).Select(c => c.collection);

    private static int RankOf(ITestCollection collection)
    {
        var type = (collection.CollectionDefinition as IReflectionTypeInfo)?.Type
            ?? (collection.DisplayName.StartsWith(ClassCollectionPrefix, StringComparison.Ordinal)
                ? typeof(LongestFirstOrderer).Assembly.GetType(collection.DisplayName[ClassCollectionPrefix.Length..])
                : null);
        return type?.GetCustomAttribute<StartsEarlyAttribute>()?.Rank ?? int.MaxValue;
    }
}
