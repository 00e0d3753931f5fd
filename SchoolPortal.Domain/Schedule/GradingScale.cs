namespace SchoolPortal.Domain.Schedule;

/// <summary>How a subject is marked: marks 1–5, or «зачёт/незачёт».</summary>
public enum GradingScale
{
    Marks = 0,
    PassFail = 1,
}
