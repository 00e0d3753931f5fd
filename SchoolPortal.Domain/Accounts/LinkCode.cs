using System.Security.Cryptography;
using System.Text;
using SchoolPortal.Domain.Common;

namespace SchoolPortal.Domain.Accounts;

/// <summary>
/// A one-time code the school hands a parent (or an employee) to link their Gosuslugi account to their portal account when
/// the automatic match fails. Only its hash is kept; it works once, for <see cref="Lifetime"/>, and a new one replaces the
/// old.
/// </summary>
public sealed class LinkCode : IAudited
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public int Id { get; private set; }
    public int AccountId { get; private set; }
    public string CodeHash { get; private set; } = "";
    public int IssuedByAccountId { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private LinkCode()
    {
    }

    /// <summary>Makes a code for <paramref name="accountId"/>; the plain code (XXXX-XXXX) is returned once, to print.</summary>
    public static LinkCode Issue(int accountId, int issuedByAccountId, DateTimeOffset now, out string code)
    {
        var chars = Enumerable.Range(0, 8).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray();
        code = new string(chars, 0, 4) + "-" + new string(chars, 4, 4);
        return new LinkCode
        {
            AccountId = accountId,
            CodeHash = Hash(code),
            IssuedByAccountId = issuedByAccountId,
            IssuedAt = now,
            ExpiresAt = now + Lifetime,
        };
    }

    /// <summary>The code as typed: case, spaces and hyphens do not matter; Cyrillic look-alikes of Latin letters are accepted.</summary>
    public static string Normalize(string? typed)
    {
        var text = new StringBuilder();
        foreach (var c in (typed ?? "").ToUpperInvariant())
        {
            if (c is ' ' or '-' or '\u2013')
                continue;
            text.Append(c switch
            {
                'А' => 'A', 'В' => 'B', 'Е' => 'E', 'К' => 'K', 'М' => 'M', 'Н' => 'H', 'Р' => 'P', 'С' => 'C', 'Т' => 'T', 'Х' => 'X', 'У' => 'Y',
                _ => c,
            });
        }
        return text.ToString();
    }

    public static string Hash(string typed) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(typed))));

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && RevokedAt is null && now < ExpiresAt;

    public void Use(DateTimeOffset now)
    {
        if (!IsUsable(now))
            throw new DomainException("Код привязки уже использован или просрочен. Попросите в школе новый код.", "code");
        UsedAt = now;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
