using SchoolPortal.Domain.People;

namespace SchoolPortal.Features.Pupils;

/// <summary>One line of the pupil list. Only the members of the visible columns are filled.</summary>
public sealed class PupilRow
{
    public int Id { get; init; }

    /// <summary>«№ п/п»: the row's place in the whole filtered list (not only on its page).</summary>
    public int Number { get; set; }
    public string Surname { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string? Patronymic { get; init; }
    public DateOnly BirthDate { get; init; }
    public Gender Gender { get; init; }
    public int? Grade { get; init; }
    public string? ClassLetter { get; init; }
    public string? SchoolName { get; init; }
    public DocumentKind? PassportKind { get; init; }
    public string? PassportSeries { get; init; }
    public string? PassportNumber { get; init; }
    public string? BirthCertificateSeries { get; init; }
    public string? BirthCertificateNumber { get; init; }
    public Snils? Snils { get; init; }
    public Address? RegistrationAddress { get; init; }
    public Address? StayAddress { get; init; }
    public string? Parent1 { get; init; }
    public string? Parent2 { get; init; }
    public string? Parent3 { get; init; }
    public PhoneNumber? HomePhone { get; init; }
    public PhoneNumber? MobilePhone { get; init; }
    public Email? Email { get; init; }
    public string? Login { get; init; }
    public DateTimeOffset? LastLoginAt { get; init; }
    public string? Citizenship { get; init; }
    public string? Comment { get; init; }
    public bool Gifted { get; init; }

    public string FullName => Patronymic is null ? $"{Surname} {FirstName}" : $"{Surname} {FirstName} {Patronymic}";

    public string? ClassName => Grade is null ? null : $"{Grade}{ClassLetter}";

    public string? IdentityDocument => PassportNumber is not null
        ? $"{(PassportKind == DocumentKind.Foreign ? "Иностр. документ" : "Паспорт")} {PassportSeries} {PassportNumber}".Replace("  ", " ")
        : BirthCertificateNumber is not null ? $"Св-во о рождении {BirthCertificateSeries} {BirthCertificateNumber}" : null;

    /// <summary>Up to three parents' names (mother, father, guardians), or null when the column was not fetched.</summary>
    public string? Parents => Parent1 is null ? null : string.Join(", ", new[] { Parent1, Parent2, Parent3 }.OfType<string>());

    public string? BirthCertificate => BirthCertificateNumber is null ? null : $"{BirthCertificateSeries} {BirthCertificateNumber}".Trim();

    /// <summary>Text of a cell, as the list and exports show it.</summary>
    public string Cell(PupilColumn column) => column switch
    {
        PupilColumn.DisplayName => FullName,
        PupilColumn.Surname => Surname,
        PupilColumn.BirthDate => BirthDate.ToString("dd.MM.yyyy"),
        PupilColumn.Gender => Gender == Gender.Male ? "мужской" : "женский",
        PupilColumn.Class => ClassName ?? "",
        PupilColumn.School => SchoolName ?? "",
        PupilColumn.IdentityDocument => IdentityDocument ?? "",
        PupilColumn.BirthCertificate => BirthCertificate ?? "",
        PupilColumn.Snils => Snils?.Formatted ?? "",
        PupilColumn.RegistrationAddress => RegistrationAddress?.Text ?? "",
        PupilColumn.StayAddress => StayAddress?.Text ?? "",
        PupilColumn.Parents => Parents ?? "",
        PupilColumn.HomePhone => HomePhone?.Formatted ?? "",
        PupilColumn.Email => Email?.Value ?? "",
        PupilColumn.Login => Login ?? "",
        // Chelyabinsk time (UTC+5), where the region's users are.
        PupilColumn.LastLogin => Infrastructure.Jobs.RegionTime.Format(LastLoginAt, ""),
        PupilColumn.Citizenship => Citizenship ?? "",
        PupilColumn.MobilePhone => MobilePhone?.Formatted ?? "",
        PupilColumn.Comment => Comment ?? "",
        PupilColumn.Gifted => Gifted ? "да" : "",
        _ => "",
    };
}
