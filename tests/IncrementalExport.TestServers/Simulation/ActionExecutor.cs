using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>Carries out one scenario step in a world, counting what happened.</summary>
internal static class ActionExecutor
{
    public static async Task ApplyAsync(SimulationWorld world, SimAction action)
    {
        switch (action)
        {
            case SimAction.Tick tick:
                var tables = tick.Tables?.Where(world.IsConfigured).Select(world.Name).ToList();
                if (tables is { Count: 0 })
                {
                    return;
                }

                await TickAsync(world, Faults(world, tick.Fault, tick.AtCall), tables);
                break;
            case SimAction.Overlap overlap:
                await OverlapAsync(world, overlap);
                break;
            case SimAction.Advance advance:
                world.Clock.Advance(advance.By);
                world.Count("clock advances");
                break;
            case SimAction.ClockJump jump:
                world.EngineClock.Skew = jump.Skew;
                world.Count("engine clock jumps");
                break;
            case SimAction.FailNextExport:
                world.Model.FailNextExports(1);
                world.Count("exports arranged to fail");
                break;
            case SimAction.SetPitr pitr:
                world.Model.SetPitr(world.Name(pitr.Table), pitr.Enabled);
                world.Count(pitr.Enabled ? "PITR re-enabled (history lost)" : "PITR disabled");
                break;
            case SimAction.ChangeBucket:
                world.SwitchBucket();
                world.Count("bucket changes");
                break;
            case SimAction.WakeUp wakeUp:
                await WakeUps.ApplyAsync(world, wakeUp);
                break;
            case SimAction.ToggleTable toggle:
                world.Toggle(toggle.Table);
                world.Count("settings changes");
                break;
            default:
                await OperateAsync(world, action);
                break;
        }
    }

    public static async Task TickAsync(SimulationWorld world, InvocationFaults faults, IReadOnlyCollection<string>? tables = null, bool count = true)
    {
        if (count)
        {
            world.Count("ticks");
        }

        try
        {
            WakeUps.Programmed(world, await world.Engine(faults).TickAsync(new TickRequest(tables), CancellationToken.None));
        }
        catch (SimulatedCrash)
        {
            // The invocation died; its writes so far stand, the rest never happened.
        }
    }

    private static async Task OverlapAsync(SimulationWorld world, SimAction.Overlap overlap)
    {
        if (overlap.Stale)
        {
            world.Count("overlapping invocations (stale read)");
            var snapshot = await world.SnapshotAsync();
            await TickAsync(world, Faults(world, overlap.Fault, overlap.AtCall));
            await Swallow(world.Engine(InvocationFaults.None, snapshot).TickAsync(new TickRequest(), CancellationToken.None));
            return;
        }

        if (!world.Backend.InProcess)
        {
            world.Count("overlapping invocations (concurrent)");
            await Task.WhenAll(
                TickAsync(world, Faults(world, overlap.Fault, overlap.AtCall)),
                TickAsync(world, InvocationFaults.None));
            return;
        }

        // In process the in-memory snapshot completes at once, so it can be taken inside the first invocation's call.
        world.Count("overlapping invocations (mid-tick read)");
        IReadOnlyDictionary<string, TableState>? midway = null;
        var first = Faults(world, overlap.Fault, overlap.AtCall, i =>
        {
            if (i == overlap.ReadAfterCall)
            {
                midway = world.SnapshotAsync().GetAwaiter().GetResult();
            }
        });
        await TickAsync(world, first);
        await Swallow(world.Engine(InvocationFaults.None, midway ?? await world.SnapshotAsync()).TickAsync(new TickRequest(), CancellationToken.None));
    }

    private static async Task OperateAsync(SimulationWorld world, SimAction action)
    {
        var table = action switch
        {
            SimAction.Pause p => p.Table,
            SimAction.Resume r => r.Table,
            SimAction.Reset r => r.Table,
            _ => throw new ArgumentException($"unknown action {action}", nameof(action)),
        };
        if (!world.IsConfigured(table))
        {
            return;
        }

        var engine = world.Engine(InvocationFaults.None);
        var name = world.Name(table);
        try
        {
            _ = action switch
            {
                SimAction.Pause => await engine.PauseAsync(name, CancellationToken.None),
                SimAction.Resume => await engine.ResumeAsync(name, CancellationToken.None),
                SimAction.Reset r => await engine.ResetAsync(name, r.Ago is { } ago ? world.Clock.GetUtcNow() - ago : null, CancellationToken.None),
                _ => null,
            };
            world.Count(action.GetType().Name.ToLowerInvariant() + "s");
        }
        catch (RequestRefusedException)
        {
            world.Count("operator requests rejected (outside PITR window)");
        }
    }

    private static InvocationFaults Faults(SimulationWorld world, FaultKind? fault, int atCall, Action<int>? afterCall = null)
    {
        if (fault is not { } kind)
        {
            return new InvocationFaults(null, FaultKind.Throttle) { AfterCall = afterCall };
        }

        world.Count("faults armed");
        return new InvocationFaults(atCall, kind) { OnStrike = () => world.Count($"faults injected: {kind}"), AfterCall = afterCall };
    }

    private static async Task Swallow(Task<TickReport> tick)
    {
        try
        {
            await tick;
        }
        catch (SimulatedCrash)
        {
        }
    }
}
