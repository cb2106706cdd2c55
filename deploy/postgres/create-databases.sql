-- Compose (a local demo) runs this once, on an empty data volume: one database per service, each owned by the
-- service's own role, as deploy/postgres/roles.sql does in production. The passwords are local demo values.
create role article_service login password 'article-service-local-demo';
create role comment_service login password 'comment-service-local-demo';
create role moderation_service login password 'moderation-service-local-demo';
create database newsroom_article owner article_service;
create database newsroom_comment owner comment_service;
create database newsroom_moderation owner moderation_service;
revoke all on database newsroom_article from public;
revoke all on database newsroom_comment from public;
revoke all on database newsroom_moderation from public;
