using Microsoft.EntityFrameworkCore;
using SchoolPortal.Domain.Common;
using SchoolPortal.Domain.Enrollment;
using SchoolPortal.Infrastructure.Access;

namespace SchoolPortal.Features.Enrollment;

/// <summary>
/// The campaign settings per year (defaults of Order 458 until the region operator saves its own) and the production
/// calendar editor. Everyone in «Управление» reads them; only the region operator changes them, audited.
/// </summary>
public sealed class CampaignSettingsService(PortalDb portalDb, EnrollmentSettings settings)
{
    public async Task<CampaignView> CampaignAsync(int year, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        var saved = await db.AdmissionCampaigns.AnyAsync(c => c.Year == year, ct);
        var campaign = await EnrollmentSettings.CampaignAsync(db, year, ct);
        var calendar = await settings.CalendarAsync(db, ct);
        return new CampaignView(Form(campaign), saved, campaign.OrderDeadline(calendar));
    }

    public async Task<EnrollmentResult> SaveCampaignAsync(CampaignForm form, CancellationToken ct = default)
    {
        EnrollmentAccess.RegionOperator(await portalDb.UserAsync(), "Менять сроки приёмной кампании");
        // The bounds are checked against each other: depending on the change, the stages or the directing day must move first.
        var orders = new Action<AdmissionCampaign>[]
        {
            c => { Stages(c, form); c.ChangeDirectingAllowedFrom(form.DirectingAllowedFrom); },
            c => { c.ChangeDirectingAllowedFrom(form.DirectingAllowedFrom); Stages(c, form); },
        };
        Action<AdmissionCampaign>? apply = null;
        DomainException? first = null;
        foreach (var order in orders)
        {
            try
            {
                var scratch = AdmissionCampaign.Default(form.Year);
                order(scratch);
                apply = order;
                break;
            }
            catch (DomainException e)
            {
                first ??= e;
            }
        }
        if (apply is null)
            return EnrollmentResult.Refused(first!.Message, first.Field);
        await using var db = await portalDb.OpenAsync();
        var campaign = await db.AdmissionCampaigns.SingleOrDefaultAsync(c => c.Year == form.Year, ct);
        if (campaign is null)
            db.AdmissionCampaigns.Add(campaign = AdmissionCampaign.Default(form.Year));
        try
        {
            apply(campaign);
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }
        await db.SaveChangesAsync(ct);
        return EnrollmentResult.Done($"Сроки приёмной кампании {campaign.AcademicYear} сохранены.", campaign.Id);
    }

    public async Task<IReadOnlyList<CalendarDayRow>> CalendarAsync(int year, CancellationToken ct = default)
    {
        EnrollmentAccess.Reader(await portalDb.UserAsync());
        await using var db = await portalDb.OpenAsync();
        await settings.CalendarAsync(db, ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayRow(d.Date, d.Kind, d.Comment)).ToListAsync(ct);
    }

    /// <summary>Adds the date as an exception of the calendar, or changes its kind and comment.</summary>
    public async Task<EnrollmentResult> SetDayAsync(DateOnly date, CalendarDayKind kind, string? comment, CancellationToken ct = default)
    {
        EnrollmentAccess.RegionOperator(await portalDb.UserAsync(), "Менять производственный календарь");
        await using var db = await portalDb.OpenAsync();
        await settings.CalendarAsync(db, ct);
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct);
        try
        {
            if (day is null)
                db.CalendarDays.Add(day = new CalendarDay(date, kind, comment));
            else
                day.Change(kind, comment);
        }
        catch (DomainException e)
        {
            return EnrollmentResult.Refused(e.Message, e.Field);
        }
        await db.SaveChangesAsync(ct);
        return EnrollmentResult.Done($"{date:dd.MM.yyyy}: {new CalendarDayRow(date, kind, comment).KindName.ToLowerInvariant()}.", day.Id);
    }

    /// <summary>The date becomes an ordinary day again (working Monday–Friday, off at the weekend).</summary>
    public async Task<EnrollmentResult> RemoveDayAsync(DateOnly date, CancellationToken ct = default)
    {
        EnrollmentAccess.RegionOperator(await portalDb.UserAsync(), "Менять производственный календарь");
        await using var db = await portalDb.OpenAsync();
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date, ct);
        if (day is null)
            return EnrollmentResult.Refused($"{date:dd.MM.yyyy} — обычный день календаря: убирать нечего.");
        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(ct);
        return EnrollmentResult.Done($"{date:dd.MM.yyyy} снова обычный день.");
    }

    private static void Stages(AdmissionCampaign c, CampaignForm form)
    {
        c.ChangeStages(form.FirstStageStart, form.FirstStageEnd, form.SecondStageStart, form.SecondStageEnd);
        c.ChangeOrderWorkingDays(form.OrderWorkingDays);
    }

    private static CampaignForm Form(AdmissionCampaign c) =>
        new(c.Year, c.FirstStageStart, c.FirstStageEnd, c.SecondStageStart, c.SecondStageEnd, c.OrderWorkingDays, c.DirectingAllowedFrom);
}
