namespace SchoolPortal.Infrastructure.Access;

/// <summary>
/// Which records a user may read and change (152-FZ): the whole region, one district, one school, or nothing.
/// Applied by <see cref="Data.PortalDbContext"/> as query filters and checked again on every save.
/// </summary>
public sealed record AccessScope
{
    public bool Unrestricted { get; private init; }
    public int? MunicipalityId { get; private init; }
    public int? SchoolId { get; private init; }

    private AccessScope()
    {
    }

    /// <summary>Background jobs, sign-in and the demo generator: they act for the system, not for a user.</summary>
    public static AccessScope System { get; } = new() { Unrestricted = true };

    public static AccessScope Region { get; } = new() { Unrestricted = true };

    /// <summary>The default of a new context: sees nothing until a scope is set.</summary>
    public static AccessScope Nobody { get; } = new();

    public static AccessScope Municipality(int municipalityId) => new() { MunicipalityId = municipalityId };

    public static AccessScope School(int schoolId) => new() { SchoolId = schoolId };

    public override string ToString() =>
        Unrestricted ? "весь регион" : SchoolId is { } s ? $"школа {s}" : MunicipalityId is { } m ? $"муниципалитет {m}" : "нет доступа";
}
