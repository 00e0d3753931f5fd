using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Pupils;

namespace SchoolPortal.Tests.NewYear;

public sealed class MovementPlanTests
{
    private static readonly DateOnly YearStarts = new(2026, 9, 1);
    private static readonly DateOnly YearEnds = new(2027, 8, 31);
    private static readonly DateOnly Graduation = new(2027, 6, 30);

    // This year: 5А (id 1) → 6А (id 10); 11А (id 2) closes. Next year also has 5Б (id 11) for repeaters and 1А (id 12).
    private static readonly Dictionary<int, int?> Transitions = new() { [1] = 10, [2] = null };
    private static readonly Dictionary<int, int> NewGrades = new() { [10] = 6, [11] = 5, [12] = 1 };

    private static MovePupil Fifth(int id) => new(id, PupilStatus.Enrolled, 1, 5, YearStarts);
    private static MovePupil Eleventh(int id) => new(id, PupilStatus.Enrolled, 2, 11, YearStarts);
    private static MovePupil Admitted(int id) => new(id, PupilStatus.Admitted, null, null, null);

    [Fact]
    public void Default_is_promotion_to_the_mapped_class_and_graduation_of_the_last_grade()
    {
        var moves = MovementPlan.Propose([Fifth(1), Eleventh(2), Admitted(3)], Transitions, Graduation);

        Assert.Equal(new MoveDecision(1, PupilMoveKind.Promote, 10), moves[0]);
        Assert.Equal(new MoveDecision(2, PupilMoveKind.Graduate, null, Graduation), moves[1]);
        Assert.Equal(new MoveDecision(3, PupilMoveKind.Enroll, null), moves[2]);
    }

    [Fact]
    public void A_complete_plan_has_no_problems()
    {
        MovePupil[] pupils = [Fifth(1), Fifth(2), Eleventh(3), Fifth(4), Admitted(5)];
        MoveDecision[] moves =
        [
            new(1, PupilMoveKind.Promote, 10), new(2, PupilMoveKind.Repeat, 11), new(3, PupilMoveKind.Graduate, null, Graduation, "12-у"),
            new(4, PupilMoveKind.Leave, null, new DateOnly(2027, 3, 1)), new(5, PupilMoveKind.Enroll, 12),
        ];

        Assert.Empty(MovementPlan.Check(pupils, moves, NewGrades, YearStarts, YearEnds));
    }

    [Fact]
    public void Graduate_without_order_number_is_listed()
    {
        var problems = MovementPlan.Check([Eleventh(3)], [new(3, PupilMoveKind.Graduate, null, Graduation)], NewGrades, YearStarts, YearEnds);

        Assert.Contains("номер приказа", Assert.Single(problems).Reason);
    }

    [Fact]
    public void Pupil_without_a_move_is_listed()
    {
        var problems = MovementPlan.Check([Fifth(1), Admitted(5)], [], NewGrades, YearStarts, YearEnds);

        Assert.Equal([1, 5], problems.Select(p => p.PupilId));
        Assert.Contains("не указан класс", problems[1].Reason);
    }

    [Fact]
    public void Repeater_must_stay_in_the_same_grade_and_promotion_goes_one_grade_up()
    {
        var problems = MovementPlan.Check([Fifth(1), Fifth(2)], [new(1, PupilMoveKind.Repeat, 10), new(2, PupilMoveKind.Promote, 11)],
            NewGrades, YearStarts, YearEnds);

        Assert.Contains("той же параллели", problems[0].Reason);
        Assert.Contains("только в 6-й", problems[1].Reason);
    }

    [Fact]
    public void Target_class_of_another_year_and_leaving_date_outside_the_year_are_listed()
    {
        var problems = MovementPlan.Check([Fifth(1), Fifth(2)],
            [new(1, PupilMoveKind.Promote, 1), new(2, PupilMoveKind.Leave, null, new DateOnly(2027, 9, 2))], NewGrades, YearStarts, YearEnds);

        Assert.Contains("не относится к новому", problems[0].Reason);
        Assert.Contains("вне текущего учебного года", problems[1].Reason);
    }

    [Fact]
    public void Enrolment_is_only_for_admitted_pupils_and_a_pupil_who_left_is_listed()
    {
        var problems = MovementPlan.Check([Fifth(1)], [new(1, PupilMoveKind.Enroll, 10), new(9, PupilMoveKind.Promote, 10)],
            NewGrades, YearStarts, YearEnds);

        Assert.Equal([1, 9], problems.Select(p => p.PupilId));
        Assert.Contains("уже не числится", problems[1].Reason);
    }
}
