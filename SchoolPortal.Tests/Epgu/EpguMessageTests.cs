using System.Text;
using SchoolPortal.Integrations.Epgu;

namespace SchoolPortal.Tests.Epgu;

public sealed class EpguMessageTests : IDisposable
{
    private readonly EpguWorld _e = new();

    public void Dispose() => _e.Dispose();

    [Fact]
    public async Task The_message_file_carries_the_format_the_child_as_epgu_matches_it_and_the_portfolio()
    {
        await _e.Job().RunAsync(CancellationToken.None);
        var file = _e.Files().Single(f => f.StartsWith($"{_e.World.Ivanov.Id}-"));
        var json = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_e.Outbox, file)));

        var message = _e.Read(file);

        Assert.Equal("schoolportal.epgu.portfolio/1", message.Format);
        Assert.Equal(file, OutboxEpguGateway.FileName(message));
        Assert.Equal(1, message.Version);
        Assert.Equal(31, message.DaysToHolidays);
        var child = message.Snapshot.Child;
        Assert.Equal(("Иванов", "Пётр", "Сергеевич", new DateOnly(2015, 3, 14), "11223344595"),
            (child.Surname, child.FirstName, child.Patronymic, child.BirthDate, child.Snils));
        Assert.Equal(new EpguDocument("IV-ИВ", "123456"), child.BirthCertificate);
        Assert.Equal("МАОУ «СОШ № 1»", message.Snapshot.School.ShortName);
        var portfolio = message.Snapshot.Portfolio;
        Assert.Equal(("5А", "2 четверть"), (portfolio.ClassName, portfolio.CurrentPeriod));
        Assert.Equal(new EpguHoliday("Зимние каникулы", new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 11)), portfolio.NextHoliday);
        var math = portfolio.Subjects.Single(s => s.Name == "Математика");
        Assert.Equal((4.25m, 4.38m, "4"), (math.Periods[0].Average, math.Periods[0].ClassAverage, math.Periods[0].Final));
        Assert.Equal((6, 4, 66.7m), (portfolio.Attendance.Lessons, portfolio.Attendance.Present, portfolio.Attendance.PresentPercent));
        Assert.Contains(portfolio.Events, e => e is { Title: "Родительское собрание 5А", Time: "18:00" });
        Assert.Contains(portfolio.ControlWorks, w => w is { Topic: "Дроби", Marks: "3" });
        Assert.Contains("\"surname\": \"Иванов\"", json);
        Assert.Contains("\"birthDate\": \"2015-03-14\"", json);
    }

    [Fact]
    public async Task The_hash_covers_the_snapshot_not_the_envelope()
    {
        await _e.Job().RunAsync(CancellationToken.None);
        var message = _e.Read(_e.Files().Single(f => f.StartsWith($"{_e.World.Ivanov.Id}-")));
        var later = message with { MessageId = Guid.NewGuid(), CreatedAt = message.CreatedAt.AddDays(1), DaysToHolidays = 30, Version = 7 };

        Assert.Equal(EpguJson.Hash(message.Snapshot), EpguJson.Hash(later.Snapshot));
        Assert.Equal((await _e.PublicationAsync(_e.World.Ivanov.Id))!.Hash, EpguJson.Hash(message.Snapshot));
        var changed = message.Snapshot with { Child = message.Snapshot.Child with { Snils = null } };
        Assert.NotEqual(EpguJson.Hash(message.Snapshot), EpguJson.Hash(changed));
    }

    [Fact]
    public async Task A_day_closer_to_the_holidays_is_not_a_change()
    {
        await _e.Job().RunAsync(CancellationToken.None);
        _e.Clock.Advance(TimeSpan.FromDays(1));

        var nextDay = await _e.Job().RunAsync(CancellationToken.None);

        Assert.Equal(0, nextDay.Sent);
    }

    [Fact]
    public async Task The_outbox_leaves_no_temporary_file_behind()
    {
        var gateway = new OutboxEpguGateway(_e.Outbox);
        var snapshot = new EpguSnapshot(new EpguChild(5, "Петров", "Иван", null, new DateOnly(2015, 1, 1), null, null, null),
            new EpguSchool(1, "Школа", "Школа", "7451000013", "1027400000000"),
            new EpguPortfolio(null, null, null, [], [], new EpguAttendance(null, 0, 0, 0, 0, 0, 0, null), []));

        await gateway.SendAsync(new EpguMessage(EpguMessage.FormatVersion, Guid.Empty, DateTimeOffset.UnixEpoch, 3, null, snapshot), CancellationToken.None);

        Assert.Equal(["5-v3-00000000000000000000000000000000.json"], _e.Files());
    }
}
