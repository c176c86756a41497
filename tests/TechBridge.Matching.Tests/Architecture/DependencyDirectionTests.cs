using System.Reflection;

namespace TechBridge.Matching.Tests.Architecture;

public sealed class DependencyDirectionTests
{
    [Fact]
    public void MatchingAssembly_References_OnlyTheBaseClassLibrary()
    {
        var matching = Assembly.Load("TechBridge.Matching");

        var ours = matching.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("TechBridge", StringComparison.Ordinal)).ToList();
        var thirdParty = matching.GetReferencedAssemblies()
            .Where(a => !a.Name!.StartsWith("System", StringComparison.Ordinal) && a.Name != "netstandard" && a.Name != "mscorlib")
            .ToList();

        Assert.Empty(ours);
        Assert.Empty(thirdParty);
    }

    [Fact]
    public void CoreAssembly_References_NoHostProject()
    {
        var coreReferences = Assembly.Load("TechBridge.Core").GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("TechBridge.Web", coreReferences);
        Assert.DoesNotContain("techbridge", coreReferences);
    }
}
