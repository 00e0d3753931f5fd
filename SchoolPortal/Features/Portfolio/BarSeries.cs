using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure;

namespace SchoolPortal.Features.Portfolio;

/// <summary>
/// One series of a <see cref="BarChart"/>: its name, colour, values and how a value is written above its bar. A null value
/// is "no value" (a period without marks): the chart draws no bar there, never a bar of 0.
/// </summary>
public sealed record BarSeries(string Name, string Color, IReadOnlyList<double?> Values, string ValueFormat = "0.##")
{
    public string Format(double value) => value.ToString(ValueFormat, CardCalendar.Russian);
}
