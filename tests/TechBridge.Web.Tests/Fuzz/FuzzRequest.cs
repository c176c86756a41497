using System.Net.Http.Headers;

namespace TechBridge.Web.Tests.Fuzz;

/// <summary>One request of the fuzz run: what to send, and a short description of the bad input for the failure list.</summary>
public sealed record FuzzRequest(string Method, string Url, string Input, byte[]? Body = null, string? ContentType = null)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        return message;
    }
}
