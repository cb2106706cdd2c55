package io.newsroom.comment.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Hourly by default: IP addresses, user agents and referrers are kept for spam fighting only as long as the retention
 * says; spam, discarded and trashed replies go after theirs. Each is one statement, safe with several replicas.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    PrivacyService privacy;

    @Scheduled(every = "${newsroom.comments.retention-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        int touched = privacy.forgetOldAddresses();
        if (touched > 0) {
            LOG.infof("Removed IP addresses, user agents and referrers from %d comments past retention", touched);
        }
        int purged = privacy.purgeUnwanted();
        if (purged > 0) {
            LOG.infof("Purged %d spam, discarded or trashed replies past retention", purged);
        }
    }
}
