-- Single sign-on: which account at which provider (its stable subject) signs in which user.
-- A user may have several links, one per provider at most; a provider's subject links one user.
-- Runs on PostgreSQL (production, tests) and H2 in PostgreSQL mode (demo).

create sequence sso_link_seq start with 50 increment by 50;

create table sso_link (
    id           bigint       not null primary key,
    provider     varchar(20)  not null,
    subject      varchar(255) not null,
    user_id      bigint       not null references app_user (id) on delete cascade,
    linked_at    timestamp with time zone not null,
    last_used_at timestamp with time zone not null,
    version      bigint       not null default 0,
    constraint sso_link_provider_known check (provider in
        ('GOOGLE', 'FACEBOOK', 'APPLE', 'GITHUB', 'LINKEDIN', 'MICROSOFT', 'TIKTOK', 'X'))
);
create unique index sso_link_provider_subject_uk on sso_link (provider, subject);
create unique index sso_link_user_provider_uk on sso_link (user_id, provider);
