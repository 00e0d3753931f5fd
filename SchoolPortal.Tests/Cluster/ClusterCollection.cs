using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Cluster;

/// <summary>The cluster tests share one cluster (Redis, two nodes, nginx) and run one after another.</summary>
[StartsEarly(0)]
[ClosesBrowserPages]
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
