-- The duplicate check looks for the same text on the same story: by a hash of the text, so it reads the few rows
-- with that text instead of every comment the story has (a viral story has hundreds of thousands).
create index comment_duplicate_idx on comment (article_id, md5(content)) where deleted = false;
analyze comment;
