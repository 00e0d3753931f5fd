namespace SchoolPortal.Features.Portfolio;

/// <summary>A lesson of the diary: subject, topic, homework, and the child's marks and attendance at it.</summary>
/// <param name="Time">«08:30–09:15» from the school's bells; null when the bells are not set.</param>
/// <param name="WorkType">Shown only for work other than an ordinary lesson: «Контрольная работа».</param>
/// <param name="Marks">«5 4»; empty when none.</param>
/// <param name="Attendance">«н», «б», «оп», «уп»; null when present.</param>
public sealed record DiaryLesson(int Number, string? Time, string Subject, string? Topic, string? WorkType, string? Homework, string? HomeworkLink,
    DateOnly? HomeworkDueOn, string Marks, string? Attendance);
