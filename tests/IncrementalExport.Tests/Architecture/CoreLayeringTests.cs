using System.Text.RegularExpressions;
using IncrementalExport.Emulator.Servers;

namespace IncrementalExport.Tests.Architecture;

/// <summary>
/// Core's folders are layers a newcomer can draw: the imports between them (their <c>using</c> lines) form a DAG, the
/// domain records and the Lambda/stack contract import nothing, and nothing of the stack's decisions is in Core.
/// </summary>
public sealed partial class CoreLayeringTests
{
    /// <summary>Each folder and the Core folders it may import; anything else is a new edge to decide on purpose.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Contract"] = [],
        ["Aws"] = ["Model"],
        ["Settings"] = ["Aws", "Contract", "Model"],
        ["State"] = ["Aws", "Contract", "Model", "Settings"],
        ["Planning"] = ["Model", "Settings"],
        ["Lake"] = ["Aws", "Contract", "Model", "Settings", "State"],
        ["Wake"] = ["Aws", "Contract", "Model"],
        ["Engine"] = ["Aws", "Lake", "Model", "Planning", "Settings", "State", "Wake"],
        ["Reports"] = ["Engine", "Model"],
        ["Invocation"] = ["Aws", "Contract", "Engine", "Lake", "Model", "Planning", "Reports", "Settings", "State", "Wake"],
    };

    private static string CoreFolder => Path.Combine(RepositoryRoot.Find(), "src", "IncrementalExport.Core");

    [Fact]
    public void EveryFolder_ShouldImportOnlyTheFoldersBelowIt()
    {
        var imports = ReadImports();
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), imports.Keys.Order(StringComparer.Ordinal));

        var unexpected = imports
            .SelectMany(f => f.Value.Where(to => !Allowed[f.Key].Contains(to)).Select(to => $"{f.Key} -> {to}"))
            .ToList();

        Assert.Empty(unexpected);
    }

    [Fact]
    public void TheAllowedImports_ShouldFormADag()
    {
        Assert.Empty(Cycle(Allowed));
    }

    [Fact]
    public void Cycle_ShouldFindAnImportLoop()
    {
        var withLoop = new Dictionary<string, string[]>(Allowed, StringComparer.Ordinal) { ["Model"] = ["Planning"] };

        Assert.Equal(["Model", "Planning", "Model"], Cycle(withLoop));
    }

    /// <summary>Folder → the other Core folders its files import.</summary>
    private static Dictionary<string, SortedSet<string>> ReadImports()
    {
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(CoreFolder).Where(d => !Path.GetFileName(d).StartsWith("bin", StringComparison.Ordinal) && Path.GetFileName(d) != "obj"))
        {
            var name = Path.GetFileName(folder);
            var set = result[name] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match m in CoreUsing().Matches(File.ReadAllText(file)))
                {
                    var to = m.Groups["folder"].Value;
                    if (to != name)
                    {
                        set.Add(to);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>One import loop as the path that closes it, or empty when there is none.</summary>
    private static List<string> Cycle(Dictionary<string, string[]> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string> Visit(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return [];
            }

            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []))
            {
                if (Visit(next) is { Count: > 0 } loop)
                {
                    return loop;
                }
            }

            path.RemoveAt(path.Count - 1);
            return [];
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(node) is { Count: > 0 } loop)
            {
                return loop;
            }
        }

        return [];
    }

    [GeneratedRegex(@"^using IncrementalExport\.Core\.(?<folder>[A-Za-z]+)[.;]", RegexOptions.Multiline)]
    private static partial Regex CoreUsing();
}
