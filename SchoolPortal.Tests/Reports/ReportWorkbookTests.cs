using OfficeOpenXml;
using SchoolPortal.Features.Reports;
using SchoolPortal.Infrastructure.Excel;

namespace SchoolPortal.Tests.Reports;

public sealed class ReportWorkbookTests : IDisposable
{
    private const int Header = ReportWorkbook.HeaderRow;
    private readonly ReportScenario _s = new();

    public void Dispose() => _s.Dispose();

    [Fact]
    public async Task The_journal_workbook_has_the_title_the_pupils_marks_averages_and_a_lessons_sheet()
    {
        var file = await _s.JournalReport().ExportAsync(_s.Data.Class.Id, _s.Data.Math.Id, _s.Data.Quarter2.Id);

        Assert.Equal("Журнал 5А Математика 2 четверть 28.11.2026.xlsx", file.FileName);
        var package = Workbooks.Open(file.Content);
        Assert.Equal(2, package.Workbook.Worksheets.Count);
        // EPPlus 4.5.3.3 on .NET counts worksheets from 0: the journal comes first, the lessons second.
        Assert.Equal(ReportWorkbook.JournalSheet, package.Workbook.Worksheets[0].Name);
        Assert.Equal(ReportWorkbook.LessonsSheet, package.Workbook.Worksheets[1].Name);
        var sheet = package.Workbook.Worksheets[ReportWorkbook.JournalSheet];
        Assert.Equal("Отчет по классному журналу", sheet.Cells[1, 1].Text);
        Assert.Equal("Школа: МАОУ «СОШ № 1»", sheet.Cells[2, 1].Text);
        Assert.Equal("Класс: 5А", sheet.Cells[3, 1].Text);
        Assert.Equal("Предмет: Математика", sheet.Cells[4, 1].Text);
        Assert.Equal("Учебный период: 2 четверть (05.11.2026–28.12.2026)", sheet.Cells[5, 1].Text);
        Assert.Equal("Учитель: Иванова Ольга Ивановна", sheet.Cells[6, 1].Text);
        Assert.Equal("Дата отчета: 28.11.2026", sheet.Cells[7, 1].Text);
        Assert.Equal(["№", "Ученик", "10.11", "12.11", "17.11", "01.12", "Средний балл", "Итоговая отметка"],
            Enumerable.Range(1, 8).Select(c => sheet.Cells[Header, c].Text));
        Assert.Equal("Андреев Борис Ильич", sheet.Cells[Header + 1, 2].Text);
        Assert.Equal("5", sheet.Cells[Header + 1, 3].Text);
        Assert.Equal(3.5, Convert.ToDouble(sheet.Cells[Header + 1, 7].Value));
        Assert.Equal("4", sheet.Cells[Header + 1, 8].Text);
        Assert.Equal("Борисов Глеб Петрович (выбыл(а) 20.11.2026)", sheet.Cells[Header + 2, 2].Text);
        Assert.Equal("4 оп", sheet.Cells[Header + 3, 5].Text);
        Assert.Equal("Средний балл класса", sheet.Cells[Header + 5, 2].Text);
        Assert.Equal(2.5, Convert.ToDouble(sheet.Cells[Header + 5, 4].Value));
        Assert.True(sheet.Column(2).Width >= 40);

        var lessons = package.Workbook.Worksheets[ReportWorkbook.LessonsSheet];
        Assert.Equal(["№", "Дата", "Урок", "Группа", "Тема", "Вид работы", "Домашнее задание"],
            Enumerable.Range(1, 7).Select(c => lessons.Cells[Header, c].Text));
        Assert.Equal("12.11.2026", lessons.Cells[Header + 2, 2].Text);
        Assert.Equal("Дроби", lessons.Cells[Header + 2, 5].Text);
        Assert.Equal("Контрольная работа", lessons.Cells[Header + 2, 6].Text);
        Assert.Equal("№ 12, 14", lessons.Cells[Header + 2, 7].Text);
    }

    [Fact]
    public async Task The_attendance_workbook_has_a_line_per_pupil_class_totals_and_a_school_total()
    {
        var file = await _s.AttendanceReport().ExportAsync(null, new DateOnly(2026, 11, 5), new DateOnly(2026, 12, 28));

        Assert.Equal("Посещаемость все классы 05.11.2026–28.12.2026.xlsx", file.FileName);
        var package = Workbooks.Open(file.Content);
        var sheet = package.Workbook.Worksheets[ReportWorkbook.AttendanceSheet];
        Assert.Equal("Отчет о посещаемости", sheet.Cells[1, 1].Text);
        Assert.Equal("Класс: все классы", sheet.Cells[3, 1].Text);
        Assert.Equal("Период: 05.11.2026–28.12.2026", sheet.Cells[4, 1].Text);
        Assert.Equal(["№", "Класс", "Ученик", "Уроков", "н", "б", "уп", "Пропущено всего", "оп", "Доля пропусков"],
            Enumerable.Range(1, 10).Select(c => sheet.Cells[Header, c].Text));
        // Иванов: 4 lessons, н 1, оп 1.
        Assert.Equal("Иванов Пётр Сергеевич", sheet.Cells[Header + 3, 3].Text);
        Assert.Equal([4, 1, 0, 0, 1, 1], Enumerable.Range(4, 6).Select(c => Convert.ToInt32(sheet.Cells[Header + 3, c].Value)));
        Assert.Equal(0.25, Convert.ToDouble(sheet.Cells[Header + 3, 10].Value));
        Assert.Equal("Итого по классу 5А", sheet.Cells[Header + 5, 3].Text);
        Assert.Equal(15, Convert.ToInt32(sheet.Cells[Header + 5, 4].Value));
        Assert.Equal("Сидоров Олег Иванович", sheet.Cells[Header + 6, 3].Text);
        Assert.Equal("Итого по классу 7Б", sheet.Cells[Header + 7, 3].Text);
        Assert.Equal("Итого по школе", sheet.Cells[Header + 8, 3].Text);
        Assert.Equal(2, Convert.ToInt32(sheet.Cells[Header + 8, 5].Value));
    }
}
