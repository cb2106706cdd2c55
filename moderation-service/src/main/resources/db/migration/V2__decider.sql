-- The decider's inputs and outputs: history lines written by one input keep their order; re-check reasons are
-- stored by their enum names.
alter table moderation_history add column line_no bigserial;
drop index moderation_history_comment;
create index moderation_history_comment on moderation_history (comment_id, at, line_no);
update moderated_comment set recheck_reason = upper(recheck_reason) where recheck_reason is not null;
