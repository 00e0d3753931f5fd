using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Access;
using SchoolPortal.Infrastructure.Jobs;
using SchoolPortal.Integrations.EpguEnrollment;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Поиск заявления» for the support desk (the briefing's «Не найдено заявление, поданное с ЕПГУ» and «Проблема при изменении
/// статуса заявления»): by the child's birth certificate or by the EPGU number and registration date, through the user's
/// scope; each application with its school, history, EPGU messages and what stops a change now, in Russian. The region
/// operator also sees EPGU messages set aside as unreadable that carry the number, with their errors.
/// </summary>
public sealed class ApplicationLookupService(PortalDb portalDb, ApplicationCardService cards, IEpguEnrollmentGateway gateway, IOptions<SupportContacts> support)
{
    public const int MaxFound = 20;
    public const int MaxRejected = 10;

    public SupportContacts Support => support.Value;

    public async Task<LookupResult> FindAsync(LookupQuery query, CancellationToken ct = default)
    {
        var user = EnrollmentAccess.Reader(await portalDb.UserAsync());
        var number = query.DocumentNumber?.Trim();
        var epgu = query.EpguNumber?.Trim();
        if (string.IsNullOrEmpty(number) && string.IsNullOrEmpty(epgu))
            return LookupResult.Refused("Укажите номер свидетельства о рождении ребёнка или номер заявления на ЕПГУ.");
        long? orderId = null;
        if (!string.IsNullOrEmpty(epgu))
        {
            if (!long.TryParse(epgu, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
                return LookupResult.Refused("Номер заявления на ЕПГУ — это только цифры, например 3700001234.");
            orderId = parsed;
        }

        List<int> ids;
        await using (var db = await portalDb.OpenAsync())
        {
            var applications = db.EnrollmentApplications.AsNoTracking();
            applications = orderId is { } id
                ? applications.Where(a => a.EpguOrderId == id)
                : ChildDocumentSearch.Matching(applications, number!, query.DocumentSeries);
            ids = await applications.OrderByDescending(a => a.FiledOn).ThenByDescending(a => a.Id).Select(a => a.Id).Take(MaxFound).ToListAsync(ct);
        }

        var found = new List<LookupFinding>();
        foreach (var id in ids)
            if (await cards.CardAsync(id, ct) is { } card)
                found.Add(new LookupFinding(card, ApplicationActions.AllowedNow(card.Status).Select(ApplicationActions.Title).ToList(), Blocks(card),
                    DateMismatch(card, query.EpguDate)));
        var rejected = orderId is { } order && user.Has(Role.RegionOperator)
            ? await gateway.FindRejectedAsync(order, MaxRejected, ct)
            : [];
        return new LookupResult(found, rejected, Explanation(found, rejected, orderId, user));
    }

    /// <summary>What stops a status change of this application today, each in one sentence.</summary>
    public static IReadOnlyList<string> Blocks(ApplicationCard card)
    {
        var blocks = new List<string>();
        if (card.Status is ApplicationStatus.Enrolled or ApplicationStatus.Refused or ApplicationStatus.Withdrawn)
            blocks.Add($"Заявление в статусе «{card.StatusName}»: этот статус окончательный и больше не меняется; " +
                "если ребёнку нужна другая школа или новое решение, подаётся новое заявление.");
        if (card.DuplicateOfId is not null)
            blocks.Add($"Заявление отмечено как повторное (первое — № {card.DuplicateOfNumber}): решение принимается по первому заявлению.");
        if (card.Status != ApplicationStatus.Directed && card.DirectBlockedReason is { } direct
            && card.Status is ApplicationStatus.UnderReview or ApplicationStatus.Invited)
            blocks.Add(direct);
        if (card.Status == ApplicationStatus.Directed)
            blocks.Add("«Зачислен» ставится только распорядительным актом о зачислении («Зачисление → Распорядительный акт о зачислении»), не из карточки.");
        if (card.AgeNote is { } age && !card.FounderPermission && card.Status is not (ApplicationStatus.Enrolled or ApplicationStatus.Refused or ApplicationStatus.Withdrawn))
            blocks.Add($"{age} Без разрешения учредителя ребёнка не зачислить.");
        return blocks;
    }

    private static string? DateMismatch(ApplicationCard card, DateOnly? date)
    {
        if (date is not { } asked || card.EpguFiledAt is not { } filed)
            return null;
        var registered = DateOnly.FromDateTime(RegionTime.ToRegion(filed).DateTime);
        return registered == asked
            ? null
            : $"Заявление с этим номером зарегистрировано на ЕПГУ {registered:dd.MM.yyyy}, а не {asked:dd.MM.yyyy}: уточните дату у заявителя.";
    }

    private static string? Explanation(List<LookupFinding> found, IReadOnlyList<EpguRejectedMessage> rejected, long? orderId, PortalUser user)
    {
        if (found.Count > 0)
            return null;
        if (rejected.Count > 0)
            return "Заявление с ЕПГУ поступило в портал, но не принято: сообщение не прошло проверку (ошибки ниже). " +
                "Заявителю нужно подать заявление на ЕПГУ заново; школа его не видит.";
        var scope = user.Has(Role.RegionOperator) ? "в регионе" : user.Has(Role.MunicipalOperator) ? "в вашем муниципалитете" : "в вашей школе";
        return orderId is { } id
            ? $"Заявления с номером ЕПГУ {id} {scope} нет. Проверьте номер у заявителя (он в личном кабинете Госуслуг). Входящие ЕПГУ " +
                "читаются каждую минуту: заявление, поданное только что, появится через несколько минут. Если его нет и через час, " +
                "обратитесь в службу поддержки региона."
            : $"Заявлений с таким свидетельством о рождении {scope} нет. Проверьте серию и номер; заявление другой школы видит её " +
                "администратор, муниципальный оператор и оператор региона.";
    }
}
