namespace TechBridge.Core.Marketplace.Inquiries;

/// <summary>What an inquiry was sent from: a marketplace or directory hit.</summary>
public enum InquirySubjectKind
{
    Technology,
    Need,
    Organization,
    Person,
}
