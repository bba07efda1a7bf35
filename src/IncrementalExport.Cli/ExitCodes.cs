namespace IncrementalExport.Cli;

/// <summary>The process exit codes, documented in docs/cli.md; scripts branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran (a tick that left a table Blocked still counts: the report says so).</summary>
    public const int Success = 0;

    /// <summary>
    /// The command was stopped: unreadable or invalid settings, an AWS error, an unreachable endpoint; or a run/plan in
    /// which a table's step was Error, or no table could be handled at all (every step Deferred or Error).
    /// </summary>
    public const int RuntimeError = 1;

    /// <summary>
    /// The command line is wrong: unknown command or option, missing value, bad time, unknown table, or a reset --from
    /// outside the table's PITR window.
    /// </summary>
    public const int UsageError = 2;
}
