using System.Text.Json.Nodes;

namespace IncrementalExport.Emulator.Athena;

/// <summary>The fake Athena's query executions (thread-safe): the rules of StartQueryExecution, GetQueryExecution and GetQueryResults.</summary>
public sealed class FakeAthenaQueries(IEnumerable<string> workGroups, Func<string, FakeQueryOutcome> run)
{
    private const int MaxQueryLength = 262_144;
    private const int MaxResultsLimit = 1000;
    private readonly HashSet<string> _workGroups = workGroups.ToHashSet(StringComparer.Ordinal);
    private readonly Dictionary<string, Execution> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Execution> _byToken = new(StringComparer.Ordinal);
    private readonly List<string> _ran = [];
    private readonly List<Execution> _open = [];
    private readonly Lock _lock = new();

    /// <summary>The queries that ran, in order (each once).</summary>
    public IReadOnlyList<string> Ran
    {
        get
        {
            lock (_lock)
            {
                return _ran.ToList();
            }
        }
    }

    /// <summary>
    /// Calls to the API a query spends QUEUED (the first) then RUNNING before it runs (0: at once). Every call moves
    /// every open query on, whether anyone asks about it or not: a started query runs even when its caller died.
    /// </summary>
    public int PollsBeforeDone { get; set; } = 2;

    /// <summary>Cancels a query that has not ended, as StopQueryExecution would.</summary>
    public void Cancel(string queryExecutionId)
    {
        lock (_lock)
        {
            var execution = _byId[queryExecutionId];
            execution.Outcome ??= FakeQueryOutcome.Cancelled("Query cancelled by user");
        }
    }

    internal (int Status, JsonObject Body) Start(JsonObject request)
    {
        var query = request["QueryString"]?.GetValue<string>();
        var token = request["ClientRequestToken"]?.GetValue<string>();
        var workGroup = request["WorkGroup"]?.GetValue<string>() ?? "primary";
        if (query is not { Length: >= 1 and <= MaxQueryLength })
        {
            return Invalid($"QueryString must be 1 to {MaxQueryLength} characters.");
        }

        if (token is not { Length: >= 32 and <= 128 })
        {
            return Invalid("ClientRequestToken must be 32 to 128 characters.");
        }

        lock (_lock)
        {
            Advance();
            if (!_workGroups.Contains(workGroup))
            {
                return Invalid($"WorkGroup {workGroup} is not found.");
            }

            if (_byToken.TryGetValue(token, out var earlier))
            {
                return earlier.Query == query && earlier.WorkGroup == workGroup
                    ? (200, new JsonObject { ["QueryExecutionId"] = earlier.Id })
                    : Invalid("Idempotent parameters do not match");
            }

            var execution = new Execution(Guid.NewGuid().ToString(), query, workGroup);
            _byId[execution.Id] = execution;
            _byToken[token] = execution;
            _open.Add(execution);
            return (200, new JsonObject { ["QueryExecutionId"] = execution.Id });
        }
    }

    internal (int Status, JsonObject Body) Get(JsonObject request)
    {
        var id = request["QueryExecutionId"]?.GetValue<string>() ?? "";
        lock (_lock)
        {
            Advance();
            if (!_byId.TryGetValue(id, out var execution))
            {
                return Invalid($"QueryExecution {id} was not found");
            }

            var status = new JsonObject { ["State"] = execution.Outcome?.State ?? (execution.Polls == 1 ? "QUEUED" : "RUNNING") };
            if (execution.Outcome?.Reason is { } reason)
            {
                status["StateChangeReason"] = reason;
            }

            return (200, new JsonObject
            {
                ["QueryExecution"] = new JsonObject
                {
                    ["QueryExecutionId"] = execution.Id,
                    ["Query"] = execution.Query,
                    ["WorkGroup"] = execution.WorkGroup,
                    ["Status"] = status,
                },
            });
        }
    }

    internal (int Status, JsonObject Body) Results(JsonObject request)
    {
        var id = request["QueryExecutionId"]?.GetValue<string>() ?? "";
        var max = request["MaxResults"]?.GetValue<int>() ?? MaxResultsLimit;
        var token = request["NextToken"]?.GetValue<string>();
        if (max is < 1 or > MaxResultsLimit)
        {
            return Invalid($"MaxResults must be 1 to {MaxResultsLimit}.");
        }

        lock (_lock)
        {
            Advance();
            if (!_byId.TryGetValue(id, out var execution))
            {
                return Invalid($"QueryExecution {id} was not found");
            }

            if (execution.Outcome is not { State: "SUCCEEDED" } outcome)
            {
                return Invalid($"Query has not yet finished. Current state: {execution.Outcome?.State ?? "RUNNING"}");
            }

            // The token names the offset and the query, so a token of another query is refused.
            var from = 0;
            if (token is not null && (!token.StartsWith(execution.Id + ":", StringComparison.Ordinal) || !int.TryParse(token[(execution.Id.Length + 1)..], out from)))
            {
                return Invalid("The NextToken is not valid for this query.");
            }

            var page = outcome.Rows.Skip(from).Take(max).Select(row => (JsonNode)new JsonObject
            {
                ["Data"] = new JsonArray(row.Select(v => (JsonNode)(v is null ? new JsonObject() : new JsonObject { ["VarCharValue"] = v })).ToArray()),
            });
            var answer = new JsonObject { ["ResultSet"] = new JsonObject { ["Rows"] = new JsonArray(page.ToArray()) } };
            if (from + max < outcome.Rows.Count)
            {
                answer["NextToken"] = $"{execution.Id}:{from + max}";
            }

            return (200, answer);
        }
    }

    // One unit of Athena time: open queries move on, in the order they started; those past RUNNING run now.
    private void Advance()
    {
        foreach (var execution in _open.ToList())
        {
            if (execution.Outcome is null && ++execution.Polls > PollsBeforeDone)
            {
                _ran.Add(execution.Query);
                execution.Outcome = run(execution.Query);
            }

            if (execution.Outcome is not null)
            {
                _open.Remove(execution);
            }
        }
    }

    private static (int, JsonObject) Invalid(string message)
    {
        var error = FakeAthenaServer.Error("InvalidRequestException", message);
        error["AthenaErrorCode"] = "INVALID_INPUT";
        return (400, error);
    }

    private sealed class Execution(string id, string query, string workGroup)
    {
        public string Id { get; } = id;

        public string Query { get; } = query;

        public string WorkGroup { get; } = workGroup;

        public int Polls { get; set; }

        public FakeQueryOutcome? Outcome { get; set; }
    }
}
