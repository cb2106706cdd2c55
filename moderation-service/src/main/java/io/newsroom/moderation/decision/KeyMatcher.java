package io.newsroom.moderation.decision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** WordPress' word-list match: each key, trimmed, found case-insensitively inside any of the fields. */
final class KeyMatcher {
    private KeyMatcher() {
    }

    static Optional<String> firstMatch(List<String> keys, String... fields) {
        for (String raw : keys) {
            String key = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            for (String field : fields) {
                if (field != null && field.toLowerCase(Locale.ROOT).contains(key)) {
                    return Optional.of(raw.trim());
                }
            }
        }
        return Optional.empty();
    }
}
