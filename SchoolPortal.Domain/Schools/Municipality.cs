using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>A municipal district (муниципальное образование) of the region.</summary>
public sealed class Municipality
{
    public int Id { get; private set; }
    public string Name { get; private set; }

    public Municipality(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Название муниципалитета обязательно.", "name");
        Name = name.Trim();
    }
}
