package io.newsroom.moderation.settings;

import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.decision.AkismetMode;
import io.newsroom.moderation.decision.Policy;
import io.newsroom.moderation.decision.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class SettingsService {

    @Inject
    ModerationDefaults defaults;
    @Inject
    AkismetConfig akismet;

    @Transactional
    public SettingsView view() {
        return toView(current());
    }

    /** The settings as the decider reads them. */
    @Transactional
    public Policy policy() {
        return policy(current());
    }

    @Transactional
    public int spamPurgeDays() {
        return current().spamPurgeDays;
    }

    @Transactional
    public SettingsView update(SettingsUpdate update, String by) {
        ModerationSettings s = current();
        s.disallowedKeys = String.join("\n", update.disallowedKeys().stream().map(String::trim).toList());
        s.moderationKeys = String.join("\n", update.moderationKeys().stream().map(String::trim).toList());
        s.linkLimit = update.linkLimit();
        s.manualApproval = update.manualApproval();
        s.previouslyApproved = update.previouslyApproved();
        s.discardWorstSpam = update.discardWorstSpam();
        s.spamPurgeDays = update.spamPurgeDays();
        if (update.shadowSources() != null) {
            s.shadowSources = update.shadowSources().stream().map(String::trim).distinct().collect(Collectors.joining("\n"));
        }
        s.updatedAt = Instant.now();
        s.updatedBy = by;
        return toView(s);
    }

    /** The row, created from the configured defaults the first time anyone needs it. */
    ModerationSettings current() {
        ModerationSettings s = ModerationSettings.findById(ModerationSettings.ROW);
        if (s != null) {
            return s;
        }
        ModerationDefaults.Defaults d = defaults.defaults();
        s = new ModerationSettings();
        s.id = ModerationSettings.ROW;
        s.disallowedKeys = "";
        s.moderationKeys = "";
        s.linkLimit = d.linkLimit();
        s.manualApproval = d.manualApproval();
        s.previouslyApproved = d.previouslyApproved();
        s.discardWorstSpam = d.discardWorstSpam();
        s.spamPurgeDays = d.spamPurgeDays();
        s.updatedAt = Instant.now();
        ModerationSettings.getEntityManager()
                .createNativeQuery("insert into moderation_settings (id, disallowed_keys, moderation_keys, link_limit, "
                        + "manual_approval, previously_approved, discard_worst_spam, spam_purge_days, updated_at, "
                        + "shadow_sources) values (?1, '', '', ?2, ?3, ?4, ?5, ?6, ?7, '') on conflict (id) do nothing")
                .setParameter(1, s.id).setParameter(2, s.linkLimit).setParameter(3, s.manualApproval)
                .setParameter(4, s.previouslyApproved.name()).setParameter(5, s.discardWorstSpam)
                .setParameter(6, s.spamPurgeDays).setParameter(7, s.updatedAt)
                .executeUpdate();
        return ModerationSettings.findById(ModerationSettings.ROW);
    }

    private Policy policy(ModerationSettings s) {
        Set<Source> shadow = shadow(s);
        return new Policy(lines(s.disallowedKeys), lines(s.moderationKeys), s.linkLimit, s.manualApproval,
                s.previouslyApproved, s.discardWorstSpam, shadow,
                AkismetMode.of(akismet.enabled(), shadow.contains(Source.AKISMET)),
                new Policy.Retries(akismet.recheck().initialBackoff(), akismet.recheck().maxBackoff(),
                        akismet.recheck().giveUpAfter()));
    }

    private SettingsView toView(ModerationSettings s) {
        return new SettingsView(lines(s.disallowedKeys), lines(s.moderationKeys), s.linkLimit, s.manualApproval,
                s.previouslyApproved, policy(s).requirePreviouslyApproved(), s.discardWorstSpam,
                s.spamPurgeDays, akismet.enabled(), s.updatedAt, s.updatedBy,
                shadow(s).stream().map(Source::id).toList(),
                Arrays.stream(Source.values()).filter(Source::shadowable).map(Source::id).toList());
    }

    /** In the order of moderation, whatever order the admin gave. */
    private static Set<Source> shadow(ModerationSettings s) {
        Set<Source> shadow = EnumSet.noneOf(Source.class);
        lines(s.shadowSources).forEach(id -> Source.ofId(id).filter(Source::shadowable).ifPresent(shadow::add));
        return shadow;
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
