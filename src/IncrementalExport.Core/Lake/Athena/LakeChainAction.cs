namespace IncrementalExport.Core.Lake.Athena;

/// <summary>What a tick does for a table's apply chain.</summary>
public enum LakeChainAction
{
    /// <summary>Nothing in progress: plan the next exports (and record the apply) if the history has any.</summary>
    Plan,

    /// <summary>Start the pending statement (with its deterministic token).</summary>
    Start,

    /// <summary>Ask Athena how the started statement is doing.</summary>
    Follow,

    /// <summary>Backing off after a failure.</summary>
    Wait,

    /// <summary>Stopped after too many failures until <c>resume</c>.</summary>
    Blocked,
}
