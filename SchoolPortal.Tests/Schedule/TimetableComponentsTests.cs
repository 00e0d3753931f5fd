using Bunit;
using SchoolPortal.Features.Schedule;
using SchoolPortal.Tests.TestKit;

namespace SchoolPortal.Tests.Schedule;

public sealed class TimetableComponentsTests : MudTestContext
{
    private static readonly IReadOnlyList<BellRow> Bells =
    [
        new(1, 1, new TimeOnly(8, 0), new TimeOnly(8, 45)),
        new(2, 2, new TimeOnly(8, 55), new TimeOnly(9, 40)),
    ];

    private static readonly IReadOnlyList<TimetableRow> Entries =
    [
        new(11, DayOfWeek.Monday, 1, 1, "Математика", 100, "Иванова О. И.", "214", null),
        new(12, DayOfWeek.Wednesday, 2, 3, "Английский язык", 101, "Петрова О. И.", null, 1),
        new(13, DayOfWeek.Wednesday, 2, 3, "Английский язык", 102, "Сидорова О. И.", "305", 2),
    ];

    [Fact]
    public void The_grid_puts_each_lesson_in_its_day_and_number_with_the_bell_times()
    {
        var cut = Render<TimetableGrid>(p => p.Add(x => x.Bells, Bells).Add(x => x.Entries, Entries));

        Assert.Contains("08:55–09:40", cut.Find("[data-testid=timetable-grid]").TextContent);
        Assert.Contains("Суббота", cut.Markup);
        var monday = cut.Find("[data-testid=slot-Monday-1]").TextContent;
        Assert.Contains("Математика", monday);
        Assert.Contains("Иванова О. И., каб. 214", monday);
        var wednesday = cut.Find("[data-testid=slot-Wednesday-2]").TextContent;
        Assert.Contains("(гр. 1)", wednesday);
        Assert.Contains("Сидорова О. И., каб. 305", wednesday);
        Assert.Empty(cut.Find("[data-testid=slot-Tuesday-1]").TextContent.Trim());
    }

    [Fact]
    public void Only_an_editor_gets_add_buttons_and_clicks_open_the_line()
    {
        TimetableRow? edited = null;
        (DayOfWeek, int)? added = null;
        var reader = Render<TimetableGrid>(p => p.Add(x => x.Bells, Bells).Add(x => x.Entries, Entries)
            .Add(x => x.OnEdit, r => edited = r));
        reader.Find("[data-testid=entry-11]").Click();
        Assert.Empty(reader.FindAll("[data-testid^=add-]"));
        Assert.Null(edited);

        var editor = Render<TimetableGrid>(p => p.Add(x => x.Bells, Bells).Add(x => x.Entries, Entries).Add(x => x.CanEdit, true)
            .Add(x => x.OnEdit, r => edited = r).Add(x => x.OnAdd, slot => added = slot));
        editor.Find("[data-testid=entry-12]").Click();
        editor.Find("button[data-testid=add-Friday-2]").Click();

        Assert.Equal(12, edited?.Id);
        Assert.Equal((DayOfWeek.Friday, 2), added);
    }

    [Fact]
    public void A_lesson_number_without_a_bell_still_gets_a_row()
    {
        var cut = Render<TimetableGrid>(p => p.Add(x => x.Bells, Bells)
            .Add(x => x.Entries, [new TimetableRow(14, DayOfWeek.Friday, 7, 1, "Математика", 100, "Иванова О. И.", null, null)]));

        Assert.Contains("Математика", cut.Find("[data-testid=slot-Friday-7]").TextContent);
    }

    [Fact]
    public void The_week_marks_a_substituted_lesson_with_the_substitute_and_the_other_subject()
    {
        var monday = new DateOnly(2026, 11, 30);
        var week = new WeekTimetable("Неделя класса 5А", monday, Bells,
        [
            new WeekLesson(1, monday, 1, 10, "5А", null, 1, "Математика", 100, "Иванова О. И.", "214",
                new WeekSubstitution(5, 101, "Петрова О. И.", 100, "Иванова О. И.", "Русский язык", null)),
            new WeekLesson(2, monday.AddDays(1), 2, 10, "5А", null, 1, "Математика", 100, "Иванова О. И.", "214", null),
        ]);

        var cut = Render<WeekGrid>(p => p.Add(x => x.Week, week));

        var substituted = cut.Find("[data-testid=week-lesson-1]").TextContent;
        Assert.Contains("Русский язык", substituted);
        Assert.Contains("замена", substituted);
        Assert.Contains("Петрова О. И., каб. 214", substituted);
        Assert.Contains("Вместо Иванова О. И.; по расписанию — Математика", substituted);
        Assert.DoesNotContain("замена", cut.Find("[data-testid=week-lesson-2]").TextContent);
        Assert.Contains("Пн, 30.11.2026", cut.Markup);
    }

    [Fact]
    public void The_report_says_how_many_lessons_with_records_were_kept_and_which()
    {
        var result = new LessonRegeneration(new DateOnly(2026, 11, 28), 5, 0, 3,
        [
            new KeptLesson(new DateOnly(2026, 12, 5), 1, "5А", "Математика"),
            new KeptLesson(new DateOnly(2026, 12, 12), 1, "5А", "Математика"),
        ]);

        var cut = Render<RegenerationReport>(p => p.Add(x => x.Result, result));

        Assert.Contains("добавлено — 5, изменено — 0, удалено — 3", cut.Find("[data-testid=regeneration-report]").TextContent);
        var kept = cut.Find("[data-testid=kept-lessons]").TextContent;
        Assert.Contains("2 урока с отметками, посещаемостью, домашним заданием или заменой сохранены без изменений", kept);
        Assert.Contains("05.12.2026, 1-й урок, 5А — Математика", kept);
    }
}
