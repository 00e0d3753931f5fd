using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Accounts;

/// <summary>A portal login: staff sign in with login and password, parents later through ESIA.</summary>
public sealed class UserAccount : IAudited
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public int Id { get; private set; }
    public string Login { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public Role Roles { get; private set; }
    public int? SchoolId { get; private set; }
    public int? MunicipalityId { get; private set; }
    public int? PupilId { get; private set; }
    public int? ParentId { get; private set; }
    public int? EmployeeId { get; private set; }
    public string DisplayName { get; private set; } = "";
    /// <summary>The ESIA person id (oid) once the account is linked to Gosuslugi.</summary>
    public string? EsiaOid { get; private set; }
    public bool MustChangePassword { get; private set; }
    public DateTimeOffset? LastLoginAt { get; private set; }
    public int FailedSignIns { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public bool IsDisabled { get; private set; }

    /// <summary>
    /// Changes whenever what the account may do changes (disabled, password, school or roles): a signed-in session carries the
    /// stamp it was issued with and ends when it no longer matches.
    /// </summary>
    public string SecurityStamp { get; private set; } = NewStamp();

    private UserAccount()
    {
    }

    public UserAccount(string login, string displayName, Role roles, int? schoolId = null, int? municipalityId = null)
    {
        Login = NormalizeLogin(login);
        if (string.IsNullOrWhiteSpace(displayName))
            throw new DomainException("Укажите имя пользователя.", "displayName");
        DisplayName = displayName.Trim();
        if (roles == Role.None)
            throw new DomainException("У пользователя должна быть хотя бы одна роль.", "roles");
        if ((roles & (Role.SchoolAdmin | Role.Teacher | Role.Pupil)) != 0 && schoolId is null)
            throw new DomainException("Пользователю школы нужно указать школу.", "school");
        if (roles.HasFlag(Role.MunicipalOperator) && municipalityId is null)
            throw new DomainException("Оператору муниципалитета нужно указать муниципалитет.", "municipality");
        Roles = roles;
        SchoolId = schoolId;
        MunicipalityId = municipalityId;
    }

    public static string NormalizeLogin(string? login)
    {
        var value = (login ?? "").Trim().ToLowerInvariant();
        if (value.Length is < 3 or > 64 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            throw new DomainException("Логин: от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний.", "login");
        return value;
    }

    /// <summary>A school administrator renames the login (uniqueness across the region is the caller's check).</summary>
    public void ChangeLogin(string? login) => Login = NormalizeLogin(login);

    /// <summary>«Пользователь должен сменить пароль при первом входе в систему».</summary>
    public void RequirePasswordChange(bool mustChange) => MustChangePassword = mustChange;

    public void LinkTo(int? pupilId = null, int? parentId = null, int? employeeId = null)
    {
        PupilId = pupilId;
        ParentId = parentId;
        EmployeeId = employeeId;
    }

    /// <summary>Sets a new password hash. A password given by an administrator must be changed at first sign-in.</summary>
    public void SetPassword(string passwordHash, bool mustChange)
    {
        PasswordHash = passwordHash;
        MustChangePassword = mustChange;
        SecurityStamp = NewStamp();
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void RecordSignIn(DateTimeOffset now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastLoginAt = now;
    }

    public void Disable()
    {
        IsDisabled = true;
        SecurityStamp = NewStamp();
    }

    /// <summary>
    /// The person was dismissed by the account's school but still works in another one: the login stays, for that school only,
    /// as a teacher there (that school's administrator gives more roles), and the sessions of the old school end.
    /// </summary>
    public void MoveToSchool(int schoolId, int employeeId)
    {
        SchoolId = schoolId;
        EmployeeId = employeeId;
        Roles = (Roles & ~(Role.SchoolAdmin | Role.Teacher)) | Role.Teacher;
        SecurityStamp = NewStamp();
    }

    /// <summary>A pupil's account follows the card to the school that enrolled the child; the Gosuslugi link stays.</summary>
    public void FollowPupilToSchool(int schoolId)
    {
        if (PupilId is null)
            throw new DomainException("Учетная запись не принадлежит ученику.", "account");
        SchoolId = schoolId;
        SecurityStamp = NewStamp();
    }

    /// <summary>Ends every session of the account, e.g. after a change of roles.</summary>
    public void RenewSecurityStamp() => SecurityStamp = NewStamp();

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    public void Enable() => IsDisabled = false;

    public void LinkEsia(string? oid) => EsiaOid = string.IsNullOrWhiteSpace(oid) ? null : oid.Trim();
}
