-- Purge safety: spam is purged only after being in the spam queue for the whole purge period (spam_since is
-- when it last entered it), never while feedback to Akismet about it is unsent; each purge run is recorded
-- with the oldest and newest comment it removed and how many it kept back for unsent feedback.
alter table moderated_comment add column spam_since timestamptz;
update moderated_comment set spam_since = decided_at where status in ('SPAM', 'DISCARDED');
create index moderated_comment_spam_since on moderated_comment (spam_since) where spam_since is not null;
create index akismet_feedback_comment on akismet_feedback (comment_id) where acknowledged_at is null;

alter table purge_record add column oldest timestamptz;
alter table purge_record add column newest timestamptz;
alter table purge_record add column kept_for_feedback integer not null default 0;
