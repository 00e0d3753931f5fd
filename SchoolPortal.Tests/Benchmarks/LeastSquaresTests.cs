using SchoolPortal.Benchmarks;

namespace SchoolPortal.Tests.Benchmarks;

public class LeastSquaresTests
{
    [Fact]
    public void Slope_of_points_on_a_line_is_the_memory_each_circuit_adds()
    {
        // 200 MB fixed, 2.5 MB per open journal.
        var slope = LeastSquares.Slope([(10, 225), (25, 262.5), (50, 325)]);

        Assert.Equal(2.5, slope, precision: 9);
    }

    [Fact]
    public void Slope_of_scattered_points_is_the_least_squares_fit_not_the_end_points()
    {
        // x̄ = 85/3, ȳ = 270: Σ(dx·dy) = 2100, Σdx² = 2450/3, slope 18/7; the end points alone would say 2.5.
        var slope = LeastSquares.Slope([(10, 230), (25, 250), (50, 330)]);

        Assert.Equal(18.0 / 7.0, slope, precision: 9);
    }

    [Fact]
    public void Slope_refuses_a_single_point_or_a_single_x()
    {
        Assert.Throws<ArgumentException>(() => LeastSquares.Slope([(10, 200)]));
        Assert.Throws<ArgumentException>(() => LeastSquares.Slope([(10, 200), (10, 230)]));
    }
}
