using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class TerritoryMatchingTests
{
    private static readonly TerritoryLine LeninEven = new(1, "г. Челябинск", "ул. Ленина", HouseRange.Create(HouseParity.Even, 2, 40));
    private static readonly TerritoryLine LeninOdd = new(2, "г. Челябинск", "ул. Ленина", HouseRange.Create(HouseParity.Odd, 1, 25));
    private static readonly TerritoryLine Pobedy = new(1, "г. Челябинск", "пр-кт Победы", HouseRange.Create(HouseParity.All, 10, 20));
    private static readonly TerritoryLine Tsentralnaya = new(3, "пос. Западный", "ул. Центральная", HouseRange.All);
    private static readonly AddressMatcher Matcher = new([LeninEven, LeninOdd, Pobedy, Tsentralnaya]);

    [Theory]
    [InlineData("454080, Челябинская обл., г. Челябинск, ул. Ленина, д. 2, кв. 1", 1)]
    [InlineData("г. Челябинск, ул. Ленина, д. 40", 1)]
    [InlineData("г. Челябинск, ул. Ленина, д. 1", 2)]
    [InlineData("г. Челябинск, ул. Ленина, д. 5а, кв. 3", 2)]
    [InlineData("г. Челябинск, ул. Ленина, 25 корп. 2", 2)]
    [InlineData("г. Челябинск, проспект Победы, д. 10", 1)]
    [InlineData("г. Челябинск, пр-кт Победы, 20/1", 1)]
    [InlineData("Челябинская обл., Сосновский р-н, пос. Западный, ул. Центральная, д. 145", 3)]
    public void Address_on_a_line_finds_its_school(string address, int schoolId)
    {
        Assert.Equal(schoolId, Matcher.Find(address)?.SchoolId);
    }

    [Theory]
    [InlineData("г. Челябинск, ул. Ленина, д. 42")]  // past the even range
    [InlineData("г. Челябинск, ул. Ленина, д. 27")]  // past the odd range
    [InlineData("г. Челябинск, проспект Победы, д. 9")]
    [InlineData("г. Челябинск, проспект Победы, д. 21")]
    [InlineData("г. Копейск, ул. Ленина, д. 4")]      // same street, other town
    [InlineData("г. Челябинск, ул. Центральная, д. 4")]
    [InlineData("г. Челябинск, ул. Ленина")]
    public void Address_off_every_line_finds_nothing(string address)
    {
        Assert.Null(Matcher.Find(address));
    }

    [Fact]
    public void A_street_named_by_a_type_word_is_a_street_and_matches_its_addresses()
    {
        var naberezhnaya = new TerritoryLine(4, "г. Челябинск", "ул. Набережная", HouseRange.All);

        Assert.Equal(4, new AddressMatcher([naberezhnaya]).Find("454046, Челябинская обл., г. Челябинск, ул. Набережная, д. 54")?.SchoolId);
        Assert.Null(new AddressMatcher([naberezhnaya]).Find("г. Челябинск, ул. Ленина, д. 54"));
    }

    [Fact]
    public void Line_describes_itself_in_russian()
    {
        Assert.Equal("ул. Ленина, чётные 2–40", LeninEven.Description);
        Assert.Equal("ул. Ленина, нечётные 1–25", LeninOdd.Description);
        Assert.Equal("пр-кт Победы, дома 10–20", Pobedy.Description);
        Assert.Equal("пос. Западный, ул. Центральная, все дома", Tsentralnaya.FullDescription);
        Assert.Equal("чётные с 12", HouseRange.Create(HouseParity.Even, 12).Description);
        Assert.Equal("дома до 30", HouseRange.Create(HouseParity.All, null, 30).Description);
    }

    [Theory]
    [InlineData(HouseParity.Even, 2, 40, 2, true)]
    [InlineData(HouseParity.Even, 2, 40, 40, true)]
    [InlineData(HouseParity.Even, 2, 40, 42, false)]
    [InlineData(HouseParity.Even, 2, 40, 3, false)]
    [InlineData(HouseParity.Odd, 1, 25, 1, true)]
    [InlineData(HouseParity.Odd, 1, 25, 25, true)]
    [InlineData(HouseParity.Odd, 1, 25, 24, false)]
    [InlineData(HouseParity.All, 10, 20, 9, false)]
    [InlineData(HouseParity.All, 10, 20, 10, true)]
    [InlineData(HouseParity.All, 10, 20, 20, true)]
    [InlineData(HouseParity.All, 10, 20, 21, false)]
    public void House_range_includes_both_bounds_and_keeps_its_side(HouseParity parity, int from, int to, int house, bool inside)
    {
        Assert.Equal(inside, HouseRange.Create(parity, from, to).Contains(house));
    }

    [Fact]
    public void House_range_refuses_reversed_or_wrong_side_bounds()
    {
        Assert.Contains("конец раньше начала", Assert.Throws<DomainException>(() => HouseRange.Create(HouseParity.All, 20, 10)).Message);
        Assert.Contains("чётными", Assert.Throws<DomainException>(() => HouseRange.Create(HouseParity.Even, 1, 40)).Message);
        Assert.Contains("нечётными", Assert.Throws<DomainException>(() => HouseRange.Create(HouseParity.Odd, 1, 24)).Message);
    }

    [Fact]
    public void Line_needs_a_settlement_and_a_street_name_not_just_a_type()
    {
        Assert.Contains("Улица", Assert.Throws<DomainException>(() => new TerritoryLine(1, "г. Челябинск", "ул.", HouseRange.All)).Message);
        Assert.Contains("Населённый пункт", Assert.Throws<DomainException>(() => new TerritoryLine(1, " ", "ул. Ленина", HouseRange.All)).Message);
    }

    [Fact]
    public void Line_stores_keys_the_database_can_index()
    {
        var line = new TerritoryLine(1, "город Челябинск", "улица Шершнёвская", HouseRange.All);

        Assert.Equal("челябинск", line.SettlementKey);
        Assert.Equal("шершневская", line.StreetKey);
        Assert.Same(line, new AddressMatcher([line]).Find("г. Челябинск, ул. Шершневская, д. 3"));
    }
}
