-- moderation-service owns its own copy of each submitted comment (enough to show the queue and to send
-- Akismet feedback later), the history of every decision, the outbox of comment.moderated events, pending
-- Akismet feedback, the site's moderation settings and a tally of decisions that survives purges.

create table moderated_comment (
    id                    uuid primary key,
    article_id            uuid          not null,
    parent_id             uuid,
    permalink             varchar(2000),
    article_published_at  timestamptz,
    article_modified_at   timestamptz,
    article_tags          text,
    author_name           varchar(255)  not null,
    author_email          varchar(255),
    author_url            varchar(2000),
    content               text          not null,
    user_ip               varchar(64),
    user_agent            varchar(1000),
    referrer              varchar(2000),
    comment_type          varchar(32)   not null,
    author_subject        varchar(255),
    author_roles          varchar(255),
    honeypot_field_name   varchar(255),
    honeypot_value        text,
    submitted_at          timestamptz   not null,
    received_at           timestamptz   not null,
    status                varchar(16)   not null,
    status_before         varchar(16),
    decided_by            varchar(16),
    decision_reason       varchar(255),
    decided_at            timestamptz,
    decision_seq          integer       not null default 0,
    akismet_verdict       varchar(8),
    akismet_guid          varchar(128),
    akismet_pro_tip       varchar(64),
    reported_as           varchar(8),
    awaiting_check        boolean       not null default false,
    next_check_at         timestamptz,
    check_attempts        integer       not null default 0,
    recheck_reason        varchar(32),
    unchecked             boolean       not null default false,
    last_check_error      varchar(500),
    as_submitted          text,
    as_submitted_at       timestamptz
);
create index moderated_comment_status_received on moderated_comment (status, received_at desc);
create index moderated_comment_due on moderated_comment (next_check_at) where awaiting_check;
create index moderated_comment_email on moderated_comment (lower(author_email));

create table moderation_history (
    id               uuid primary key,
    comment_id       uuid         not null references moderated_comment (id) on delete cascade,
    at               timestamptz  not null,
    actor_type       varchar(16)  not null,
    actor            varchar(255),
    event            varchar(40)  not null,
    reason           varchar(255),
    status           varchar(16),
    akismet_verdict  varchar(8),
    akismet_guid     varchar(128),
    akismet_pro_tip  varchar(64),
    message          varchar(1000) not null
);
create index moderation_history_comment on moderation_history (comment_id, at);

create table outbox_event (
    id          uuid primary key,
    comment_id  uuid         not null,
    payload     text         not null,
    created_at  timestamptz  not null,
    attempts    integer      not null default 0
);
create index outbox_event_created on outbox_event (created_at);

create table akismet_feedback (
    id               uuid primary key,
    comment_id       uuid         not null references moderated_comment (id) on delete cascade,
    kind             varchar(8)   not null,
    reporter         varchar(255) not null,
    fields           text         not null,
    created_at       timestamptz  not null,
    next_attempt_at  timestamptz  not null,
    attempts         integer      not null default 0,
    acknowledged_at  timestamptz,
    last_error       varchar(500)
);
create index akismet_feedback_due on akismet_feedback (next_attempt_at) where acknowledged_at is null;

create table moderation_settings (
    id                   integer primary key,
    disallowed_keys      text         not null,
    moderation_keys      text         not null,
    link_limit           integer      not null,
    manual_approval      boolean      not null,
    previously_approved  varchar(8)   not null,
    discard_worst_spam   boolean      not null,
    spam_purge_days      integer      not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(255)
);

create table moderation_tally (
    name   varchar(64) primary key,
    total  bigint      not null
);

create table purge_record (
    id          uuid primary key,
    at          timestamptz  not null,
    kind        varchar(16)  not null,
    purged      integer      not null,
    older_than  timestamptz
);
