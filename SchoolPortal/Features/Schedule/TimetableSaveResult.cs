using SchoolPortal.Components.Shared;

namespace SchoolPortal.Features.Schedule;

/// <summary>The outcome of a timetable change: refused with messages, or saved with what it did to the lessons.</summary>
public sealed record TimetableSaveResult(CardSaveResult Save, LessonRegeneration? Lessons)
{
    public bool Succeeded => Save.Succeeded;

    public IReadOnlyDictionary<string, string> Errors => Save.Errors;

    public static TimetableSaveResult Refused(CardSaveResult refusal) => new(refusal, null);

    public static TimetableSaveResult Refused(string message) => new(CardSaveResult.Refused(message), null);
}
