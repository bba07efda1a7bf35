namespace IncrementalExport.Core.Deployment;

/// <summary>
/// The handler string of the Lambda's generated wrapper. Amazon.Lambda.Annotations generates
/// <c>{Namespace}.{Class}_{Method}_Generated</c> for each <c>[LambdaFunction]</c> method, so the
/// handler is <c>{Assembly}::{Namespace}.{Class}_{Method}_Generated::{Method}</c>.
/// </summary>
public static class FunctionHandler
{
    /// <summary>The function project's assembly name.</summary>
    public const string Assembly = "IncrementalExport.Function";

    /// <summary>The namespace of the function class.</summary>
    public const string Namespace = "IncrementalExport.Function";

    /// <summary>The class holding the <c>[LambdaFunction]</c> method.</summary>
    public const string Class = "ExportFunction";

    /// <summary>The one <c>[LambdaFunction]</c> method.</summary>
    public const string Method = "Handle";

    /// <summary>The handler the stack gives the Lambda (Lambda allows at most 127 characters).</summary>
    public const string Name = Assembly + "::" + Namespace + "." + Class + "_" + Method + "_Generated::" + Method;

    /// <summary>The longest handler string Lambda accepts.</summary>
    public const int MaxLength = 127;
}
