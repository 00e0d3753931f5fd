namespace SchoolPortal.Integrations.EpguEnrollment;

/// <summary>
/// The names, codes, version and limits of the EPGU enrollment messages (docs/epgu-enrollment.md describes them and keeps
/// their history). A message of another format or version is refused as a whole.
/// </summary>
public static class EpguEnrollmentFormat
{
    public const string Version = "1.0";
    public const string Application = "epgu-enrollment-application";
    public const string Status = "epgu-enrollment-status";

    /// <summary>
    /// An application of Gosuslugi service 600173 «Организация отдыха детей в каникулярное время» (a summer camp voucher):
    /// the second kind of message in the same inbox, told apart by this <c>format</c> (and its <c>serviceCode</c>).
    /// </summary>
    public const string CampApplication = "epgu-camp-application";

    /// <summary>The Gosuslugi service code a camp application carries in <c>serviceCode</c>.</summary>
    public const string CampServiceCode = "600173";

    /// <summary>At most this many shifts, in order of preference (as the portal's own form).</summary>
    public const int MaxCampShifts = 3;

    /// <summary>A message file larger than this is set aside unread: an application is a few kilobytes.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    /// <summary>Nesting deeper than this is not an application.</summary>
    public const int MaxDepth = 8;

    // serviceType
    public const string FirstGrade = "grade1";
    public const string TenthGrade = "grade10";
    public const string Transfer = "transfer";

    // childSex
    public const string Male = "male";
    public const string Female = "female";

    // personType: who files for the child
    public const string Mother = "mother";
    public const string Father = "father";
    public const string Guardian = "guardian";
    public const string Trustee = "trustee";
    public const string OtherRepresentative = "other";

    // identityDocType of the applicant
    public const string RfPassport = "rf-passport";
    public const string ForeignDocument = "foreign";

    // benefitCategory (Order 458)
    public const string Extraordinary = "extraordinary";
    public const string FirstPriority = "first-priority";
    public const string Sibling = "sibling";

    // The longest strings the reader accepts; the domain's own limits are checked again when the message is mapped.
    public const int MaxNameLength = 60;
    public const int MaxCodeLength = 12;
    public const int MaxSeriesLength = 20;
    public const int MaxNumberLength = 30;
    public const int MaxPhoneLength = 30;
    public const int MaxEmailLength = 254;
    public const int MaxAddressLength = 500;
    public const int MaxTextLength = 300;
    public const int MaxCommentLength = 4000;
    public const int MaxSnilsLength = 14;

    public static readonly string[] ServiceTypes = [FirstGrade, TenthGrade, Transfer];
    public static readonly string[] Sexes = [Male, Female];
    public static readonly string[] PersonTypes = [Mother, Father, Guardian, Trustee, OtherRepresentative];
    public static readonly string[] IdentityDocTypes = [RfPassport, ForeignDocument];
    public static readonly string[] BenefitCategories = [Extraordinary, FirstPriority, Sibling];
}
