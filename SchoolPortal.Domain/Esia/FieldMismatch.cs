namespace SchoolPortal.Domain.Esia;

/// <summary>One field that did not match: its Russian name (<see cref="MatchField"/>) and why, never the values.</summary>
public sealed record FieldMismatch(string Field, MismatchProblem Problem)
{
    /// <summary>«СНИЛС: не указан в данных школы».</summary>
    public string Text => Problem switch
    {
        MismatchProblem.MissingInSchool => $"{Field}: не указано в данных школы",
        MismatchProblem.MissingInEsia => $"{Field}: не указано на Госуслугах",
        MismatchProblem.MissingOnBothSides => $"{Field}: не указано ни на Госуслугах, ни в данных школы",
        _ => $"{Field}: не совпадает",
    };

    public override string ToString() => Text;
}
