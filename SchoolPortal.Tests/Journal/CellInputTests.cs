using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Journal;
using SchoolPortal.Domain.Schedule;

namespace SchoolPortal.Tests.Journal;

public sealed class CellInputTests
{
    private static CellContent Parse(string text, GradingScale scale = GradingScale.Marks, MarkList? previous = null) =>
        CellInput.Parse(text, previous ?? MarkList.Empty, WorkType.Answer, scale);

    [Theory]
    [InlineData("5", "5")]
    [InlineData("54", "5 4")]
    [InlineData("5 4 н", "5 4 н")]
    [InlineData("н5", "5 н")]
    [InlineData("оп", "оп")]
    [InlineData("  уп ", "уп")]
    [InlineData("Б", "б")]
    [InlineData("", "")]
    public void Parse_reads_marks_and_one_attendance_code_in_any_order(string typed, string shown) =>
        Assert.Equal(shown, Parse(typed).Text);

    [Theory]
    [InlineData("y", "н")]
    [InlineData("5y", "5 н")]
    [InlineData(",", "б")]
    [InlineData("jg", "оп")]
    [InlineData("eg", "уп")]
    public void Parse_accepts_codes_typed_on_the_english_layout(string typed, string shown) =>
        Assert.Equal(shown, Parse(typed).Text);

    [Theory]
    [InlineData("з", "зач")]
    [InlineData("p", "зач")]
    [InlineData("нз", "нз")]
    [InlineData("yp", "нз")]
    public void Parse_reads_pass_and_fail_for_pass_fail_subjects(string typed, string shown) =>
        Assert.Equal(shown, Parse(typed, GradingScale.PassFail).Text);

    [Theory]
    [InlineData("6", "«6»")]
    [InlineData("0", "«0»")]
    [InlineData("q", "«q»")]
    [InlineData("нб", "один код")]
    [InlineData("о", "Не понимаю")]
    [InlineData("543215", "Не больше 5")]
    public void Parse_refuses_what_is_neither_a_mark_nor_a_code_with_a_russian_message(string typed, string message)
    {
        var error = Assert.Throws<DomainException>(() => Parse(typed));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Parse_refuses_a_number_for_a_pass_fail_subject_and_a_pass_for_a_marked_one()
    {
        Assert.Contains("зачёт", Assert.Throws<DomainException>(() => Parse("5", GradingScale.PassFail)).Message);
        Assert.Contains("от 1 до 5", Assert.Throws<DomainException>(() => Parse("з")).Message);
    }

    [Fact]
    public void A_mark_typed_again_at_its_place_keeps_its_work_type_and_weight()
    {
        var previous = new MarkList([new Mark(MarkValue.Score(5), WorkType.Control, 3m)]);

        var content = CellInput.Parse("5 4", previous, WorkType.Answer, GradingScale.Marks);

        Assert.Equal(new Mark(MarkValue.Score(5), WorkType.Control, 3m), content.Marks.Items[0]);
        Assert.Equal(new Mark(MarkValue.Score(4), WorkType.Answer, 1m), content.Marks.Items[1]);
    }

    [Fact]
    public void A_new_mark_takes_the_lessons_work_type_and_its_default_weight()
    {
        var content = CellInput.Parse("4", MarkList.Empty, WorkType.Control, GradingScale.Marks);

        Assert.Equal(new Mark(MarkValue.Score(4), WorkType.Control, 3m), content.Marks.Items.Single());
    }

    [Theory]
    [InlineData('5', '5')]
    [InlineData('Y', 'н')]
    [InlineData('н', 'н')]
    [InlineData('<', 'б')]
    [InlineData('7', null)]
    [InlineData('q', null)]
    public void Normalize_maps_a_typed_key_to_its_journal_character(char typed, char? expected) =>
        Assert.Equal(expected, CellInput.Normalize(typed));

    [Theory]
    [InlineData("5", "5")]
    [InlineData("", null)]
    [InlineData("з", null)]
    public void ParseFinal_reads_one_mark_or_nothing(string typed, string? expected)
    {
        if (typed == "з")
        {
            Assert.Equal(MarkValue.Pass, CellInput.ParseFinal(typed, GradingScale.PassFail));
            return;
        }
        Assert.Equal(expected, CellInput.ParseFinal(typed, GradingScale.Marks)?.ToString());
    }

    [Theory]
    [InlineData("54")]
    [InlineData("5н")]
    public void ParseFinal_refuses_several_marks_or_an_attendance_code(string typed) =>
        Assert.Throws<DomainException>(() => CellInput.ParseFinal(typed, GradingScale.Marks));
}
