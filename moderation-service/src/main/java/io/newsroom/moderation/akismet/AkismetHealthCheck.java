package io.newsroom.moderation.akismet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN only for a rejected key (a configuration problem someone must fix); Akismet being slow or away is UP,
 * because comments are then held and re-checked, which is the designed behaviour.
 */
@Readiness
@ApplicationScoped
public class AkismetHealthCheck implements HealthCheck {

    @Inject
    AkismetKeyState state;
    @Inject
    AkismetAlerts alerts;

    @Override
    public HealthCheckResponse call() {
        AkismetKeyState.Status status = state.status();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("akismet")
                .status(status != AkismetKeyState.Status.INVALID)
                .withData("mode", status == AkismetKeyState.Status.NO_KEY ? "rules-only" : "akismet")
                .withData("key", status.name())
                .withData("detail", state.detail());
        alerts.last().ifPresent(a -> b.withData("alert", a.code() + ": " + a.message()));
        return b.build();
    }
}
