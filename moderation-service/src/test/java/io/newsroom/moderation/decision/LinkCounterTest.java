package io.newsroom.moderation.decision;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links are counted in one pass. The work is measured, not timed: a character sequence that counts how often it
 * is read shows the count growing with the length of the comment and no faster, whatever the comment holds.
 */
class LinkCounterTest {
    /** WordPress' longest comment. */
    static final int LONGEST = 65_525;

    /** A comment that counts the characters read from it. */
    static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException("the counter must read character by character");
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("the counter must read character by character");
        }
    }

    static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    static long reads(String text) {
        CountingText counting = new CountingText(text);
        LinkCounter.count(counting);
        return counting.reads;
    }

    /** Inputs that made the old regular expression backtrack, and some that look like links everywhere. */
    static final Map<String, IntFunction<String>> HOSTILE = Map.of(
            "<a <a <a …", n -> repeat("<a ", n),
            "<a href <a href …", n -> repeat("<a href ", n),
            "<a\\t\\t\\t…", n -> "<a" + repeat("\t", n - 2),
            "http://http://…", n -> repeat("http://", n),
            "hhhh…", n -> repeat("h", n),
            "wwww…", n -> repeat("w", n),
            "<<<<…", n -> repeat("<", n));

    static final IntFunction<String> ORDINARY = n -> repeat("The council voted 7 to 2 on the budget; details at "
            + "the library. ", n);

    @Test
    void countsAnchorsOnceAndUrlsWhenThereAreNoAnchors() {
        assertEquals(1, LinkCounter.count("<a href=\"https://x.example\">x</a>"));
        assertEquals(2, LinkCounter.count("<A HREF=a>1</a> and <a\nhref=b>2</a>"));
        assertEquals(1, LinkCounter.count("<a href=x href=y>one tag, two hrefs</a>"));
        assertEquals(0, LinkCounter.count("<a name=x>no href</a> <abbr href>not an anchor</abbr>"));
        assertEquals(1, LinkCounter.count("https://www.x.example"));
        assertEquals(3, LinkCounter.count("https://a.example http://b.example www.c.example"));
        assertEquals(2, LinkCounter.count("see https://a.example/?u=http://b.example"), "a second scheme is a second link");
        assertEquals(1, LinkCounter.count("<a x <a href=1 href=2 <a href=3>"), "one tag up to its '>'");
        assertEquals(0, LinkCounter.count("xhttp://a.example and awww.b.example and no links"));
        assertEquals(0, LinkCounter.count(""));
        assertEquals(0, LinkCounter.count(null));
    }

    /** The expressions the counter replaces: on inputs short enough for them, both must agree. */
    static final Pattern OLD_ANCHOR = Pattern.compile("(?i)<a\\s[^>]*href");
    static final Pattern OLD_URL = Pattern.compile("(?i)\\bhttps?://|(?<![/.\\w])www\\.");

    static int oldCount(String text) {
        int anchors = (int) OLD_ANCHOR.matcher(text).results().count();
        return anchors > 0 ? anchors : (int) OLD_URL.matcher(text).results().count();
    }

    @Test
    void countsWhatTheOldExpressionsCountedOnTenThousandMixedInputs() {
        String[] pieces = {"<a ", "<A\t", "href", "HREF=", ">", "http://", "https://", "HTTP://", "www.", "WWW.", "x", "é",
                ".", "/", " ", "_", "h", "w", "<", "a"};
        Random random = new Random(13);
        for (int run = 0; run < 10_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(oldCount(text.toString()), LinkCounter.count(text), () -> "for: " + text);
        }
    }

    @Test
    void theCommentThatCostSecondsHasNoLinksAndIsReadInOnePass() {
        String hostile = repeat("<a ", LONGEST);
        assertEquals(0, LinkCounter.count(hostile));
        assertTrue(reads(hostile) <= 3L * LONGEST, "read " + reads(hostile) + " times for " + LONGEST + " characters");
    }

    @Test
    void theWorkGrowsLinearlyWithTheLengthWhateverTheCommentHolds() {
        for (Map.Entry<String, IntFunction<String>> input : HOSTILE.entrySet()) {
            long half = reads(input.getValue().apply(LONGEST / 2));
            long full = reads(input.getValue().apply(LONGEST));
            assertTrue(full <= 10L * LONGEST, input.getKey() + ": " + full + " reads for " + LONGEST + " characters");
            assertTrue(full <= 2 * half + 16, input.getKey() + ": twice the text cost " + full + " reads, half cost " + half);
        }
    }

    @Test
    void aHostileCommentIsDecidedWithNoMoreWorkThanAnOrdinaryOne() {
        long ordinary = reads(ORDINARY.apply(LONGEST));
        for (Map.Entry<String, IntFunction<String>> input : HOSTILE.entrySet()) {
            long hostile = reads(input.getValue().apply(LONGEST));
            assertTrue(hostile <= 3 * ordinary, input.getKey() + ": " + hostile + " reads, an ordinary comment " + ordinary);
        }
        // and the decider holds it for no link at all: with Akismet off and the author known, it is approved
        CommentFacts facts = new CommentFacts("Reader", "r@example.com", null, repeat("<a ", LONGEST), "203.0.113.7",
                "UA", false, Set.of(), false, true);
        Outcome o = Decider.standard().decide(facts, CommentState.arrived(Instant.EPOCH), Policy.defaults(AkismetMode.OFF),
                new Input.FirstSight(), Instant.EPOCH);
        assertEquals(List.of("approved: passed the site's rules"), o.history().stream().map(HistoryLine::message).toList());
    }
}
