namespace TechBridge.Testing;

/// <summary>Finds the checkout's root (the folder with TechBridge.sln), for tests that read source or seed files.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "TechBridge.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TechBridge.sln not found above " + AppContext.BaseDirectory);
    }
}
