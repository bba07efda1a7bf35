namespace IncrementalExport.Core.Model;

/// <summary>Why a table is Blocked; decides whether a tick may unblock it by itself.</summary>
public enum BlockReason
{
    /// <summary>Not blocked.</summary>
    None,

    /// <summary>Point-in-time recovery is off; re-checked every tick and cleared when it is back on.</summary>
    PitrDisabled,

    /// <summary>The table does not exist; re-checked every tick.</summary>
    TableNotFound,

    /// <summary>The watermark fell out of the PITR window; needs a reset (or onPitrGap = fullExport).</summary>
    PitrGap,

    /// <summary>The same window failed too many times in a row; needs a resume.</summary>
    ExportFailures,

    /// <summary>The requested full-export time is outside the PITR window; needs a reset with another time.</summary>
    StartTimeOutsidePitrWindow,
}
