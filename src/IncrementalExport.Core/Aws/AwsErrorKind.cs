namespace IncrementalExport.Core.Aws;

/// <summary>How the engine reacts to an AWS error, decided from its ErrorCode in one place.</summary>
public enum AwsErrorKind
{
    /// <summary>Throttling, 5xx, LimitExceededException: leave the state as it is; the next tick retries.</summary>
    Transient,

    /// <summary>ConditionalCheckFailedException: another invocation moved the state first.</summary>
    ConditionFailed,

    /// <summary>TableNotFoundException / ResourceNotFoundException on a source table.</summary>
    TableNotFound,

    /// <summary>PointInTimeRecoveryUnavailableException.</summary>
    PitrUnavailable,

    /// <summary>InvalidExportTimeException.</summary>
    InvalidExportTime,

    /// <summary>ExportConflictException: the client token was used with other parameters.</summary>
    ExportConflict,

    /// <summary>ExportNotFoundException.</summary>
    ExportNotFound,

    /// <summary>Anything else (validation, access denied, …): counted as a failure of the window.</summary>
    Permanent,
}
