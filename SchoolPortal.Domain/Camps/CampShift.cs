using SchoolPortal.Domain.People;
using System.Globalization;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Camps;

/// <summary>
/// A shift of a camp: its dates, places, the ages it takes, the full price and the parent's share. <see cref="Taken"/>
/// counts the places held (granted, paid, voucher issued); it changes only through the allocator's conditional update,
/// and the database's check keeps it within <see cref="Places"/>: a place is never sold twice.
/// </summary>
public sealed class CampShift : IAudited
{
    public const int MaxNameLength = 100;
    public const int MaxPlaces = 2000;
    public const int MaxDays = 45;
    public const int YoungestAge = 6;
    public const int OldestAge = 17;
    public const decimal MaxPrice = 1_000_000m;

    public int Id { get; private set; }
    public int CampId { get; private set; }

    /// <summary>The season: the year of the shift's first day.</summary>
    public int Year { get; private set; }

    /// <summary>«1 смена».</summary>
    public string Name { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int Places { get; private set; }
    public int Taken { get; private set; }
    public int MinAge { get; private set; }
    public int MaxAge { get; private set; }
    public decimal FullPrice { get; private set; }
    public decimal ParentShare { get; private set; }

    private CampShift()
    {
    }

    public CampShift(int campId, string? name, DateOnly startsOn, DateOnly endsOn, int places, int minAge, int maxAge, decimal fullPrice,
        decimal parentShare)
    {
        CampId = campId;
        Change(name, startsOn, endsOn, places, minAge, maxAge, fullPrice, parentShare);
    }

    public int FreePlaces => Math.Max(0, Places - Taken);

    public void Change(string? name, DateOnly startsOn, DateOnly endsOn, int places, int minAge, int maxAge, decimal fullPrice, decimal parentShare)
    {
        var cleanName = Validation.Required(name, "Название смены", MaxNameLength, "name");
        if (endsOn < startsOn)
            throw new DomainException("Смена заканчивается раньше, чем начинается.", "endsOn");
        if (endsOn.DayNumber - startsOn.DayNumber + 1 > MaxDays)
            throw new DomainException($"Смена длиннее {MaxDays} дней: проверьте даты.", "endsOn");
        if (Id != 0 && startsOn.Year != Year)
            throw new DomainException($"Смена относится к сезону {Year} года: перенести её в другой год нельзя, заведите новую.", "startsOn");
        if (places is < 1 or > MaxPlaces)
            throw new DomainException($"Число мест — от 1 до {MaxPlaces}.", "places");
        if (places < Taken)
            throw new DomainException($"Уже предоставлено {Taken} мест: меньше мест сделать нельзя.", "places");
        if (minAge < YoungestAge || maxAge > OldestAge)
            throw new DomainException($"Возраст детей — от {YoungestAge} до {OldestAge} лет.", "minAge");
        if (minAge > maxAge)
            throw new DomainException("Наименьший возраст больше наибольшего.", "maxAge");
        if (fullPrice is <= 0 or > MaxPrice)
            throw new DomainException("Укажите полную стоимость путевки.", "fullPrice");
        if (parentShare < 0 || parentShare > fullPrice)
            throw new DomainException("Родительская доля — от 0 до полной стоимости путевки.", "parentShare");
        if (decimal.Round(fullPrice, 2) != fullPrice || decimal.Round(parentShare, 2) != parentShare)
            throw new DomainException("Суммы указываются в рублях с копейками: не больше двух знаков после запятой.", "parentShare");
        Name = cleanName;
        Year = startsOn.Year;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Places = places;
        MinAge = minAge;
        MaxAge = maxAge;
        FullPrice = fullPrice;
        ParentShare = parentShare;
    }

    /// <summary>Takes one place for a granted application; refused when none is left.</summary>
    public void Hold()
    {
        if (FreePlaces == 0)
            throw new DomainException($"В смене «{Name}» свободных мест нет.", "places");
        Taken++;
    }

    /// <summary>Gives a place back (the holder withdrew, was refused or did not pay in time).</summary>
    public void Release()
    {
        if (Taken == 0)
            throw new DomainException($"В смене «{Name}» нет занятых мест.", "places");
        Taken--;
    }

    /// <summary>Whether a child born on <paramref name="birthDate"/> is within the shift's ages on its first day.</summary>
    public bool Takes(DateOnly birthDate) => BirthDate.AgeOn(birthDate, StartsOn) is var age && age >= MinAge && age <= MaxAge;

    public bool Overlaps(CampShift other) => StartsOn <= other.EndsOn && other.StartsOn <= EndsOn;

    /// <summary>«1 смена, 01.06–21.06.2027».</summary>
    public string Title => $"{Name}, {StartsOn.ToString("dd.MM", CultureInfo.InvariantCulture)}–{EndsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";
}
