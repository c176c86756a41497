using TechBridge.Core.Accounts;

namespace TechBridge.Web.Auth;

/// <summary>Named authorization policies. Anything not named here needs at least a signed-in user (the fallback policy).</summary>
public static class Policies
{
    public const string Administrator = "Administrator";

    /// <summary>May create and change directory entries.</summary>
    public const string DirectoryEditor = "DirectoryEditor";

    public static readonly string[] DirectoryEditorRoles = [Roles.Administrator, Roles.ProgramManager, Roles.Coordinator];

    /// <summary>May file technology needs and change them (for the company the account belongs to, which Core checks).</summary>
    public const string NeedAuthor = "NeedAuthor";

    /// <summary>May manage equipment (center operators their center's, which Core checks; program managers and administrators any).</summary>
    public const string EquipmentEditor = "EquipmentEditor";

    public static readonly string[] EquipmentEditorRoles = [Roles.CenterOperator, Roles.ProgramManager, Roles.Administrator];

    /// <summary>Oversees i-Platform: sets the industries' representative institutions (program managers and administrators).</summary>
    public const string FacilitiesOverseer = "FacilitiesOverseer";

    /// <summary>Manages calls for proposals: drafts, publishes, extends and closes them (program managers and administrators).</summary>
    public const string CallManager = "CallManager";

    /// <summary>Sees equipment utilisation (operators their center's, coordinators their industries', overseers all; Core scopes it).</summary>
    public const string UtilisationViewer = "UtilisationViewer";

    public static readonly string[] UtilisationViewerRoles = [Roles.CenterOperator, Roles.Coordinator, Roles.ProgramManager, Roles.Administrator];

    /// <summary>Follows equipment disposal cases (operators their center's and incoming transfers, coordinators their industries', overseers all; Core scopes and checks each step).</summary>
    public const string DisposalViewer = "DisposalViewer";

    public static readonly string[] DisposalViewerRoles = [Roles.CenterOperator, Roles.Coordinator, Roles.ProgramManager, Roles.Administrator];

    /// <summary>Reads monthly statements (a company its own; operators and coordinators the lines of their scope; overseers all; Core scopes it).</summary>
    public const string StatementReader = "StatementReader";

    public static readonly string[] StatementReaderRoles = [Roles.Company, Roles.CenterOperator, Roles.Coordinator, Roles.ProgramManager, Roles.Administrator];

    /// <summary>Reads the marketplace funnel dashboard, its export and API (coordinators, program managers and administrators).</summary>
    public const string FunnelViewer = "FunnelViewer";

    public static readonly string[] FunnelViewerRoles = [Roles.Coordinator, Roles.ProgramManager, Roles.Administrator];
}
