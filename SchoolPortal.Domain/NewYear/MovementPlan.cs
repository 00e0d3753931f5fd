using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Domain.NewYear;

/// <summary>
/// Step 3 of the wizard: what happens to every pupil. <see cref="Propose"/> gives the default (promotion to the class
/// this year's class maps to; the last grade graduates); <see cref="Check"/> lists every pupil who does not end in
/// exactly one valid state, so nobody is silently left behind or enrolled twice.
/// </summary>
public static class MovementPlan
{
    /// <param name="transitions">This year's class → next year's class (null: the class closes).</param>
    /// <param name="graduationDay">The default date of leaving for graduates (the end of the school year).</param>
    public static IReadOnlyList<MoveDecision> Propose(IEnumerable<MovePupil> pupils, IReadOnlyDictionary<int, int?> transitions, DateOnly graduationDay)
    {
        var moves = new List<MoveDecision>();
        foreach (var pupil in pupils.OrderBy(p => p.PupilId))
        {
            if (pupil.Status == PupilStatus.Admitted)
                moves.Add(new MoveDecision(pupil.PupilId, PupilMoveKind.Enroll, null));
            else if (pupil.Status == PupilStatus.Enrolled && pupil.ClassId is { } classId && transitions.TryGetValue(classId, out var to))
                moves.Add(to is null
                    ? new MoveDecision(pupil.PupilId, PupilMoveKind.Graduate, null, graduationDay)
                    : new MoveDecision(pupil.PupilId, PupilMoveKind.Promote, to));
        }
        return moves;
    }

    /// <param name="pupils">Everyone the plan must place: this year's enrolled pupils and those admitted from the new year.</param>
    /// <param name="newClassGrades">The classes of the new year and their grades.</param>
    /// <param name="year">The current year's first and last day: leaving dates lie inside it.</param>
    public static IReadOnlyList<MoveProblem> Check(IReadOnlyList<MovePupil> pupils, IReadOnlyList<MoveDecision> moves,
        IReadOnlyDictionary<int, int> newClassGrades, DateOnly yearStarts, DateOnly yearEnds)
    {
        var problems = new List<MoveProblem>();
        var byPupil = moves.GroupBy(m => m.PupilId).ToDictionary(g => g.Key, g => g.ToList());
        var known = new HashSet<int>();
        foreach (var pupil in pupils)
        {
            known.Add(pupil.PupilId);
            if (!byPupil.TryGetValue(pupil.PupilId, out var own))
            {
                problems.Add(new MoveProblem(pupil.PupilId, pupil.Status == PupilStatus.Admitted
                    ? "Зачислен с нового года, но не указан класс зачисления."
                    : pupil.ClassId is null ? "Числится в школе без класса: переведите его в класс или оформите выбытие." : "Не определено движение ученика."));
                continue;
            }
            if (own.Count > 1)
            {
                problems.Add(new MoveProblem(pupil.PupilId, "Для ученика указано несколько состояний: оставьте одно."));
                continue;
            }
            if (Problem(pupil, own[0], newClassGrades, yearStarts, yearEnds) is { } reason)
                problems.Add(new MoveProblem(pupil.PupilId, reason));
        }
        foreach (var move in moves.Where(m => !known.Contains(m.PupilId)).DistinctBy(m => m.PupilId))
            problems.Add(new MoveProblem(move.PupilId, "Ученик уже не числится в школе (выбыл после составления плана): уберите его из плана."));
        return problems;
    }

    private static string? Problem(MovePupil pupil, MoveDecision move, IReadOnlyDictionary<int, int> newClassGrades, DateOnly yearStarts, DateOnly yearEnds)
    {
        var admitted = pupil.Status == PupilStatus.Admitted;
        if (admitted != (move.Kind == PupilMoveKind.Enroll))
            return admitted ? "Зачислен с нового года: допустимо только зачисление в класс нового года." : "Зачисление допустимо только для зачисленных с нового года.";
        if (move.Studies)
        {
            if (move.TargetClassId is not { } target)
                return "Не выбран класс нового года.";
            if (!newClassGrades.TryGetValue(target, out var grade))
                return "Выбранный класс не относится к новому учебному году.";
            if (move.Kind == PupilMoveKind.Promote && pupil.Grade is { } from && grade != from + 1)
                return $"Перевод из {from}-го класса возможен только в {from + 1}-й, выбран {grade}-й.";
            if (move.Kind == PupilMoveKind.Repeat && pupil.Grade is { } same && grade != same)
                return $"Повторное обучение: класс той же параллели ({same}-й), выбран {grade}-й.";
            return null;
        }
        if (move.LeavesOn is not { } leaves)
            return "Не указана дата выбытия.";
        if (leaves < yearStarts || leaves > yearEnds)
            return $"Дата выбытия {leaves:dd.MM.yyyy} вне текущего учебного года ({yearStarts:dd.MM.yyyy}–{yearEnds:dd.MM.yyyy}).";
        if (pupil.ClassSince is { } since && leaves < since)
            return $"Дата выбытия {leaves:dd.MM.yyyy} раньше зачисления в класс ({since:dd.MM.yyyy}).";
        if (move.Kind == PupilMoveKind.Graduate && string.IsNullOrWhiteSpace(move.OrderNumber))
            return "Выпускник: не указан номер приказа о выпуске.";
        return null;
    }
}
