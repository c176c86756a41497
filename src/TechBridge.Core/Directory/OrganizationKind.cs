namespace TechBridge.Core.Directory;

public enum OrganizationKind
{
    Company,
    University,
    ResearchInstitute,
    OverseasInstitution,
    EquipmentCenter,
    CooperationCenter,
    Agency,
}
