namespace TechBridge.Core.Data;

/// <summary>
/// Where the portal and the command-line tool keep their files when <c>TechBridge:DataDirectory</c> is not set: one
/// per-user folder (<c>~/.local/share/TechBridge</c> on Linux, <c>%LOCALAPPDATA%\TechBridge</c> on Windows), so both
/// open the same SQLite database whatever directory they are started from.
/// </summary>
public static class DataDirectories
{
    public const string SettingKey = "TechBridge:DataDirectory";

    public static string Default()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(root))
        {
            throw new InvalidOperationException(
                "This account has no home folder for application data; set TechBridge__DataDirectory to the folder that holds the database and keys.");
        }

        return Path.Combine(root, "TechBridge");
    }
}
