using SchoolPortal.Domain.Enrollment;

namespace SchoolPortal.Tests.Enrollment;

public sealed class TerritoryAddressTests
{
    [Theory]
    [InlineData("454080, Челябинская обл., г. Челябинск, ул. Ленина, д. 5а, кв. 3", "челябинск", "ленина", "5а", 5)]
    [InlineData("г Челябинск, проспект Ленина, 12/1", "челябинск", "ленина", "12/1", 12)]
    [InlineData("Челябинская область, Сосновский р-н, пос. Западный, ул. Центральная, д. 12, корп. 2, кв. 45", "западный", "центральная", "12", 12)]
    [InlineData("г. Копейск, ул. Ёлкина, д.7", "копейск", "елкина", "7", 7)]
    [InlineData("Челябинск, Комсомольский пр-кт, 22 корп. 1", "челябинск", "комсомольский", "22", 22)]
    [InlineData("456300, Челябинская обл, город Миасс, улица 8 Марта, дом 101 а", "миасс", "8 марта", "101а", 101)]
    [InlineData("г. Челябинск, ул. 40-летия Победы, д. 15, кв. 120", "челябинск", "40-летия победы", "15", 15)]
    [InlineData("Челябинская обл., Сосновский район, д. Кременкуль, ул. Мира, 3", "кременкуль", "мира", "3", 3)]
    [InlineData("г. Челябинск, Свердловский пр., д. 2", "челябинск", "свердловский", "2", 2)]
    [InlineData("г. Челябинск, ул. Ленина д. 64", "челябинск", "ленина", "64", 64)]
    public void Address_is_reduced_to_settlement_street_and_house(string text, string settlement, string street, string house, int number)
    {
        var address = TerritoryAddress.Parse(text);

        Assert.NotNull(address);
        Assert.Equal(settlement, address.Settlement);
        Assert.Equal(street, address.Street);
        Assert.Equal(house, address.House);
        Assert.Equal(number, address.HouseNumber);
    }

    [Theory]
    [InlineData("г. Челябинск, ул. Ленина")]
    [InlineData("454080, Челябинская обл., г. Челябинск")]
    [InlineData("")]
    [InlineData(null)]
    public void Address_without_street_or_house_cannot_be_matched(string? text)
    {
        Assert.Null(TerritoryAddress.Parse(text));
    }

    [Theory]
    [InlineData("г. Челябинск", "челябинск")]
    [InlineData("Челябинск город", "челябинск")]
    [InlineData("пос. Рощино", "рощино")]
    [InlineData("с. Долгодеревенское", "долгодеревенское")]
    public void Settlement_type_words_are_dropped(string text, string key)
    {
        Assert.Equal(key, TerritoryNames.SettlementKey(text));
    }

    [Theory]
    [InlineData("ул. Ленина", "ленина")]
    [InlineData("улица Ленина", "ленина")]
    [InlineData("пр-кт Победы", "победы")]
    [InlineData("Победы проспект", "победы")]
    [InlineData("пер. Озёрный", "озерный")]
    [InlineData("Шершнёвское ш.", "шершневское")]
    [InlineData("б-р Славы", "славы")]
    [InlineData("бульвар Славы", "славы")]
    public void Street_type_words_are_dropped_and_yo_becomes_ye(string text, string key)
    {
        Assert.Equal(key, TerritoryNames.StreetKey(text));
    }
}
