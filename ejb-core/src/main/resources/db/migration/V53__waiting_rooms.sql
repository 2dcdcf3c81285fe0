-- Waiting rooms (issue 18): a session's admins or venue owners switch one on; buyers beyond the
-- admitted rate wait in a fair queue and reach the checkout with a signed admission that expires.
-- Everything a node needs is in these rows, so any node answers any visitor, and a restart loses
-- nobody's place.
create table waiting_room (
    session_id         bigint                   not null primary key references event_session (id) on delete cascade,
    enabled            boolean                  not null,
    admit_per_minute   integer                  not null,
    admission_minutes  integer                  not null,
    -- Set when the places of those who came before the on-sale have been drawn.
    drawn              boolean                  default false not null,
    -- The last place given; the next arrival after the draw gets the one after.
    last_position      bigint                   default 0 not null,
    -- Places up to here are admitted; it grows by admit_per_minute, never past last_position.
    admitted_through   double precision         default 0 not null,
    advanced_at        timestamp with time zone,
    updated_by         varchar(200),
    updated_at         timestamp with time zone not null,
    constraint waiting_room_rate check (admit_per_minute between 1 and 100000),
    constraint waiting_room_admission check (admission_minutes between 1 and 120)
);

-- One visitor's place: the hash of the ticket in their browser's cookie (never the ticket), a
-- random draw among those who came before the on-sale, the place once given, and when they were
-- first admitted (the admission runs out admission_minutes after it).
create table waiting_room_entry (
    visitor_hash varchar(64)              not null primary key,
    session_id   bigint                   not null references waiting_room (session_id) on delete cascade,
    arrived_at   timestamp with time zone not null,
    draw         double precision,
    position     bigint,
    admitted_at  timestamp with time zone
);
create index waiting_room_entry_session_ix on waiting_room_entry (session_id, position);
