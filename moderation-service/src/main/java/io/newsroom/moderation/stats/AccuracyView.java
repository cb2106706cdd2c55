package io.newsroom.moderation.stats;

/**
 * One source's accuracy for one verdict: of the comments it decided (acting, or in shadow mode: what it would
 * have decided), how many moderators overturned — over the last 7 and 30 days by decision date.
 */
public record AccuracyView(String source, String verdict, boolean shadow, Window last7Days, Window last30Days) {

    /** {@code overturnRate} is overturned / decided, null when nothing was decided. */
    public record Window(long decided, long overturned, Double overturnRate) {
        static Window of(long decided, long overturned) {
            return new Window(decided, overturned,
                    decided == 0 ? null : Math.round(10_000.0 * overturned / decided) / 10_000.0);
        }
    }

    static AccuracyView of(SourceVerdictRepository.Tally t) {
        return new AccuracyView(t.source(), t.verdict().name(), t.shadow(), Window.of(t.decided7(), t.overturned7()),
                Window.of(t.decided30(), t.overturned30()));
    }
}
