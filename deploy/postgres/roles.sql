-- Production: one database role per service, owner of its own database and of nothing else, so a service
-- that is broken into reads no other service's data. Run once as a PostgreSQL superuser:
--   psql -v article_password=… -v comment_password=… -v moderation_password=… -f deploy/postgres/roles.sql
-- and give each password to its service (QUARKUS_DATASOURCE_PASSWORD in <service>-secrets, Kubernetes).
create role article_service login password :'article_password';
create role comment_service login password :'comment_password';
create role moderation_service login password :'moderation_password';
create database newsroom_article owner article_service;
create database newsroom_comment owner comment_service;
create database newsroom_moderation owner moderation_service;
revoke all on database newsroom_article from public;
revoke all on database newsroom_comment from public;
revoke all on database newsroom_moderation from public;
