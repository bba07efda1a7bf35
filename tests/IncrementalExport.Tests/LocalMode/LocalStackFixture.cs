using IncrementalExport.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.LocalMode;

/// <summary>One local stack (dynalite, s3rver, export emulator) per test class, on a fake clock the tests move.</summary>
public sealed class LocalStackFixture : IAsyncLifetime
{
    private LocalStack? _stack;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public LocalStack Stack => _stack ?? throw new InvalidOperationException("not initialized");

    public async Task InitializeAsync() => _stack = await LocalStack.StartAsync(Clock);

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}
