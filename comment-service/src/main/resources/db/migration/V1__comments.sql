-- One row per reply. Personal data (email, IP, user agent, referrer) lives only here and
-- in not-yet-published outbox rows; erasure and IP retention clear both.
create table comment (
    id                   uuid primary key,
    article_id           uuid         not null,
    parent_id            uuid         references comment (id),
    root_id              uuid         not null,
    depth                int          not null,
    status               varchar(16)  not null,
    comment_type         varchar(16)  not null,
    author_name          varchar(245),
    author_email         varchar(100),
    author_url           varchar(200),
    author_subject       varchar(255),
    author_roles         varchar(1000),
    content              text         not null,
    user_ip              varchar(45),
    user_agent           varchar(1000),
    referrer             varchar(2000),
    permalink            varchar(2000),
    article_published_at timestamptz,
    article_modified_at  timestamptz,
    article_tags         varchar(2000),
    honeypot_field       varchar(100),
    honeypot_value       varchar(1000),
    status_token_hash    varchar(64),
    decision_seq         int          not null default 0,
    status_seq           int          not null default 1,
    deleted              boolean      not null default false,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    last_submitted_at    timestamptz
);

-- Public thread page: top-level approved comments of a story in time order, then all replies
-- of the page's roots in one query.
create index comment_article_top_idx on comment (article_id, created_at, id)
    where status = 'APPROVED' and parent_id is null;
create index comment_root_idx on comment (root_id, created_at) where status = 'APPROVED';
create index comment_article_status_idx on comment (article_id, status);
-- Flood, duplicate and privacy look-ups.
create index comment_email_idx on comment (lower(author_email), created_at);
create index comment_ip_idx on comment (user_ip, created_at);
create index comment_subject_idx on comment (author_subject, created_at);
-- Re-send job: pending comments that never saw a decision.
create index comment_resend_idx on comment (last_submitted_at)
    where status = 'PENDING' and decision_seq = 0 and deleted = false;
create index comment_retention_idx on comment (created_at) where user_ip is not null or user_agent is not null;

-- Transactional outbox: written in the same transaction as the change it announces, deleted once
-- the broker has confirmed it.
create table outbox_event (
    id          uuid primary key,
    comment_id  uuid         not null,
    event_type  varchar(64)  not null,
    payload     text         not null,
    created_at  timestamptz  not null,
    attempts    int          not null default 0
);
create index outbox_event_created_idx on outbox_event (created_at);
create index outbox_event_comment_idx on outbox_event (comment_id);
