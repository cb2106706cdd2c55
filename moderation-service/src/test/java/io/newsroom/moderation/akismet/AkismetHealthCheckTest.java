package io.newsroom.moderation.akismet;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AkismetHealthCheckTest {

    @Test
    void aRejectedKeyIsDownWithTheReasonAndAlertsAreShown() {
        AkismetKeyState state = new AkismetKeyState();
        AkismetAlerts alerts = new AkismetAlerts();
        AkismetHealthCheck check = new AkismetHealthCheck();
        check.state = state;
        check.alerts = alerts;
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus(), "unverified is not a configuration error");

        state.rejected("Akismet answered 'invalid' to verify-key: check AKISMET_API_KEY");
        alerts.seen(Optional.of(new CheckResult.Alert("10003", "usage limit reached")));
        HealthCheckResponse down = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
        assertEquals("INVALID", down.getData().orElseThrow().get("key"));
        assertTrue(down.getData().orElseThrow().get("detail").toString().contains("AKISMET_API_KEY"));
        assertEquals("10003: usage limit reached", down.getData().orElseThrow().get("alert"));
    }
}
