using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Schools;

/// <summary>One holiday of a holiday set: «Осенние каникулы», 27.10–04.11.</summary>
public sealed record Holiday
{
    public string Name { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    public Holiday(string name, DateOnly startsOn, DateOnly endsOn)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Название каникул обязательно.", "name");
        if (endsOn < startsOn)
            throw new DomainException("Каникулы не могут заканчиваться раньше, чем начинаются.", "endsOn");
        Name = name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
    }
}
