-- Buyer accounts and the second factor: email verification, profile, deletion, single-use links,
-- login challenges (the emailed one-time code) and the devices a user logged in from.
-- Runs on PostgreSQL (production, tests) and H2 in PostgreSQL mode (demo).

-- Accounts are verified unless self-registration created them unverified: an admin vouches for
-- the address of the staff and buyers they create (staff prove it again with every emailed code),
-- and every account that existed before this migration was made by an admin or the demo.
alter table app_user add column email_verified boolean not null default true;
alter table app_user add column phone varchar(16);
alter table app_user add column preferred_language varchar(8) not null default 'en';
-- The buyer's own switch; staff roles need the code whatever it says.
alter table app_user add column second_factor boolean not null default false;
-- Set when the owner deleted the account: personal data is gone, the row stays for the orders.
alter table app_user add column deleted_at timestamp with time zone;
alter table app_user add constraint app_user_language_known check (preferred_language in ('en', 'de'));

-- Throttle keys carry a purpose prefix ("reset:", ...) in front of the email.
alter table login_failure alter column login set data type varchar(400);

-- Links mailed to a user (verify the email, reset the password): single use, expiring; only the
-- SHA-256 of the secret is stored.
create sequence account_token_seq start with 50 increment by 50;
create table account_token (
    id         bigint      not null primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    purpose    varchar(20) not null,
    token_hash char(64)    not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    version    bigint      not null default 0,
    constraint account_token_purpose_known check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD'))
);
create unique index account_token_hash_uk on account_token (token_hash);
create index account_token_user_ix on account_token (user_id, purpose);
create index account_token_expires_ix on account_token (expires_at);

-- A login between the password and the session: passed at once when no code is needed, or
-- waiting for the emailed code (its hash is keyed by the challenge's secret, which is not stored).
create sequence login_challenge_seq start with 50 increment by 50;
create table login_challenge (
    id           bigint   not null primary key,
    user_id      bigint   not null references app_user (id) on delete cascade,
    token_hash   char(64) not null,
    code_hash    char(64),
    attempts     integer  not null default 0,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    passed_at    timestamp with time zone,
    completed_at timestamp with time zone,
    version      bigint   not null default 0,
    constraint login_challenge_attempts_not_negative check (attempts >= 0)
);
create unique index login_challenge_hash_uk on login_challenge (token_hash);
create index login_challenge_user_ix on login_challenge (user_id);
create index login_challenge_expires_ix on login_challenge (expires_at);

-- Browsers a user logged in from, known by a long-lived cookie whose SHA-256 is stored.
create sequence known_device_seq start with 50 increment by 50;
create table known_device (
    id            bigint       not null primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    secret_hash   char(64)     not null,
    user_agent    varchar(120) not null,
    first_seen_at timestamp with time zone not null,
    last_seen_at  timestamp with time zone not null,
    version       bigint       not null default 0
);
create unique index known_device_user_secret_uk on known_device (user_id, secret_hash);

-- Mail that carries a one-time secret in clear (a sign-in code, a link) has its text erased once
-- sent: the outbox must not keep what the tables above store only as hashes.
alter table outbox_message add column holds_secret boolean not null default false;
