-- Countries (ISO 3166-1 alpha-2) and cities with the IANA time zone their venues show times in.

create table country (
    code char(2)      not null primary key,
    name varchar(100) not null
);

create sequence city_seq start with 50 increment by 50;

create table city (
    id           bigint       not null primary key,
    country_code char(2)      not null references country (code),
    name         varchar(100) not null,
    slug         varchar(120) not null,
    time_zone    varchar(64)  not null,
    version      bigint       not null default 0
);
create unique index city_slug_uk on city (slug);
create index city_country_ix on city (country_code);
