namespace IncrementalExport.Core.Model;

/// <summary>Where a table is in its export cycle.</summary>
public enum TablePhase
{
    /// <summary>Never exported: the next step is a full export (epoch 1).</summary>
    New,

    /// <summary>The intent to start an export is recorded; its ARN is not (yet). A tick re-issues the same request.</summary>
    Starting,

    /// <summary>An export with a known ARN is in flight.</summary>
    Exporting,

    /// <summary>Nothing in flight; the next window starts when it is long enough.</summary>
    Idle,

    /// <summary>Stopped until an operator resumes or resets it (see <see cref="TableState.BlockReason"/>).</summary>
    Blocked,
}
