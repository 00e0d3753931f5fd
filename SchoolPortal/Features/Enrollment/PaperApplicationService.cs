using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Domain.People;
using SchoolPortal.Infrastructure;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// «Новое заявление»: the school registers an application brought on paper with the same rules as one from EPGU: the
/// domain's validation, the territory matched from the address, the campaign's windows, and one active grade-1 application
/// per child in the region's campaign (a repeat is saved as a duplicate of the first and refused, never accepted twice). The
/// child's card in the region (a transfer's current card, a leaver's) is found by the enrolment order, not typed here.
/// </summary>
public sealed class PaperApplicationService(PortalDb portalDb, RepeatedApplications repeated, TimeProvider clock)
{
    public async Task<EnrollmentResult> RegisterAsync(PaperApplicationForm form, CancellationToken ct = default)
    {
        var user = await portalDb.UserAsync();
        var schoolId = EnrollmentAccess.SchoolAdmin(user, "Регистрировать заявления");
        if (form.Channel == ApplicationChannel.Epgu)
            return EnrollmentResult.Refused("Заявления с ЕПГУ поступают через шлюз ЕПГУ: здесь регистрируются заявления, принятые в школе.", "channel");
        await using var db = await portalDb.OpenAsync();
        var today = CardCalendar.Today(clock);
        var now = clock.GetUtcNow();
        var who = EnrollmentAccess.Who(user);
        EnrollmentApplication application;
        try
        {
            var filedOn = form.FiledOn ?? today;
            if (filedOn > today)
                throw new DomainException("Дата подачи заявления не может быть в будущем.", "filedOn");
            var year = form.Year ?? CampaignYear.For(form.Kind, filedOn);
            var number = await ApplicationNumbers.NextAsync(db, schoolId, year, ct);
            application = new EnrollmentApplication(number, form.Channel, form.Kind, schoolId, year, filedOn,
                PersonName.Create(form.ChildSurname, form.ChildFirstName, form.ChildPatronymic, form.ChildNoPatronymic),
                form.ChildBirthDate ?? throw new DomainException("Укажите дату рождения ребёнка.", "childBirthDate"),
                form.ChildGender ?? throw new DomainException("Укажите пол ребёнка.", "childGender"),
                PersonName.Create(form.ApplicantSurname, form.ApplicantFirstName, form.ApplicantPatronymic, form.ApplicantNoPatronymic),
                who, now);
            var document = string.IsNullOrWhiteSpace(form.ChildDocumentNumber)
                ? null
                : IdentityDocument.Create(form.ChildDocumentKind, form.ChildDocumentSeries, form.ChildDocumentNumber, form.ChildDocumentIssuedOn);
            if (document is null && form.Kind == ApplicationKind.FirstGrade)
                throw new DomainException("Укажите свидетельство о рождении ребёнка (или иностранный документ).", "childDocument");
            application.ChangeChild(application.ChildName, application.ChildBirthDate, application.ChildGender,
                string.IsNullOrWhiteSpace(form.ChildSnils) ? null : Snils.Parse(form.ChildSnils), document, form.ChildBirthActNumber,
                OptionalAddress(form.ResidenceAddress, "Адрес проживания"), OptionalAddress(form.RegistrationAddress, "Адрес регистрации"));
            application.ChangeApplicant(application.ApplicantName, form.ApplicantDocument,
                string.IsNullOrWhiteSpace(form.ApplicantPhone) ? null : PhoneNumber.Parse(form.ApplicantPhone),
                string.IsNullOrWhiteSpace(form.ApplicantEmail) ? null : Email.Parse(form.ApplicantEmail), form.ApplicantRelation);
            application.ChangeRight(form.Right, form.RightDocument, form.SiblingName);
            application.ChangeEducation(form.Language, form.NeedsAdaptedProgramme, form.TenthGradeProfile);
            application.ChangeFounderPermission(form.FounderPermission, form.FounderPermissionDocument);
            var lines = await db.TerritoryLines.AsNoTracking().Where(l => l.SchoolId == schoolId).ToListAsync(ct);
            application.MatchTerritory(new AddressMatcher(lines));
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }

        string message;
        if (await repeated.FindOriginalAsync(application, ct) is { } original)
        {
            application.MarkDuplicateOf(original.Id, original.Number, who, now);
            message = $"Заявление № {application.Number} сохранено как повторное: на ребёнка уже подано заявление № {original.Number}. " +
                "Повторное заявление не рассматривается (статус «Отказано»).";
        }
        else
        {
            try
            {
                application.Register(who, now, await EnrollmentSettings.CampaignAsync(db, application.Year, ct));
            }
            catch (DomainException e)
            {
                return EnrollmentResult.Refused(e.Message, e.Field);
            }
            message = application.LivesOnTerritory
                ? $"Заявление № {application.Number} зарегистрировано. Адрес на закреплённой территории: {application.MatchedTerritoryLine}."
                : $"Заявление № {application.Number} зарегистрировано. Адрес не найден на закреплённой территории школы.";
        }
        db.EnrollmentApplications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return EnrollmentResult.Refused("Номер заявления только что занял другой пользователь: нажмите «Сохранить» ещё раз.");
        }
        return EnrollmentResult.Done(message, application.Id);
    }

    private static Address? OptionalAddress(string? text, string label) => string.IsNullOrWhiteSpace(text) ? null : Address.Parse(text, label);
}
