-- Users, their roles and the failed-login record the login throttle reads.
-- Runs on PostgreSQL (production, tests) and H2 in PostgreSQL mode (demo).

create sequence app_user_seq start with 50 increment by 50;

create table app_user (
    id            bigint       not null primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null default 0,
    constraint app_user_email_lower check (email = lower(email))
);
create unique index app_user_email_uk on app_user (email);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint user_role_known check (role in ('ADMIN', 'MARKETING', 'VENUE', 'ARTIST', 'BUYER'))
);
create index user_role_role_ix on user_role (role);

create sequence login_failure_seq start with 50 increment by 50;

create table login_failure (
    id        bigint       not null primary key,
    login     varchar(320) not null,
    failed_at timestamp with time zone not null
);
create index login_failure_login_ix on login_failure (login, failed_at);
create index login_failure_failed_at_ix on login_failure (failed_at);
