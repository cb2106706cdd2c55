package io.newsroom.article.story;

import java.util.Locale;

import io.newsroom.article.problem.ProblemException;
import io.newsroom.article.publishing.StoryStatus;

/** Query parameters read by hand, so a wrong one is a 400 that names it (JAX-RS would answer 404). */
public final class Paging {

    public static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private Paging() {
    }

    public static int page(String value) {
        return number("page", value, 0, 0, MAX_PAGE);
    }

    public static int size(String value) {
        return number("size", value, 20, 1, MAX_SIZE);
    }

    public static StoryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return StoryStatus.PUBLISHED;
        }
        try {
            return StoryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of DRAFT, IN_REVIEW, FACT_CHECKED, PUBLISHED, UNPUBLISHED");
        }
    }

    static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }
}
