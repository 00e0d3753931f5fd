namespace SchoolPortal.Domain.Camps;

/// <summary>How a camp application was filed.</summary>
public enum CampChannel
{
    /// <summary>By the parent in «Летний отдых» (password or Gosuslugi sign-in).</summary>
    Portal = 1,

    /// <summary>On Gosuslugi, service 600173, through the EPGU inbox.</summary>
    Epgu = 2,

    /// <summary>Registered by a school or an operator on the parent's behalf.</summary>
    OnBehalf = 3,
}
