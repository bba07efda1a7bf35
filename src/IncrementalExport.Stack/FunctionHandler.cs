using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace IncrementalExport.Stack;

/// <summary>
/// The Lambda handler string, read from the built function assembly rather than written down: Amazon.Lambda.Annotations
/// generates a class <c>{Class}_{Method}_Generated</c> for each <c>[LambdaFunction]</c> method, and the handler is
/// <c>{Assembly}::{Namespace}.{Class}_{Method}_Generated::{Method}</c>. Reading it from the build means a renamed
/// class or method changes the stack's handler with it.
/// </summary>
public static class FunctionHandler
{
    /// <summary>The function assembly's file name in the published folder.</summary>
    public const string AssemblyFile = "IncrementalExport.Function.dll";

    /// <summary>The longest handler string Lambda accepts.</summary>
    public const int MaxLength = 127;

    private const string GeneratedSuffix = "_Generated";

    /// <summary>The handler of the one generated wrapper in the assembly at <paramref name="assemblyPath"/>.</summary>
    /// <exception cref="InvalidOperationException">The file holds no generated wrapper, or more than one.</exception>
    public static string Read(string assemblyPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assemblyPath);
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var assembly = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        var handlers = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var name = metadata.GetString(type.Name);
            if (!name.EndsWith(GeneratedSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            // {Class}_{Method}_Generated declares a public method {Method}.
            var stem = name[..^GeneratedSuffix.Length];
            var method = type.GetMethods()
                .Select(m => metadata.GetMethodDefinition(m))
                .Where(m => (m.Attributes & System.Reflection.MethodAttributes.Public) != 0)
                .Select(m => metadata.GetString(m.Name))
                .FirstOrDefault(m => stem.EndsWith("_" + m, StringComparison.Ordinal));
            if (method is not null)
            {
                handlers.Add($"{assembly}::{metadata.GetString(type.Namespace)}.{name}::{method}");
            }
        }

        return handlers.Count == 1
            ? Check(handlers[0])
            : throw new InvalidOperationException(
                $"{assemblyPath} should hold exactly one Amazon.Lambda.Annotations wrapper (*{GeneratedSuffix}); found {handlers.Count}: {string.Join(", ", handlers)}");
    }

    private static string Check(string handler) =>
        handler.Length <= MaxLength
            ? handler
            : throw new InvalidOperationException($"The handler '{handler}' is longer than Lambda's {MaxLength} characters.");
}
