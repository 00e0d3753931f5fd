using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Journal;

/// <summary>A final mark (итоговая отметка) of a pupil: for a study period, or for the year when <see cref="StudyPeriodId"/> is null.</summary>
public sealed class FinalCell : GridCell
{
    private readonly GradingScale _grading;

    internal FinalCell(int pupilId, int? studyPeriodId, GradingScale grading, int row, int column, MarkValue? value, int version, string? readOnlyReason)
        : base(pupilId, row, column, $"final-{pupilId}-{Key(studyPeriodId)}", readOnlyReason)
    {
        StudyPeriodId = studyPeriodId;
        _grading = grading;
        Version = version;
        Text = SavedText = value?.ToString() ?? "";
    }

    public int? StudyPeriodId { get; }

    public override string Preview(string typed) => CellInput.ParseFinal(typed, _grading)?.ToString() ?? "";

    public override void Accept(CellSaveResult result)
    {
        Version = result.Version;
        Text = SavedText = result.Text;
    }

    private static string Key(int? studyPeriodId) => studyPeriodId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "year";
}
