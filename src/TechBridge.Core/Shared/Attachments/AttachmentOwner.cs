namespace TechBridge.Core.Shared.Attachments;

/// <summary>What attachments hang on: an owner type (see <see cref="AttachmentOwnerTypes"/>) and its id.</summary>
public sealed record AttachmentOwner(string Type, Guid Id)
{
    public static AttachmentOwner Equipment(Guid id) => new(AttachmentOwnerTypes.Equipment, id);

    public static AttachmentOwner SupportRequest(Guid id) => new(AttachmentOwnerTypes.SupportRequest, id);

    public static AttachmentOwner Proposal(Guid id) => new(AttachmentOwnerTypes.Proposal, id);

    public static AttachmentOwner InquiryMessage(Guid id) => new(AttachmentOwnerTypes.InquiryMessage, id);

    public static AttachmentOwner DealStep(Guid id) => new(AttachmentOwnerTypes.DealStep, id);

    public static AttachmentOwner TechnologyMaterial(Guid technologyId) => new(AttachmentOwnerTypes.TechnologyMaterial, technologyId);
}

public static class AttachmentOwnerTypes
{
    public const string Equipment = "Equipment";
    public const string SupportRequest = "SupportRequest";
    public const string Proposal = "Proposal";
    public const string InquiryMessage = "InquiryMessage";
    public const string DealStep = "DealStep";

    /// <summary>A public technology's marketing material (brochure, slides, photos); the owner id is the technology's.</summary>
    public const string TechnologyMaterial = "TechnologyMaterial";
}
