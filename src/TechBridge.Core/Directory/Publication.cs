namespace TechBridge.Core.Directory;

/// <summary>A paper, patent or report; its authors link it to people (the basis of expertise profiles).</summary>
public sealed class Publication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public string? Abstract { get; set; }
    public int Year { get; set; }
    public string? Venue { get; set; }
    public string? Doi { get; set; }

    /// <summary>ISO 639-1 language of title and abstract ("ko" or "en").</summary>
    public string Language { get; set; } = "ko";
    public bool IsDemo { get; set; }

    public List<PublicationAuthor> Authors { get; init; } = [];
}

public sealed class PublicationAuthor
{
    public Guid PublicationId { get; init; }
    public Guid PersonId { get; init; }
    public int AuthorOrder { get; set; }

    public Publication? Publication { get; set; }
    public Person? Person { get; set; }
}
