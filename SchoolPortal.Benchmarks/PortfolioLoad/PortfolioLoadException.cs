namespace SchoolPortal.Benchmarks.PortfolioLoad;

/// <summary>
/// The load run cannot give a valid figure (the portal did not start, a parent could not sign in, a request failed or
/// answered another page): the scenario stops the portal and exits non-zero with this Russian message.
/// </summary>
public sealed class PortfolioLoadException(string message) : Exception(message);
