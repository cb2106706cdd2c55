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

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is not our business.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private CommentRules() {
    }

    /** Everything wrong with the fields of a reply; empty when it may go on to the story checks. */
    public static List<Violation> check(Author author, String content) {
        List<Violation> violations = new ArrayList<>();
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
