using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Camps;

/// <summary>A children's camp of a district, with the shifts a season offers in it.</summary>
public sealed class Camp : IAudited
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 500;

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public CampKind Kind { get; private set; }
    public string Address { get; private set; } = "";

    /// <summary>The district whose municipal operator keeps the camp.</summary>
    public int MunicipalityId { get; private set; }

    private Camp()
    {
    }

    public Camp(string? name, CampKind kind, string? address, int municipalityId)
    {
        MunicipalityId = municipalityId;
        Change(name, kind, address);
    }

    public void Change(string? name, CampKind kind, string? address)
    {
        var cleanName = Validation.Required(name, "Название лагеря", MaxNameLength, "name");
        if (!Enum.IsDefined(kind))
            throw new DomainException("Выберите вид лагеря: загородный, с дневным пребыванием при школе или профильный.", "kind");
        var cleanAddress = Validation.Required(address, "Адрес лагеря", MaxAddressLength, "address");
        Name = cleanName;
        Kind = kind;
        Address = cleanAddress;
    }
}
