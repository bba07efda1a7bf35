using System.Text.Json;
using Amazon.Lambda.Core;
using IncrementalExport.Core.Reports;

// Required by Amazon.Lambda.Annotations (build error AWSLambda0108 without it).
[assembly: LambdaSerializer(typeof(IncrementalExport.Function.ReportLambdaSerializer))]

namespace IncrementalExport.Function;

/// <summary>
/// Reads the payload and writes the response with the reports' source-generated context and encoder
/// (docs/reports.md), so the function answers exactly what the CLI's --json prints for the same action. Not
/// SourceGeneratorLambdaJsonSerializer: it builds the context over Lambda's own options (PascalCase names, its own
/// time format), which would give the response a second shape.
/// </summary>
public sealed class ReportLambdaSerializer : ILambdaSerializer
{
    /// <inheritdoc/>
    public T Deserialize<T>(Stream requestStream) =>
        (T)(JsonSerializer.Deserialize(requestStream, typeof(T), ReportJsonContext.Default)
            ?? throw new JsonException($"the payload is not a {typeof(T).Name}"));

    /// <inheritdoc/>
    public void Serialize<T>(T response, Stream responseStream)
    {
        using var writer = new Utf8JsonWriter(responseStream, ReportJson.WriterOptions(indented: false));
        JsonSerializer.Serialize(writer, response, typeof(T), ReportJsonContext.Default);
    }
}
