package io.newsroom.web.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The private status links of the replies this browser sent (story, reply id, token), kept in an
 * HttpOnly cookie so that only their author sees them while they wait for moderation — WordPress's
 * behaviour, without a session on our side. The newest few are kept.
 */
public final class OwnReplies {

    public static final String COOKIE = "newsroom-replies";
    static final int KEEP = 10;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,100}");

    public record Entry(UUID articleId, UUID id, String token) {
    }

    private OwnReplies() {
    }

    public static List<Entry> parse(String cookie) {
        List<Entry> entries = new ArrayList<>();
        if (cookie == null || cookie.isBlank()) {
            return entries;
        }
        for (String item : cookie.split("\\.")) {
            String[] parts = item.split("~");
            if (parts.length != 3 || !TOKEN.matcher(parts[2]).matches()) {
                continue;
            }
            try {
                entries.add(new Entry(UUID.fromString(parts[0]), UUID.fromString(parts[1]), parts[2]));
            } catch (IllegalArgumentException e) {
                // a damaged entry is dropped, the rest kept
            }
            if (entries.size() == KEEP) {
                break;
            }
        }
        return entries;
    }

    /** The cookie value with {@code added} first and at most {@link #KEEP} entries. */
    public static String with(List<Entry> entries, Entry added) {
        List<Entry> kept = new ArrayList<>();
        kept.add(added);
        for (Entry e : entries) {
            if (kept.size() < KEEP && !e.id().equals(added.id())) {
                kept.add(e);
            }
        }
        return format(kept);
    }

    public static String format(List<Entry> entries) {
        StringBuilder value = new StringBuilder();
        for (Entry e : entries) {
            if (!value.isEmpty()) {
                value.append('.');
            }
            value.append(e.articleId()).append('~').append(e.id()).append('~').append(e.token());
        }
        return value.toString();
    }
}
