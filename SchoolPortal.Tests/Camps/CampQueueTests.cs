using SchoolPortal.Domain.Camps;
using SchoolPortal.Domain.People;

namespace SchoolPortal.Tests.Camps;

/// <summary>The queue's order and the choice of shift, without a database.</summary>
public sealed class CampQueueTests
{
    private static readonly DateTimeOffset Opening = CampWorld.Opening;
    private static readonly DateOnly TwelveYearsOld = new(2015, 3, 14);

    [Fact]
    public void The_category_comes_before_the_filing_time_and_the_time_before_the_number()
    {
        var general = Application(1, CampPriority.General, Opening);
        var first = Application(2, CampPriority.First, Opening.AddMilliseconds(5));
        var extraordinary = Application(3, CampPriority.Extraordinary, Opening.AddSeconds(30));
        var sameMomentLaterNumber = Application(4, CampPriority.General, Opening);

        var order = CampQueue.InOrder([sameMomentLaterNumber, general, first, extraordinary]).Select(a => a.Id).ToList();

        Assert.Equal([3, 2, 1, 4], order);
    }

    [Fact]
    public void One_millisecond_earlier_comes_first_within_a_category()
    {
        var later = Application(1, CampPriority.General, Opening.AddMilliseconds(1));
        var earlier = Application(2, CampPriority.General, Opening);

        Assert.True(CampQueue.ComesBefore(earlier, later));
        Assert.False(CampQueue.ComesBefore(later, earlier));
    }

    [Fact]
    public void The_first_choice_with_a_free_place_is_given_and_a_full_one_is_skipped()
    {
        var full = Shift(1, new DateOnly(2027, 6, 1), places: 1, taken: 1);
        var free = Shift(2, new DateOnly(2027, 7, 1), places: 1, taken: 0);
        var application = Application(1, CampPriority.General, Opening, [full.Id, free.Id]);

        var chosen = CampQueue.Choose(application, new Dictionary<int, CampShift> { [1] = full, [2] = free }, []);

        Assert.Same(free, chosen);
    }

    [Fact]
    public void A_shift_overlapping_a_place_the_child_holds_is_skipped_and_none_left_means_reserve()
    {
        var held = Shift(1, new DateOnly(2027, 6, 1));
        var overlapping = Shift(2, new DateOnly(2027, 6, 15));
        var application = Application(1, CampPriority.General, Opening, [overlapping.Id]);

        Assert.Null(CampQueue.Choose(application, new Dictionary<int, CampShift> { [2] = overlapping }, [held]));
    }

    [Theory]
    [InlineData(12, 12, true)]
    [InlineData(13, 17, false)]
    [InlineData(7, 11, false)]
    public void The_childs_age_on_the_shifts_first_day_decides(int minAge, int maxAge, bool takes)
    {
        // Born 14.03.2015: 12 years old on 01.06.2027.
        Assert.Equal(takes, Shift(1, new DateOnly(2027, 6, 1), minAge: minAge, maxAge: maxAge).Takes(TwelveYearsOld));
    }

    [Fact]
    public void A_birthday_on_the_shifts_first_day_counts()
    {
        Assert.Equal(12, BirthDate.AgeOn(new DateOnly(2015, 6, 1), new DateOnly(2027, 6, 1)));
        Assert.Equal(11, BirthDate.AgeOn(new DateOnly(2015, 6, 2), new DateOnly(2027, 6, 1)));
    }

    private static CampShift Shift(int id, DateOnly start, int places = 10, int taken = 0, int minAge = 7, int maxAge = 15)
    {
        var shift = new CampShift(1, "смена", start, start.AddDays(20), places, minAge, maxAge, 20_000m, 4_000m);
        typeof(CampShift).GetProperty(nameof(CampShift.Id))!.SetValue(shift, id);
        for (var i = 0; i < taken; i++)
            shift.Hold();
        return shift;
    }

    private static CampApplication Application(int id, CampPriority priority, DateTimeOffset filedAt, int[]? choices = null)
    {
        var application = new CampApplication(2027, CampChannel.Portal, 1, 1, 1, 1, PersonName.Create("Летова", "Анна", "Ивановна"), TwelveYearsOld,
            PersonName.Create("Летова", "Мария", "Петровна"), filedAt, priority, priority == CampPriority.General ? null : "Справка", choices ?? [1], "тест");
        typeof(CampApplication).GetProperty(nameof(CampApplication.Id))!.SetValue(application, id);
        return application;
    }
}
