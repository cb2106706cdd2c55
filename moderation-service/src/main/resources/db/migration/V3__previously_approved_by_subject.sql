-- "The author must have a previously approved comment" matches a logged-in author by Keycloak subject, an
-- anonymous one by email and name.
create index moderated_comment_subject on moderated_comment (author_subject) where author_subject is not null;
