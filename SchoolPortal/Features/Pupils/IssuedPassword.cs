namespace SchoolPortal.Features.Pupils;

/// <summary>One line of the password list: who, class, role (ученик/родитель), login and the one-time password.</summary>
public sealed record IssuedPassword(string FullName, string ClassName, string Role, string Login, string Password);
