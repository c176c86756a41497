namespace TechBridge.Core.Shared;

/// <summary>Orders of the equipment, technology and need lists: by name (title) in the UI language, or newest first.</summary>
public enum ListSort
{
    Name,
    Newest,
}
