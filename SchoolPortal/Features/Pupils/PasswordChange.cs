namespace SchoolPortal.Features.Pupils;

/// <summary>The result of «Сменить пароль»: the login and the new one-time password to hand over, or why it was refused.</summary>
public sealed record PasswordChange(string? Login, string? Password, string? Error)
{
    public bool Succeeded => Error is null;

    public static PasswordChange Refused(string error) => new(null, null, error);
}
