-- Shadow mode: the sources (rules, akismet) an admin set to "log only", one id per line.
alter table moderation_settings add column shadow_sources text not null default '';

-- Accuracy: what each source decided about each comment (acting or in shadow mode), and whether moderators
-- overturned it. No personal data, and no foreign key: the figures outlive purged comments for their 30 days.
create table source_verdict (
    id             uuid primary key,
    comment_id     uuid         not null,
    source         varchar(32)  not null,
    shadow         boolean      not null,
    verdict        varchar(16)  not null,
    decided_at     timestamptz  not null,
    overturned_at  timestamptz,
    overturned_by  varchar(255),
    unique (comment_id, source, shadow)
);
create index source_verdict_decided on source_verdict (decided_at);
