package io.newsroom.moderation.akismet;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AkismetHealthCheckTest {

    private final AkismetKeyState state = new AkismetKeyState();
    private final AkismetThrottle throttle = new AkismetThrottle();
    private final AkismetHealthCheck check = new AkismetHealthCheck();

    AkismetHealthCheckTest() {
        check.state = state;
        check.alerts = new AkismetAlerts();
        check.throttle = throttle;
    }

    @Test
    void aRejectedKeyDegradesButKeepsTheReplicaInTheLoadBalancer() {
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus(), "unverified is not a configuration error");
        assertEquals(false, check.call().getData().orElseThrow().get("degraded"));

        state.rejected("Akismet answered 'invalid' to verify-key: check AKISMET_API_KEY");
        check.alerts.seen(Optional.of(new CheckResult.Alert("10003", "usage limit reached")));
        HealthCheckResponse degraded = check.call();
        assertEquals(HealthCheckResponse.Status.UP, degraded.getStatus(), "every replica shares the key: none may leave the load balancer for it");
        assertEquals(true, degraded.getData().orElseThrow().get("degraded"));
        assertEquals("INVALID", degraded.getData().orElseThrow().get("key"));
        assertTrue(degraded.getData().orElseThrow().get("detail").toString().contains("AKISMET_API_KEY"));
        assertTrue(degraded.getData().orElseThrow().get("degradedBecause").toString().contains("rejected"));
        assertEquals("10003: usage limit reached", degraded.getData().orElseThrow().get("alert"));
    }

    @Test
    void aThrottledKeyDegradesUntilTheWaitHasPassed() {
        throttle.pause(Duration.ofMinutes(5));
        HealthCheckResponse paused = check.call();
        assertEquals(HealthCheckResponse.Status.UP, paused.getStatus());
        assertEquals(true, paused.getData().orElseThrow().get("degraded"));
        assertTrue(paused.getData().orElseThrow().get("degradedBecause").toString().contains("wait"));
    }
}
