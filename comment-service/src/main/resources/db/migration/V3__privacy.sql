-- Every export and erasure, who asked, for whom (a SHA-256 of the lower-cased email or of the Keycloak subject:
-- never the email itself), when and what happened; for an erasure, what each service erased and when it finished.
create table privacy_request (
    id                  uuid primary key,
    kind                varchar(8)   not null,
    person_by           varchar(8)   not null,
    person_hash         varchar(64)  not null,
    requested_by        varchar(255) not null,
    self_service        boolean      not null,
    requested_at        timestamptz  not null,
    status              varchar(16)  not null,
    comment_result      text,
    comment_done_at     timestamptz,
    moderation_result   text,
    moderation_done_at  timestamptz,
    finished_at         timestamptz
);
create index privacy_request_requested_idx on privacy_request (requested_at desc, id);
create index privacy_request_person_idx on privacy_request (person_hash);
