using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Accounts;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>The application card, read through the user's scope: another school's application is simply not found.</summary>
public sealed class ApplicationCardService(PortalDb portalDb, ChildrenInRegion children, TimeProvider clock)
{
    public async Task<ApplicationCard?> CardAsync(int id, CancellationToken ct = default)
    {
        var user = EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var a = await db.EnrollmentApplications.AsNoTracking().Include(x => x.History).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
            return null;
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == a.SchoolId).Select(s => s.ShortName).SingleAsync(ct);
        var messages = await db.EpguStatusMessages.AsNoTracking().Where(m => m.ApplicationId == id).OrderBy(m => m.Id).ToListAsync(ct);
        var duplicateOf = a.DuplicateOfId is { } original
            ? await db.EnrollmentApplications.Where(x => x.Id == original).Select(x => x.Number).SingleOrDefaultAsync(ct)
            : null;
        var order = await db.EnrollmentOrderLines.Where(l => l.ApplicationId == id)
            .Join(db.EnrollmentOrders, l => l.OrderId, o => o.Id, (l, o) => new { o.Number, o.Date, o.ClassName })
            .SingleOrDefaultAsync(ct);
        var campaign = await EnrollmentSettings.CampaignAsync(db, a.Year, ct);
        var today = CardCalendar.Today(clock);
        var acts = user.Has(Role.SchoolAdmin) && user.SchoolId == a.SchoolId ? ApplicationActions.AllowedNow(a.Status) : [];
        var directBlocked = a.Kind == ApplicationKind.FirstGrade && a.Stage == AdmissionStage.FirstStage && !campaign.MayDirectFirstStage(today)
            ? $"Заявления первого этапа направляются в ООО с {campaign.DirectingAllowedFrom:dd.MM.yyyy} (п. 17 Порядка приема, Приказ № 458)."
            : null;
        var found = a.Status is ApplicationStatus.Enrolled or ApplicationStatus.Refused or ApplicationStatus.Withdrawn
            ? []
            : await children.FindAsync(new ChildSearch(a.ChildDocument, a.ChildSnils, a.ChildName, a.ChildBirthDate), ct);
        return new ApplicationCard
        {
            Id = a.Id, Number = a.Number, Channel = a.Channel, EpguOrderId = a.EpguOrderId, EpguFiledAt = a.EpguFiledAt, FiledOn = a.FiledOn,
            Kind = a.Kind, SchoolId = a.SchoolId, SchoolName = school, Year = a.Year, TenthGradeProfile = a.TenthGradeProfile, Status = a.Status,
            Stage = a.Stage, RefusalReason = a.RefusalReason,
            ChildName = a.ChildName.Full, ChildBirthDate = a.ChildBirthDate, ChildGender = a.ChildGender == Gender.Female ? "женский" : "мужской",
            ChildSnils = a.ChildSnils?.ToString(), ChildDocument = a.ChildDocument?.ToString(), ChildDocumentIssuedOn = a.ChildDocument?.IssuedOn,
            ChildBirthActNumber = a.ChildBirthActNumber, ResidenceAddress = a.ResidenceAddress?.Text, RegistrationAddress = a.RegistrationAddress?.Text,
            ApplicantName = a.ApplicantName.Full, ApplicantDocument = a.ApplicantDocument, ApplicantPhone = a.ApplicantPhone?.ToString(),
            ApplicantEmail = a.ApplicantEmail?.ToString(), ApplicantRelation = a.ApplicantRelation,
            Right = a.Right, RightDocument = a.RightDocument, SiblingName = a.SiblingName, LivesOnTerritory = a.LivesOnTerritory,
            MatchedTerritoryLine = a.MatchedTerritoryLine, Language = a.Language, NeedsAdaptedProgramme = a.NeedsAdaptedProgramme,
            FounderPermission = a.FounderPermission, FounderPermissionDocument = a.FounderPermissionDocument,
            AgeNote = a.Kind == ApplicationKind.FirstGrade ? AdmissionAge.FounderPermissionReason(a.ChildBirthDate, a.Year) : null,
            DuplicateOfId = a.DuplicateOfId, DuplicateOfNumber = duplicateOf, PupilId = a.PupilId,
            EnrollmentOrder = order is null ? null : $"№ {order.Number} от {CardCalendar.Format(order.Date)}, класс {order.ClassName}",
            History = a.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new ApplicationHistoryRow(h.Status, h.At, h.By, h.Comment)).ToList(),
            EpguMessages = messages.Select(m => new EpguMessageRow(m.Id, m.Code, EnrollmentNames.Name(m.Status), m.Comment, m.CreatedAt, m.SentAt)).ToList(),
            Actions = acts, DirectBlockedReason = directBlocked,
            FreePlaces = await FreePlaces.OfAsync(db, a.SchoolId, a.Year, a.Kind, ct),
            ChildrenInRegion = found,
        };
    }
}
