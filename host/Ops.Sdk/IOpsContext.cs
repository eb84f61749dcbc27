using Ops.Sdk.Access;
using Ops.Sdk.Calendar;
using Ops.Sdk.Directory;
using Ops.Sdk.Output;
using Ops.Sdk.Store;

namespace Ops.Sdk;

/// <summary>What the host gives a plugin for one invocation of <c>ops</c>.</summary>
public interface IOpsContext
{
    /// <summary>The shared store, opened on first use with this plugin's migrations applied.</summary>
    IStore Store { get; }

    /// <summary>Who runs the command (and, under <c>--as</c>, on whose behalf).</summary>
    Actor Actor { get; }

    /// <summary>Permission checks for the actor, deny by default.</summary>
    IAccessControl Access { get; }

    /// <summary>The append-only, hash-chained audit log.</summary>
    IAuditLog Audit { get; }

    /// <summary>Stdout for data, stderr for messages, and the listing formats.</summary>
    IOutput Output { get; }

    /// <summary>The clock; use it instead of <see cref="DateTime.Now"/> so tests and demos can pin time.</summary>
    TimeProvider Clock { get; }

    /// <summary>Today in the firm's time zone (<c>ops firm set --time-zone</c>, default <see cref="FirmTime.DefaultZoneId"/>),
    /// by <see cref="Clock"/>: the one date to ask "current?" with (assignments, notice, due dates). The host gives the
    /// firm's setting; this default body, for test doubles, uses the default zone.</summary>
    DateOnly Today => FirmTime.Today(Clock, FirmTime.Zone(null));

    /// <summary>The firm profile (<c>ops firm show</c>).</summary>
    FirmProfile Firm { get; }

    /// <summary>The staff directory kept by the host.</summary>
    IStaffDirectory Staff { get; }

    /// <summary>Which other plugins are present and enabled, for optional integrations.</summary>
    IPluginInfo Plugins { get; }

    /// <summary>The production calendar kept by the host (<c>ops calendar</c>): working days, days off, holidays.
    /// The host gives the store's; this default body, for test doubles of SDK 1.1, knows no year (every question about
    /// a day is then an <see cref="Errors.UnavailableException"/> saying to load the calendar).</summary>
    ICalendar Calendar => new ProductionCalendar([]);

    /// <summary>The one way to write a file (<see cref="OutputFiles"/>): new unless forced, never beside the store, 0600,
    /// atomic. The host gives one that guards the store; this default body, for test doubles, guards nothing.</summary>
    OutputFiles Files => new([]);

    /// <summary>A progress line on stderr for work that can take longer than a second (<see cref="Output.Progress"/>):
    /// counts and phase labels only, never names. The host draws it only when stderr is a terminal; this default body,
    /// for SDK 1.1 hosts and test doubles, draws nothing. Dispose it when the work is done.</summary>
    Ops.Sdk.Output.Progress Progress(string phase, long? total = null) => Ops.Sdk.Output.Progress.None;
}
