using System.Text.Json;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Settings;
using Microsoft.Extensions.Time.Testing;
using static IncrementalExport.Tests.Invocation.InvocationTestData;

namespace IncrementalExport.Tests.Invocation;

public sealed class InvocationHostTests : IDisposable
{
    private readonly StringWriter _log = new();
    private readonly ChangingSettings _settings = new(TestSettings());
    private readonly List<ExportSettings> _engines = [];
    private readonly InvocationHost _host;
    private readonly RecordingEngine _engine = new();

    public InvocationHostTests() =>
        _host = new InvocationHost(_settings, s =>
        {
            _engines.Add(s);
            return _engine;
        }, new FakeTimeProvider(Now), _log);

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task HandleAsync_ShouldReadTheSettingsOncePerInvocation_SoAChangeTakesEffectAtTheNext()
    {
        await _host.HandleAsync(Payload("{}"), TimeSpan.FromMinutes(5), CancellationToken.None);
        var added = TestSettings() with { Tables = [.. TestSettings().Tables, new TableSettings("invoices")] };
        _settings.Current = added;
        var response = await _host.HandleAsync(Payload("""{"tables":["invoices"]}"""), TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.Equal(2, _settings.Reads);
        Assert.Equal([TestSettings(), added], _engines, new SettingsEquality());
        Assert.True(response.Ok);
        Assert.Equal(["invoices"], _engine.Ticks[^1].Tables);
    }

    [Fact]
    public async Task HandleAsync_ShouldWriteOneStackMetricsLinePerTick_AndNoneForOtherActions()
    {
        await _host.HandleAsync(Payload("{}"), TimeSpan.FromMinutes(5), CancellationToken.None);
        await _host.HandleAsync(Payload("""{"action":"status"}"""), TimeSpan.FromMinutes(5), CancellationToken.None);

        var metrics = _log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Payload)
            .Where(l => l.TryGetProperty("_aws", out _)).ToList();
        Assert.Equal(TestSettings().StateTable, Assert.Single(metrics).GetProperty("StateTable").GetString());
    }

    [Fact]
    public async Task HandleAsync_WhenTheSettingsAreInvalid_ShouldFailNamingTheKeys_AndCallNoEngine()
    {
        _settings.Failure = new InvalidSettingsException([new SettingsError("tables[0].viewType", "bad")]);

        var error = await Assert.ThrowsAsync<InvalidSettingsException>(
            () => _host.HandleAsync(Payload("{}"), TimeSpan.FromMinutes(5), CancellationToken.None));

        Assert.Contains("tables[0].viewType", error.Message, StringComparison.Ordinal);
        Assert.Empty(_engines);
    }

    private sealed class ChangingSettings(ExportSettings initial) : ISettingsSource
    {
        public ExportSettings Current { get; set; } = initial;

        public Exception? Failure { get; set; }

        public int Reads { get; private set; }

        public Task<ExportSettings> CurrentAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return Failure is null ? Task.FromResult(Current) : Task.FromException<ExportSettings>(Failure);
        }
    }

    private sealed class SettingsEquality : IEqualityComparer<ExportSettings>
    {
        public bool Equals(ExportSettings? x, ExportSettings? y) =>
            x is not null && y is not null && JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

        public int GetHashCode(ExportSettings obj) => 0;
    }
}
