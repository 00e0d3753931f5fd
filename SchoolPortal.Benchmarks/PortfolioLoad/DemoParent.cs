namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>A demo parent account (password <c>demo</c>) and the child whose portfolio it opens.</summary>
public sealed record DemoParent(int AccountId, string Login, int PupilId);
