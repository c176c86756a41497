namespace TechBridge.Web.Errors;

public static class ApiRequests
{
    public static bool IsApi(HttpRequest request) => request is not null && IsApi(request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
