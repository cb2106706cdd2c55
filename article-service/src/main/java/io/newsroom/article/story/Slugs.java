package io.newsroom.article.story;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Readable URL slugs from titles: "Café owners sue City Hall!" → "cafe-owners-sue-city-hall". */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "story" : slug;
    }

    /** The first of base, base-2, base-3, … that no other story has. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
