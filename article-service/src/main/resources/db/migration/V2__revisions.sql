-- Who wrote or edited each version of a story (staff read it; the public never does). A fact-checker who
-- appears here for a story may not check it, and a verdict is only good while no later revision changed the
-- checked text (title, summary, body, sources).
create table story_revision (
    id             uuid primary key,
    story_id       uuid not null references story(id) on delete cascade,
    version        bigint not null,
    editor_subject varchar(255) not null,
    editor_name    varchar(255) not null,
    change         varchar(20) not null,
    text_changed   boolean not null,
    edited_at      timestamptz not null
);
create index story_revision_story_idx on story_revision (story_id, version);

-- Stories written before revisions were kept: their author wrote the first version; later edits are unknown.
insert into story_revision (id, story_id, version, editor_subject, editor_name, change, text_changed, edited_at)
select gen_random_uuid(), id, 0, author_subject, author_name, 'CREATED', true, created_at from story;
