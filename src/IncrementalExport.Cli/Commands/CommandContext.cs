using Amazon.DynamoDBv2;
using IncrementalExport.Cli.Output;
using IncrementalExport.Cli.Parsing;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli.Commands;

/// <summary>What a command works with once the command line and the settings are known to be good.</summary>
internal sealed class CommandContext
{
    private readonly Lazy<IExportEngine> _engine;

    public CommandContext(
        ParsedCommand parsed,
        ExportSettings settings,
        IReadOnlyList<string> tables,
        IAmazonDynamoDB dynamoDb,
        CliServices services,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        Parsed = parsed;
        Settings = settings;
        Tables = tables;
        DynamoDb = dynamoDb;
        Services = services;
        Output = output;
        CancellationToken = cancellationToken;
        Formatter = parsed.Json ? new JsonFormatter(parsed.Command) : new TextFormatter();

        // Built on first use: init needs no engine.
        _engine = new Lazy<IExportEngine>(() => services.EngineFactory(settings, dynamoDb, services.Time));
    }

    /// <summary>What the command line gave.</summary>
    public ParsedCommand Parsed { get; }

    public ExportSettings Settings { get; }

    /// <summary>The configured names of the tables given with --table, in order; empty for "every table".</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>The tables for the engine: null for every configured table.</summary>
    public IReadOnlyCollection<string>? SelectedTables => Tables.Count == 0 ? null : Tables;

    /// <summary>The single --table of pause, resume, reset and history (the parser made it required).</summary>
    public string Table => Tables[0];

    public IAmazonDynamoDB DynamoDb { get; }

    public CliServices Services { get; }

    public TextWriter Output { get; }

    public IReportFormatter Formatter { get; }

    public IExportEngine Engine => _engine.Value;

    public CancellationToken CancellationToken { get; }
}
