using System.Security.Cryptography;

namespace SchoolPortal.Domain.Accounts;

/// <summary>Passwords handed out on paper: 8 characters without look-alikes (0/O, 1/l/I), always changed at first sign-in.</summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New(int length = 8) =>
        new(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());
}
