namespace IncrementalExport.Core.Lake.Athena;

/// <summary>What a tick does for a table's apply chain.</summary>
public enum LakeChainAction
{
    /// <summary>Nothing in progress: plan the next exports (and record their typing query) if the history has any.</summary>
    Plan,

    /// <summary>Start the pending statement (with its deterministic token).</summary>
    Start,

    /// <summary>Ask Athena how the started statement is doing.</summary>
    Follow,

    /// <summary>The typing query succeeded: read its results and record the apply's statements.</summary>
    ReadTyping,

    /// <summary>Backing off after a failure.</summary>
    Wait,

    /// <summary>Stopped after too many failures until <c>resume</c>.</summary>
    Blocked,
}
