-- The catalog: categories, artists, venues with their floor plan (sections and seats), events,
-- sessions with per-section prices and price categories; platform settings; the audit trail.
-- Money is minor units plus an ISO currency; instants are UTC timestamps with time zone.

create sequence category_seq start with 50 increment by 50;
create table category (
    id         bigint       not null primary key,
    name       varchar(100) not null,
    slug       varchar(120) not null,
    sort_order integer      not null default 0,
    version    bigint       not null default 0
);
create unique index category_slug_uk on category (slug);

create sequence artist_seq start with 50 increment by 50;
create table artist (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    slug        varchar(120) not null,
    bio         text,
    image_key   varchar(200),
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0
);
create unique index artist_slug_uk on artist (slug);

create sequence venue_seq start with 50 increment by 50;
create table venue (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    slug        varchar(120) not null,
    city_id     bigint       not null references city (id),
    address     varchar(300) not null,
    description text,
    image_key   varchar(200),
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0
);
create unique index venue_slug_uk on venue (slug);
create index venue_city_ix on venue (city_id);

create sequence section_seq start with 50 increment by 50;
create table section (
    id                   bigint       not null primary key,
    venue_id             bigint       not null references venue (id) on delete cascade,
    name                 varchar(100) not null,
    kind                 varchar(10)  not null,
    capacity             integer      not null,
    starting_price_minor bigint       not null,
    currency             char(3)      not null,
    position_x           double precision not null,
    position_y           double precision not null,
    rotation             double precision not null,
    shape                varchar(16)  not null,
    size_x               double precision not null,
    size_y               double precision not null,
    sort_order           integer      not null default 0,
    version              bigint       not null default 0,
    constraint section_kind_known check (kind in ('STANDING', 'SEATED')),
    constraint section_capacity_positive check (capacity >= 0),
    constraint section_price_not_negative check (starting_price_minor >= 0)
);
create index section_venue_ix on section (venue_id);
create unique index section_venue_name_uk on section (venue_id, name);

create sequence seat_seq start with 50 increment by 50;
create table seat (
    id          bigint      not null primary key,
    section_id  bigint      not null references section (id) on delete cascade,
    row_label   varchar(10) not null,
    seat_number integer     not null,
    position_x  double precision not null,
    position_y  double precision not null,
    rotation    double precision not null,
    shape       varchar(16) not null,
    size_x      double precision not null,
    size_y      double precision not null,
    disabled    boolean     not null default false,
    wheelchair  boolean     not null default false,
    companion   boolean     not null default false
);
create unique index seat_section_row_number_uk on seat (section_id, row_label, seat_number);

create sequence event_seq start with 50 increment by 50;
create table event (
    id          bigint       not null primary key,
    title       varchar(200) not null,
    slug        varchar(120) not null,
    description text,
    category_id bigint       not null references category (id),
    status      varchar(12)  not null,
    featured    boolean      not null default false,
    published_at timestamp with time zone,
    image_key   varchar(200),
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint event_status_known check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED'))
);
create unique index event_slug_uk on event (slug);
create index event_category_ix on event (category_id, status);

create table event_artist (
    event_id      bigint  not null references event (id) on delete cascade,
    artist_id     bigint  not null references artist (id),
    billing_order integer not null,
    primary key (event_id, artist_id)
);
create index event_artist_artist_ix on event_artist (artist_id);

create sequence event_session_seq start with 50 increment by 50;
create table event_session (
    id          bigint      not null primary key,
    event_id    bigint      not null references event (id),
    venue_id    bigint      not null references venue (id),
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    sales_start timestamp with time zone not null,
    sales_end   timestamp with time zone not null,
    status      varchar(12) not null,
    currency    char(3)     not null,
    version     bigint      not null default 0,
    constraint session_ends_after_start check (ends_at > starts_at),
    constraint session_sales_window check (sales_end > sales_start),
    constraint session_status_known check (status in ('SCHEDULED', 'ON_SALE', 'SOLD_OUT', 'CANCELLED'))
);
create index event_session_event_ix on event_session (event_id, starts_at);
create index event_session_venue_ix on event_session (venue_id, starts_at);
create index event_session_starts_ix on event_session (starts_at, status);

create table session_section_price (
    session_id  bigint not null references event_session (id) on delete cascade,
    section_id  bigint not null references section (id),
    price_minor bigint not null,
    primary key (session_id, section_id),
    constraint session_section_price_not_negative check (price_minor >= 0)
);

create sequence price_category_seq start with 50 increment by 50;
create table price_category (
    id             bigint       not null primary key,
    session_id     bigint       not null references event_session (id) on delete cascade,
    name           varchar(100) not null,
    is_public      boolean      not null,
    quantity_limit integer,
    sort_order     integer      not null default 0,
    constraint price_category_limit_positive check (quantity_limit is null or quantity_limit > 0)
);
create unique index price_category_session_name_uk on price_category (session_id, name);

create table price_category_price (
    price_category_id bigint not null references price_category (id) on delete cascade,
    section_id        bigint not null references section (id),
    price_minor       bigint not null,
    primary key (price_category_id, section_id),
    constraint price_category_price_not_negative check (price_minor >= 0)
);

create table platform_settings (
    id                    integer      not null primary key,
    platform_name         varchar(100) not null,
    default_currency      char(3)      not null,
    hold_minutes          integer      not null,
    max_tickets_per_order integer      not null,
    fee_percent_bp        integer      not null,
    fee_fixed_minor       bigint       not null,
    version               bigint       not null default 0,
    constraint platform_settings_single check (id = 1),
    constraint platform_settings_hold check (hold_minutes between 1 and 120),
    constraint platform_settings_max_tickets check (max_tickets_per_order between 1 and 100),
    constraint platform_settings_fees check (fee_percent_bp between 0 and 10000 and fee_fixed_minor >= 0)
);
insert into platform_settings (id, platform_name, default_currency, hold_minutes, max_tickets_per_order,
                               fee_percent_bp, fee_fixed_minor)
values (1, 'Marquee', 'EUR', 15, 10, 0, 0);

create sequence audit_entry_seq start with 50 increment by 50;
create table audit_entry (
    id          bigint       not null primary key,
    at          timestamp with time zone not null,
    actor       varchar(320) not null,
    action      varchar(20)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(60)  not null,
    summary     varchar(1000) not null
);
create index audit_entry_entity_ix on audit_entry (entity_type, entity_id, at);
create index audit_entry_at_ix on audit_entry (at);
