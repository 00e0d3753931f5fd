using SchoolPortal.Domain.NewYear;
using SchoolPortal.Domain.Schools;

namespace SchoolPortal.Features.NewYear.Wizard;

/// <summary>
/// The input checks of one pupil's state, with the messages the movement step shows: promotion goes one grade up,
/// repetition stays in the grade, graduates are 9th or 11th graders with a date and an order, leavers leave before the new
/// year starts, withdrawals and enrolments concern the new year.
/// </summary>
public static class MoveRules
{
    public static string Describe(PupilMoveKind kind) => kind switch
    {
        PupilMoveKind.Promote => "Переводится",
        PupilMoveKind.Repeat => "Повторное обучение",
        PupilMoveKind.Graduate => "Выпускник",
        PupilMoveKind.Leave => "Выбывает в текущем году",
        PupilMoveKind.Enroll => "Зачисляется с нового года",
        _ => "Выбывает с нового года",
    };

    /// <param name="fromGrade">This year's grade; null for a pupil enrolled from the new year.</param>
    /// <param name="targetGrade">The grade of the chosen class of the new year, when one was chosen and found.</param>
    public static string? Check(MoveChoice choice, int? fromGrade, int? targetGrade, AcademicYear newYear)
    {
        var needsClass = PupilMoveKinds.IntoAClass.Contains(choice.Kind);
        if (needsClass && choice.TargetClassId is null)
            return "Выберите класс нового года.";
        if (needsClass && targetGrade is null)
            return "Выбранный класс не относится к новому учебному году этой школы.";
        if (!needsClass && choice.TargetClassId is not null)
            return "Для выбывающих и выпускников класс нового года не указывается.";
        if (fromGrade is null)
            return choice.Kind == PupilMoveKind.Enroll ? null : "Ученик, зачисленный с нового года, может быть только зачислен (или удалите зачисление).";
        switch (choice.Kind)
        {
            case PupilMoveKind.Enroll:
                return "Зачисление с нового года — только для новых учеников; ученик этого года переводится, остаётся или выбывает.";
            case PupilMoveKind.Promote when fromGrade == GradeLevel.Last:
                return "Ученик 11 класса не переводится: отметьте его выпускником.";
            case PupilMoveKind.Promote when targetGrade != fromGrade + 1:
                return $"При переводе ученик {fromGrade} класса переходит в {fromGrade + 1} класс, а выбран класс {targetGrade} параллели.";
            case PupilMoveKind.Repeat when targetGrade != fromGrade:
                return $"Оставленный на повторное обучение остаётся в {fromGrade} параллели, а выбран класс {targetGrade} параллели.";
            case PupilMoveKind.Graduate when fromGrade is not (9 or GradeLevel.Last):
                return "Выпускниками бывают ученики 9 и 11 классов.";
            case PupilMoveKind.Graduate when choice.LeavesOn is null || string.IsNullOrWhiteSpace(choice.OrderNumber):
                return "Для выпускника укажите дату выпуска и номер приказа.";
            case PupilMoveKind.Leave when choice.LeavesOn is null:
                return "Укажите дату выбытия.";
            case PupilMoveKind.Leave when choice.LeavesOn >= newYear.StartsOn:
                return $"Выбытие в текущем году — до начала нового ({newYear.StartsOn:dd.MM.yyyy}); для выбытия с нового года выберите «Выбывает с нового года».";
            case PupilMoveKind.Withdraw when choice.LeavesOn is null:
                return "Укажите дату выбытия.";
        }
        if (choice.OrderNumber is { Length: > PupilMove.MaxOrderLength })
            return $"Номер приказа: не длиннее {PupilMove.MaxOrderLength} символов.";
        if (choice.LeavesOn is { } date && (date < newYear.StartsOn.AddYears(-1) || date > newYear.EndsOn))
            return $"Дата {date:dd.MM.yyyy} вне текущего и нового учебного года.";
        return null;
    }
}
