-- Erasure travels as an event (privacy.erasure-requested from comment-service) naming the person only by a hash:
-- the SHA-256 (hex) of the lower-cased email, or of the Keycloak subject. A tombstone keeps that hash and when the
-- person was erased, so a comment.submitted about them still in flight (submitted before the erasure) is not
-- stored again. The outbox carries two kinds of events now: comment.moderated and privacy.erasure-done.
create table privacy_tombstone (
    person_hash  varchar(64) primary key,
    erased_at    timestamptz not null
);
alter table outbox_event add column event_type varchar(64) not null default 'comment.moderated';
-- Matching by hash scans the table: erasure is rare, and an index would need an immutable hash function.
