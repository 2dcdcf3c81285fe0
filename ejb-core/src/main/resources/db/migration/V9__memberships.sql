-- Who belongs to which venue and artist team (OWNER or MANAGER), and the invitations owners send.
-- A membership goes with its venue, artist or user. An invitation keeps only a hash of its token.

create sequence venue_person_seq start with 50 increment by 50;
create table venue_person (
    id       bigint      not null primary key,
    venue_id bigint      not null references venue (id) on delete cascade,
    user_id  bigint      not null references app_user (id) on delete cascade,
    role     varchar(10) not null,
    since    timestamp with time zone not null,
    version  bigint      not null default 0,
    constraint venue_person_role_known check (role in ('OWNER', 'MANAGER'))
);
create unique index venue_person_venue_user_uk on venue_person (venue_id, user_id);
create index venue_person_user_ix on venue_person (user_id);

create sequence artist_person_seq start with 50 increment by 50;
create table artist_person (
    id        bigint      not null primary key,
    artist_id bigint      not null references artist (id) on delete cascade,
    user_id   bigint      not null references app_user (id) on delete cascade,
    role      varchar(10) not null,
    since     timestamp with time zone not null,
    version   bigint      not null default 0,
    constraint artist_person_role_known check (role in ('OWNER', 'MANAGER'))
);
create unique index artist_person_artist_user_uk on artist_person (artist_id, user_id);
create index artist_person_user_ix on artist_person (user_id);

create sequence team_invitation_seq start with 50 increment by 50;
create table team_invitation (
    id          bigint       not null primary key,
    venue_id    bigint       references venue (id) on delete cascade,
    artist_id   bigint       references artist (id) on delete cascade,
    email       varchar(320) not null,
    role        varchar(10)  not null,
    token_hash  char(64)     not null,
    invited_by  bigint       references app_user (id) on delete set null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    accepted_at timestamp with time zone,
    accepted_by bigint       references app_user (id) on delete set null,
    revoked_at  timestamp with time zone,
    version     bigint       not null default 0,
    constraint team_invitation_one_team check ((venue_id is null and artist_id is not null)
                                               or (venue_id is not null and artist_id is null)),
    constraint team_invitation_role_known check (role in ('OWNER', 'MANAGER')),
    constraint team_invitation_email_lower check (email = lower(email))
);
create unique index team_invitation_token_uk on team_invitation (token_hash);
create index team_invitation_venue_ix on team_invitation (venue_id);
create index team_invitation_artist_ix on team_invitation (artist_id);
