package io.newsroom.comment.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock privacy and the retention jobs read; tests replace it with one they can move forward. */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
