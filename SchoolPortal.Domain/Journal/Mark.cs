using System.Globalization;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Journal;

/// <summary>One mark in a journal cell: its value, what it was given for, and its weight in the average.</summary>
public sealed record Mark
{
    public MarkValue Value { get; }
    public WorkType WorkType { get; }
    public decimal Weight { get; }

    public Mark(MarkValue value, WorkType workType, decimal? weight = null)
    {
        var w = weight ?? WorkTypes.DefaultWeight(workType);
        if (w is <= 0 or > 10)
            throw new DomainException("Вес отметки: больше 0 и не больше 10.", "weight");
        Value = value;
        WorkType = workType;
        Weight = decimal.Round(w, 2);
    }

    public override string ToString() =>
        $"{Value} ({WorkTypes.Name(WorkType).ToLowerInvariant()}, вес {Weight.ToString("0.##", CultureInfo.InvariantCulture)})";
}
