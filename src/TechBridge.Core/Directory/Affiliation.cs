namespace TechBridge.Core.Directory;

/// <summary>A person's position at an organisation over a period; <see cref="EndDate"/> null means current.</summary>
public sealed class Affiliation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    public Guid OrganizationId { get; set; }
    public string? Role { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public Person? Person { get; set; }
    public Organization? Organization { get; set; }

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);
}
