using Ops.Sdk.Output;

namespace Ops.Host.Tests;

/// <summary>The SDK's progress line, drawn on a fake terminal (a string writer) by a clock the test moves.</summary>
public sealed class ProgressTests
{
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _ticks;
        public void Pass(TimeSpan time) => _ticks += time.Ticks;
    }

    private static int Draws(StringWriter terminal) => terminal.ToString().Split("\rops: ").Length - 1;

    [Fact]
    public void Rows_counted_within_a_tenth_of_a_second_draw_nothing_and_later_ones_at_most_one_line_per_interval()
    {
        var clock = new ManualClock();
        var terminal = new StringWriter();
        using var progress = Progress.On(terminal, "checking", 100_000, clock);
        for (var i = 0; i < 10_000; i++) progress.Advance();
        Assert.Equal("", terminal.ToString());

        clock.Pass(TimeSpan.FromMilliseconds(100));
        for (var i = 0; i < 10_000; i++) progress.Advance();
        Assert.Equal(1, Draws(terminal));
        Assert.Equal("\rops: checking 10001/100000 (10%)\u001b[K", terminal.ToString());

        clock.Pass(TimeSpan.FromMilliseconds(99));
        progress.Advance();
        Assert.Equal(1, Draws(terminal));
        clock.Pass(TimeSpan.FromMilliseconds(1));
        progress.Advance();
        Assert.Equal(2, Draws(terminal));
    }

    [Fact]
    public void A_new_phase_shows_its_label_and_total_at_once_and_an_unknown_total_shows_the_count_alone()
    {
        var clock = new ManualClock();
        var terminal = new StringWriter();
        using var progress = Progress.On(terminal, "checking", clock: clock);
        clock.Pass(TimeSpan.FromSeconds(1));
        progress.Advance(2500);
        Assert.EndsWith("\rops: checking 2500\u001b[K", terminal.ToString());
        progress.Phase("writing", 2500);
        Assert.EndsWith("\rops: writing 0/2500 (0%)\u001b[K", terminal.ToString());
    }

    [Fact]
    public void A_warning_written_to_the_guarded_stderr_takes_the_line_off_first_so_no_half_line_is_left()
    {
        var clock = new ManualClock();
        var terminal = new StringWriter();
        var stderr = Progress.Guarded(terminal);
        using var progress = Progress.On(stderr, "checking", 10, clock);
        clock.Pass(TimeSpan.FromSeconds(1));
        progress.Advance();
        stderr.WriteLine("note: column 'x' is not used by the import");
        Assert.Equal("\rops: checking 1/10 (10%)\u001b[K\r\u001b[Knote: column 'x' is not used by the import" + stderr.NewLine, terminal.ToString());

        clock.Pass(TimeSpan.FromSeconds(1));
        progress.Advance();   // the line comes back under the warning
        Assert.EndsWith("\rops: checking 2/10 (20%)\u001b[K", terminal.ToString());
    }

    [Fact]
    public void Disposing_clears_the_line_and_nothing_is_drawn_after_it()
    {
        var clock = new ManualClock();
        var terminal = new StringWriter();
        var stderr = Progress.Guarded(terminal);
        var progress = Progress.On(stderr, "writing", 3, clock);
        clock.Pass(TimeSpan.FromSeconds(1));
        progress.Advance();
        progress.Dispose();
        Assert.EndsWith("\r\u001b[K", terminal.ToString());
        var before = terminal.ToString();
        stderr.WriteLine("ops: error: something");
        Assert.Equal(before + "ops: error: something" + stderr.NewLine, terminal.ToString());   // no second clearing
    }
}
