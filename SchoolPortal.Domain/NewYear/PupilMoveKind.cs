namespace SchoolPortal.Domain.NewYear;

/// <summary>What happens to one pupil at the turn of the year: exactly one of these per pupil.</summary>
public enum PupilMoveKind
{
    /// <summary>Переводится в следующий класс (по сопоставлению классов или в выбранный).</summary>
    Promote = 1,

    /// <summary>Остаётся на повторное обучение: та же параллель, класс выбирает администратор.</summary>
    Repeat = 2,

    /// <summary>Выпускник: статус «выпущен» с датой и номером приказа.</summary>
    Graduate = 3,

    /// <summary>Выбывает в текущем году (дата и приказ).</summary>
    Leave = 4,

    /// <summary>Зачисляется с нового года (новый ученик, в том числе из очереди приёма).</summary>
    Enroll = 5,

    /// <summary>Выбывает с начала нового года (в новом году не учится).</summary>
    Withdraw = 6,
}
