namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// One kind of planted problem: the table it is in, the stated rate, the population the rate applies to and the ids
/// of the records that carry it (for duplicates: the ids of the second rows).
/// </summary>
public sealed record PlantedProblem(PlantedProblemKind Kind, string Table, double Rate, string RateOf, int Population, IReadOnlyList<int> Ids)
{
    public int Count => Ids.Count;

    /// <summary>The rate actually reached: <see cref="Count"/> / <see cref="Population"/>.</summary>
    public double ActualRate => Population == 0 ? 0 : (double)Count / Population;
}
