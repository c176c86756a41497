using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechBridge.Core.Accounts;
using TechBridge.Core.Data;

namespace TechBridge.Core.Facilities;

/// <summary>
/// The mapping every workflow timeline table shares (a support request's, a disposal case's): its key <c>Id</c>, the
/// parent it belongs to (deleted with it), the acting account <c>ActorId</c> (kept), the actor's name as shown then
/// <c>ActorName</c>, the step's <c>Kind</c> (checked against its enum), an optional <c>Text</c> and the instant <c>At</c>,
/// read in order per parent. Each configuration adds only what its timeline has besides.
/// </summary>
internal static class TimelineEventConfiguration
{
    public const int ActorNameLength = 200;
    public const int KindLength = 24;

    /// <summary>Maps <typeparamref name="TEvent"/> to <paramref name="table"/> as a timeline of <typeparamref name="TParent"/>.</summary>
    /// <param name="parentId">The name of the event's property that holds its parent's id.</param>
    /// <param name="textLength">The longest text a step may carry.</param>
    public static EntityTypeBuilder<TEvent> ConfigureTimelineEvent<TEvent, TKind, TParent>(
        this EntityTypeBuilder<TEvent> b, string table, string parentId, int textLength)
        where TEvent : class
        where TKind : struct, Enum
        where TParent : class
    {
        ArgumentNullException.ThrowIfNull(b);
        b.ToTable(table, t => t.HasCheckConstraint($"CK_{table}_Kind", CheckSql.OneOf<TKind>("Kind")));
        b.HasKey("Id");
        b.Property("ActorName").HasMaxLength(ActorNameLength);
        b.Property("Kind").HasMaxLength(KindLength);
        b.Property("Text").HasMaxLength(textLength);
        b.HasOne<TParent>().WithMany().HasForeignKey(parentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<UserAccount>().WithMany().HasForeignKey("ActorId").OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(parentId, "At");
        b.HasIndex("ActorId");
        return b;
    }
}
