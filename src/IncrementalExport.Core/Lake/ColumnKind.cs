namespace IncrementalExport.Core.Lake;

/// <summary>The type of a materialized column (see docs/materialize.md for the mapping).</summary>
public enum ColumnKind
{
    /// <summary>S: text.</summary>
    Text,

    /// <summary>N whose values are all integers within 64 bits: BIGINT.</summary>
    BigInt,

    /// <summary>N whose values all fit DECIMAL(38, Scale) exactly.</summary>
    Numeric,

    /// <summary>N whose values fit no DECIMAL(38, s): the number's exact text.</summary>
    NumberText,

    /// <summary>BOOL: BOOLEAN.</summary>
    Bool,

    /// <summary>B: binary.</summary>
    Binary,

    /// <summary>Anything else (M, L, SS, NS, BS, NULL only, or more than one type): the attribute's DynamoDB JSON.</summary>
    Json,
}
