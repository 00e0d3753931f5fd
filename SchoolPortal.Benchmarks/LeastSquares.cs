namespace SchoolPortal.Benchmarks;

/// <summary>
/// The slope of the straight line fitted by least squares through (x, y) points: with memory measured at several numbers
/// of open circuits it is the memory one more circuit costs, the process's fixed part falling into the intercept.
/// </summary>
public static class LeastSquares
{
    public static double Slope(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 2)
            throw new ArgumentException("Для наклона нужны хотя бы две точки.", nameof(points));
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var spread = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (spread == 0)
            throw new ArgumentException("Для наклона нужны хотя бы два разных x.", nameof(points));
        return points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / spread;
    }
}
