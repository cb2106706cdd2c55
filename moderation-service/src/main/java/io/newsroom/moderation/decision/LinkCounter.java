package io.newsroom.moderation.decision;

/**
 * Counts the links in a comment in one pass, each character looked at a bounded number of times: HTML anchors
 * ({@code <a …href…>}, once per tag) or, when there are none, bare URLs ({@code http://}, {@code https://}, or
 * {@code www.} that does not continue a word, a dot or a slash). It counts what the regular expressions
 * {@code <a\s[^>]*href} and {@code \bhttps?://|(?<![/.\w])www\.} found, without their backtracking: over every
 * {@code <a } of {@code <a <a <a …} that cost seconds of CPU for one 65 KB comment.
 */
public final class LinkCounter {
    private LinkCounter() {
    }

    public static int count(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int n = text.length();
        int anchors = 0;
        int urls = 0;
        boolean inAnchorTag = false;
        boolean anchorCounted = false;
        char previous = ' ';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (c == '<' && startsAnchor(text, i + 1)) {
                // up to the next '>' it is one tag, however many "<a " it holds: one href counts
                inAnchorTag = true;
            } else if (c == '>') {
                inAnchorTag = false;
                anchorCounted = false;
            } else if (lower == 'h') {
                if (inAnchorTag && !anchorCounted && at(text, i, "href")) {
                    anchors++;
                    anchorCounted = true;
                }
                int scheme = !at(text, i, "http") ? 0 : at(text, i + 4, "s://") ? 8 : at(text, i + 4, "://") ? 7 : 0;
                if (scheme > 0 && !isWord(previous)) {
                    urls++;
                    // "www." right after "//" belongs to the URL just counted
                    i += scheme - 1;
                    previous = '/';
                    continue;
                }
            } else if (lower == 'w' && previous != '/' && previous != '.' && !isAsciiWord(previous) && at(text, i, "www.")) {
                urls++;
                i += 3;
                previous = '.';
                continue;
            }
            previous = c;
        }
        // an anchor's href is also a URL: count one or the other, not both
        return anchors > 0 ? anchors : urls;
    }

    /** {@code a} or {@code A} then whitespace: the start of an anchor tag after its {@code <}. */
    private static boolean startsAnchor(CharSequence text, int i) {
        return i + 1 < text.length() && Character.toLowerCase(text.charAt(i)) == 'a' && isSpace(text.charAt(i + 1));
    }

    /** Case-insensitive match of an ASCII word at {@code i}, stopping at the first difference. */
    private static boolean at(CharSequence text, int i, String word) {
        if (i + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(i + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A word character as {@code \b} sees it. */
    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A word character as {@code \w} sees it. */
    private static boolean isAsciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
