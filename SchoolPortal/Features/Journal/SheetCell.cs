using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Features.Journal;

/// <summary>A pupil at a lesson: the marks and attendance of the cell and the version they were read at.</summary>
public sealed class SheetCell : GridCell
{
    private readonly GradingScale _grading;

    internal SheetCell(JournalLesson lesson, GradingScale grading, int pupilId, int row, int column, CellContent content, int version,
        string? readOnlyReason)
        : base(pupilId, row, column, $"cell-{pupilId}-{lesson.Id}", readOnlyReason)
    {
        Lesson = lesson;
        _grading = grading;
        Content = content;
        Version = version;
        Text = SavedText = content.Text;
    }

    public JournalLesson Lesson { get; }

    public int LessonId => Lesson.Id;

    public CellContent Content { get; private set; }

    public override string Preview(string typed) => CellInput.Parse(typed, Content.Marks, Lesson.WorkType, _grading).Text;

    public override void Accept(CellSaveResult result)
    {
        Content = result.Content ?? CellContent.Empty;
        Version = result.Version;
        Text = SavedText = Content.Text;
    }
}
