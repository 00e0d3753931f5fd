using SchoolPortal.Benchmarks.PortfolioLoad;

namespace SchoolPortal.Tests.Benchmarks;

public class PortfolioLoadOptionsTests
{
    [Fact]
    public void Without_node_cores_the_nodes_run_without_a_limit()
    {
        var options = PortfolioLoadOptions.Parse(["portfolio-load", "--size", "demo"]);

        Assert.Null(options.NodeCores);
        Assert.Equal(50, options.Connections);
    }

    [Fact]
    public void Node_cores_give_each_node_that_share_of_the_cores()
    {
        var options = PortfolioLoadOptions.Parse(["portfolio-load", "--node-cores", "0.5"]);

        Assert.Equal(0.5, options.NodeCores);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("полядра")]
    [InlineData("1000")]
    public void Node_cores_that_are_no_share_of_this_machine_are_refused(string value) =>
        Assert.Throws<ArgumentException>(() => PortfolioLoadOptions.Parse(["portfolio-load", "--node-cores", value]));
}
