namespace IncrementalExport.Core.Invocation;

/// <summary>What one invocation of the function asks for.</summary>
internal enum InvocationAction
{
    Tick,
    Pause,
    Resume,
    Reset,
    Status,
    History,
}
