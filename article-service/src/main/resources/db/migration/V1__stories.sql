create table story (
    id                uuid primary key,
    slug              varchar(200) not null unique,
    title             varchar(300) not null,
    summary           varchar(1000),
    body              text not null,
    tags              text[] not null default '{}',
    sources           jsonb not null default '[]',
    author_subject    varchar(255) not null,
    author_name       varchar(255) not null,
    status            varchar(20) not null,
    version           bigint not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    published_at      timestamptz,
    first_published_at timestamptz,
    comments_open     boolean not null default true,
    comments_close_at timestamptz,
    comment_count     integer not null default 0,
    review_notes      text
);
-- The public list: published stories, newest first, optionally by tag.
create index story_published_idx on story (published_at desc, id) where status = 'PUBLISHED';
create index story_tags_idx on story using gin (tags);

create table fact_check (
    id               uuid primary key,
    story_id         uuid not null references story(id) on delete cascade,
    checker_subject  varchar(255) not null,
    checker_name     varchar(255) not null,
    verdict          varchar(20) not null,
    notes            text,
    sources_checked  jsonb not null default '[]',
    checked_at       timestamptz not null,
    story_version    bigint not null
);
create index fact_check_story_idx on fact_check (story_id, checked_at desc);

create table correction (
    id          uuid primary key,
    story_id    uuid not null references story(id) on delete cascade,
    text        varchar(5000) not null,
    author_name varchar(255) not null,
    created_at  timestamptz not null
);
create index correction_story_idx on correction (story_id, created_at);

-- Last known status of each comment, from comment.status-changed events:
-- the approved count is derived from it, so a redelivered event changes nothing.
create table comment_status (
    comment_id  uuid primary key,
    article_id  uuid not null,
    status      varchar(20) not null,
    status_seq  integer not null
);
