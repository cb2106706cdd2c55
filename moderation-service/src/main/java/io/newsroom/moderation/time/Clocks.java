package io.newsroom.moderation.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock the retention jobs and erasure read; tests replace it with one they can move forward. */
@Singleton
public class Clocks {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
