package io.newsroom.moderation.akismet;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The latest account alert Akismet sent ({@code X-akismet-alert-code} / {@code -msg}: usage limit reached, key
 * suspended, …), read from every answer — verify-key, checks, feedback, usage — for the admins: logged once per new
 * alert, shown in readiness and {@code /moderation/stats}.
 */
@ApplicationScoped
public class AkismetAlerts {
    private static final Logger LOG = Logger.getLogger(AkismetAlerts.class);

    private volatile CheckResult.Alert last;

    public void seen(Optional<CheckResult.Alert> alert) {
        alert.ifPresent(a -> {
            if (!a.equals(last)) {
                LOG.errorf("Akismet account alert %s: %s", a.code(), a.message());
            }
            last = a;
        });
    }

    public Optional<CheckResult.Alert> last() {
        return Optional.ofNullable(last);
    }
}
