-- One database per service (compose runs this once, on an empty data volume).
create database newsroom_article;
create database newsroom_comment;
create database newsroom_moderation;
