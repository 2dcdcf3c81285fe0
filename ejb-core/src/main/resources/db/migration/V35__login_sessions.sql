-- Every login is a row, so that its owner sees where the account is signed in (device, address,
-- since when, last seen) and can end one session or all others. A session's browser holds the
-- key in its server session; the table keeps only the key's hash. Ended sessions keep their row
-- until the account goes (on delete cascade) or the housekeeping purges old ones.
create sequence login_session_seq start with 50 increment by 50;
create table login_session (
    id           bigint       not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    key_hash     char(64)     not null,
    user_agent   varchar(120) not null,
    address      varchar(64)  not null,
    started_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    ended_at     timestamp with time zone,
    version      bigint       not null default 0
);
create unique index login_session_key_uk on login_session (key_hash);
create index login_session_user_ix on login_session (user_id, started_at);
