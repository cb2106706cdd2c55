package io.newsroom.moderation.akismet;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Always UP: readiness means "send me traffic", and every replica shares the same key and the same Akismet, so a
 * rejected key or Akismet being away would take all of them out of the load balancer at once while they could
 * still take decisions by the rules and hold the rest. Those states are reported as {@code degraded} here and in
 * the {@code newsroom.akismet.degraded} gauge, where an alert can watch them.
 */
@Readiness
@ApplicationScoped
public class AkismetHealthCheck implements HealthCheck {

    @Inject
    AkismetKeyState state;
    @Inject
    AkismetAlerts alerts;
    @Inject
    AkismetThrottle throttle;
    @Inject
    MeterRegistry registry;

    void registerGauge(@Observes StartupEvent event) {
        Gauge.builder("newsroom.akismet.degraded", this, check -> check.degradedReason() == null ? 0 : 1)
                .description("1 while Akismet cannot be used (rejected key, or paused by a 429): comments are held")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        AkismetKeyState.Status status = state.status();
        String degraded = degradedReason();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("akismet")
                .up()
                .withData("mode", status == AkismetKeyState.Status.NO_KEY ? "rules-only" : "akismet")
                .withData("key", status.name())
                .withData("detail", state.detail())
                .withData("degraded", degraded != null);
        if (degraded != null) {
            b.withData("degradedBecause", degraded);
        }
        alerts.last().ifPresent(a -> b.withData("alert", a.code() + ": " + a.message()));
        return b.build();
    }

    /** Why Akismet cannot be used right now, or null when it can (or is not configured at all). */
    String degradedReason() {
        if (state.status() == AkismetKeyState.Status.INVALID) {
            return "the key was rejected: comments are held for moderators";
        }
        return throttle.remaining().map(wait -> "Akismet asked us to wait (" + wait.toSeconds() + " s more): checks are paused")
                .orElse(null);
    }
}
