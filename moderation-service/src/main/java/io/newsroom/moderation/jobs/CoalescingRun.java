package io.newsroom.moderation.jobs;

import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a drain job at most once at a time, and once more if it was asked for while running: many commits and a
 * timer can all say "there is work" without piling up threads or missing the last piece of work.
 */
public final class CoalescingRun {
    private final Runnable work;
    private final Logger log;
    private final String onFailure;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public CoalescingRun(Runnable work, Logger log, String onFailure) {
        this.work = work;
        this.log = log;
        this.onFailure = onFailure;
    }

    public void run() {
        again.set(true);
        // The outer loop closes the gap between the runner's last look at "again" and its letting go of
        // "running": a request made in that gap is run by whichever thread gets "running" next, never dropped.
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false)) {
                    work.run();
                }
            } catch (RuntimeException e) {
                // the work is durable state: the next request or timer tick picks it up
                log.error(onFailure, e);
            } finally {
                running.set(false);
            }
        }
    }
}
