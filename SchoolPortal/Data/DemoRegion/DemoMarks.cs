using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Data.DemoRegion;

/// <summary>
/// How the demo generator fills a journal cell of a past lesson: absences at the rates of a real school, a mark for about
/// one pupil in five at an ordinary lesson and for nearly everyone at a control or check work. Public so the journal
/// benchmark fills its term the same way.
/// </summary>
public static class DemoMarks
{
    /// <returns>The cell's content, or null when the pupil was present and got no mark (no cell is written).</returns>
    public static CellContent? Cell(Random rng, int pupilId, GradingScale grading, WorkType workType)
    {
        // Each pupil has a steady level (from the id), so averages differ between pupils the way they do in a real class.
        var level = 3.0 + (pupilId * 37 % 100) / 55.0;
        AttendanceCode? attendance = rng.Next(1000) switch
        {
            < 40 => AttendanceCode.Absent,
            < 70 => AttendanceCode.Ill,
            < 75 => AttendanceCode.Excused,
            < 85 => AttendanceCode.Late,
            _ => null,
        };
        var list = new List<Mark>();
        if (attendance is null or AttendanceCode.Late)
        {
            var chance = workType == WorkType.Answer ? 20 : 88;
            if (rng.Next(100) < chance)
                list.Add(new Mark(Value(rng, level, grading), workType));
            if (workType == WorkType.Answer && rng.Next(100) < 8)
                list.Add(new Mark(Value(rng, level, grading), WorkType.Homework));
        }
        return list.Count == 0 && attendance is null ? null : new CellContent(new MarkList(list), attendance);
    }

    private static MarkValue Value(Random rng, double level, GradingScale grading)
    {
        if (grading == GradingScale.PassFail)
            return rng.Next(100) < 95 ? MarkValue.Pass : MarkValue.Fail;
        var noise = (rng.NextDouble() + rng.NextDouble() + rng.NextDouble() - 1.5) * 1.6;
        return MarkValue.Score(Math.Clamp((int)Math.Round(level + noise), 2, 5));
    }
}
