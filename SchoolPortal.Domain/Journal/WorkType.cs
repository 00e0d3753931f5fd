namespace SchoolPortal.Domain.Journal;

/// <summary>Вид работы: what a mark was given for. The default weights are in <see cref="WorkTypes"/>.</summary>
public enum WorkType
{
    Answer = 0,
    Homework = 1,
    Independent = 2,
    Check = 3,
    Control = 4,
    Dictation = 5,
    Laboratory = 6,
    Essay = 7,
    Test = 8,
}
