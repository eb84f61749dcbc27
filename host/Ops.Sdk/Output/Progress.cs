using System.Globalization;

namespace Ops.Sdk.Output;

/// <summary>A progress line on stderr for a command that can run longer than a second: a phase label and a count
/// ("ops: checking 1200/5000 (24%)"), redrawn in place with a carriage return at most ten times a second (by the
/// clock, not per row), cleared when disposed. Get one from <see cref="IOpsContext.Progress"/>: the host gives a line
/// only when stderr is a terminal (not redirected, <c>TERM</c> not <c>dumb</c>) and <see cref="None"/> otherwise, so
/// piped output and logs never hold progress bytes, and it never writes to stdout.
/// Show only counts and phase labels, never a client's or a person's name: a progress line ends up in screen
/// recordings and terminal logs. Safe to advance from several threads.</summary>
public sealed class Progress : IDisposable
{
    /// <summary>The least time between two redraws.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>A progress that draws nothing (not a terminal, or an SDK 1.1 host).</summary>
    public static Progress None { get; } = new(null, null, "", null);

    private readonly Lock _lock = new();
    private readonly Guard? _terminal;
    private readonly TextWriter? _writer;
    private readonly TimeProvider _clock;
    private string _phase;
    private long? _total;
    private long _done;
    private long _lastDraw;
    private bool _visible;

    private Progress(TextWriter? terminal, TimeProvider? clock, string phase, long? total)
    {
        _terminal = terminal as Guard;
        _writer = _terminal?.Inner ?? terminal;
        _clock = clock ?? TimeProvider.System;
        _phase = phase;
        _total = total;
        _lastDraw = _clock.GetTimestamp();
    }

    /// <summary>A line drawn on <paramref name="terminal"/>, which the caller knows to be a terminal. When it is the
    /// writer <see cref="Guarded"/> returned, anything else written there first clears the line, so a warning or an
    /// error never lands after half a progress line.</summary>
    public static Progress On(TextWriter terminal, string phase, long? total = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var progress = new Progress(terminal, clock, phase, total);
        if (progress._terminal is { } guard) guard.Active = progress;
        return progress;
    }

    /// <summary>Wraps the process's stderr so that a progress line on it is cleared before any other write (the host
    /// does this once; plugins get the wrapped writer as <see cref="IOutput.Error"/>).</summary>
    public static TextWriter Guarded(TextWriter error) => error as Guard ?? new Guard(error);

    /// <summary>How many of <see cref="Total"/> are done.</summary>
    public long Done => _done;

    /// <summary>The number to reach, when known.</summary>
    public long? Total => _total;

    /// <summary>Starts a new phase ("writing"), its count from 0, shown at once when a line is already up or
    /// <see cref="Interval"/> has passed since the command started.</summary>
    public void Phase(string phase, long? total = null)
    {
        lock (_lock)
        {
            _phase = phase;
            _total = total;
            _done = 0;
            if (_visible || _clock.GetElapsedTime(_lastDraw) >= Interval) Draw();
        }
    }

    /// <summary>Counts <paramref name="count"/> more done, redrawing when <see cref="Interval"/> has passed.</summary>
    public void Advance(long count = 1)
    {
        if (_writer is null) return;
        lock (_lock)
        {
            _done += count;
            if (_clock.GetElapsedTime(_lastDraw) >= Interval) Draw();
        }
    }

    /// <summary>Takes the line off the terminal (the next redraw brings it back).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            if (!_visible) return;
            _writer!.Write("\r\u001b[K");
            _writer.Flush();
            _visible = false;
        }
    }

    /// <summary>Clears the line for good.</summary>
    public void Dispose()
    {
        Clear();
        if (_terminal is { } guard && ReferenceEquals(guard.Active, this)) guard.Active = null;
    }

    /// <summary>The text of the line: phase, count, total and percentage when known.</summary>
    public string Text => _total is > 0 and var total
        ? string.Create(CultureInfo.InvariantCulture, $"ops: {_phase} {_done}/{total} ({Math.Min(100, _done * 100 / total)}%)")
        : string.Create(CultureInfo.InvariantCulture, $"ops: {_phase} {_done}");

    private void Draw()
    {
        if (_writer is null) return;
        _writer.Write("\r" + Text + "\u001b[K");
        _writer.Flush();
        _visible = true;
        _lastDraw = _clock.GetTimestamp();
    }

    /// <summary>Stderr with the progress line taken off before anything else is written.</summary>
    private sealed class Guard(TextWriter inner) : TextWriter
    {
        public TextWriter Inner { get; } = inner;
        public Progress? Active { get; set; }
        public override System.Text.Encoding Encoding => Inner.Encoding;
        public override IFormatProvider FormatProvider => Inner.FormatProvider;
        [System.Diagnostics.CodeAnalysis.AllowNull] public override string NewLine { get => Inner.NewLine; set => Inner.NewLine = value!; }

        public override void Write(char value) { Active?.Clear(); Inner.Write(value); }
        public override void Write(string? value) { Active?.Clear(); Inner.Write(value); }
        public override void Write(char[] buffer, int index, int count) { Active?.Clear(); Inner.Write(buffer, index, count); }
        public override void WriteLine(string? value) { Active?.Clear(); Inner.WriteLine(value); }
        public override void WriteLine() { Active?.Clear(); Inner.WriteLine(); }
        public override void Flush() => Inner.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing) Inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
