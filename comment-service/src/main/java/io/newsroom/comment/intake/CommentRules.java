package io.newsroom.comment.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.newsroom.comment.problem.Violation;

/**
 * WordPress's limits for a reply (wp_get_comment_fields_max_lengths, require_name_email,
 * thread depth), as plain checks that need neither Quarkus nor a database.
 */
public final class CommentRules {

    public static final int NAME_MAX = 245;
    public static final int EMAIL_MAX = 100;
    public static final int URL_MAX = 200;
    public static final int CONTENT_MAX = 65_525;

    // Deliverability is not our business, but what is stored and sent to Akismet must look like an address:
    // RFC 5322 atext (and letters of any script) before the @, dot-separated labels after it. No markup,
    // no spaces, no control or bidi characters.
    private static final Pattern EMAIL = Pattern.compile(
            "^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}]{2,}$");

    private CommentRules() {
    }

    /** Everything wrong with the fields of a reply; empty when it may go on to the story checks. */
    public static List<Violation> check(Author author, String content) {
        List<Violation> violations = new ArrayList<>();
        characterProblem("author", author.name(), false, violations);
        characterProblem("email", author.email(), false, violations);
        characterProblem("url", author.url(), false, violations);
        characterProblem("content", content, true, violations);
        if (!violations.isEmpty()) {
            return violations;
        }
        if (isBlank(author.name())) {
            violations.add(new Violation("author", "is required"));
        } else if (author.name().length() > NAME_MAX) {
            violations.add(new Violation("author", "must be at most " + NAME_MAX + " characters"));
        }
        if (isBlank(author.email())) {
            violations.add(new Violation("email", "is required"));
        } else if (author.email().length() > EMAIL_MAX) {
            violations.add(new Violation("email", "must be at most " + EMAIL_MAX + " characters"));
        } else if (!EMAIL.matcher(author.email()).matches()) {
            violations.add(new Violation("email", "is not a valid email address"));
        }
        String urlProblem = urlProblem(author.url());
        if (urlProblem != null) {
            violations.add(new Violation("url", urlProblem));
        }
        if (isBlank(content)) {
            violations.add(new Violation("content", "must not be blank"));
        } else if (content.length() > CONTENT_MAX) {
            violations.add(new Violation("content", "must be at most " + CONTENT_MAX + " characters"));
        }
        return violations;
    }

    /**
     * Characters no reader types and no database should keep: NUL and other control characters (tab and
     * line breaks allowed in the text only), unpaired surrogates, and in one-line fields the bidi overrides
     * and isolates that make a name or address read as something else. (Joiners stay: Persian and Indic
     * names need them.)
     */
    static void characterProblem(String field, String value, boolean multiline, List<Violation> violations) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedControl = multiline && (c == '\n' || c == '\r' || c == '\t');
            boolean control = Character.isISOControl(c) && !allowedControl;
            boolean format = !multiline && ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069'));
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || format || unpaired) {
                violations.add(new Violation(field, "contains characters that are not allowed (control, invisible or invalid characters)"));
                return;
            }
        }
    }

    /** Why a website cannot be accepted, or null. Only http and https: no javascript:, data:, … */
    static String urlProblem(String url) {
        if (isBlank(url)) {
            return null;
        }
        if (url.length() > URL_MAX) {
            return "must be at most " + URL_MAX + " characters";
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "must be an http or https address";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "must name a host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid address";
        }
    }

    /** Depth of a reply to a parent at the given depth, or a violation if the thread is too deep. */
    public static Violation depthProblem(int parentDepth, int maxDepth) {
        return parentDepth + 1 > maxDepth
                ? new Violation("parentId", "threads are at most " + maxDepth + " levels deep")
                : null;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
