-- The blog: categories, posts and the events each post is about.
-- A post is public when its status is SCHEDULED or PUBLISHED and its publish time has come:
-- queries filter on the time, so no timer has to flip a status (see docs/architecture.md).
-- The body is stored already sanitised (BlogHtml); titles and excerpts are plain text.
-- The cover picture is an image row (V5), shown by this post alone once uploaded.

create sequence blog_category_seq start with 50 increment by 50;
create table blog_category (
    id      bigint       not null primary key,
    name    varchar(100) not null,
    slug    varchar(120) not null,
    version bigint       not null default 0
);
create unique index blog_category_slug_uk on blog_category (slug);

create sequence blog_post_seq start with 50 increment by 50;
create table blog_post (
    id              bigint       not null primary key,
    title           varchar(200) not null,
    slug            varchar(120) not null,
    excerpt         varchar(500),
    body            text         not null,
    author_name     varchar(200) not null,
    author_login    varchar(320) not null,
    status          varchar(12)  not null,
    publish_at      timestamp with time zone,
    seo_title       varchar(70),
    seo_description varchar(160),
    category_id     bigint references blog_category (id),
    image_id        bigint references image (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint blog_post_status_known check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED')),
    constraint blog_post_publish_time check (status = 'DRAFT' or publish_at is not null)
);
create unique index blog_post_slug_uk on blog_post (slug);
create index blog_post_public_ix on blog_post (status, publish_at);
create index blog_post_category_ix on blog_post (category_id, publish_at);
create index blog_post_image_ix on blog_post (image_id);

-- Related events in the editor's order. An event that is deleted leaves the posts that named it.
create table blog_post_event (
    post_id    bigint  not null references blog_post (id) on delete cascade,
    sort_order integer not null,
    event_id   bigint  not null references event (id) on delete cascade,
    primary key (post_id, sort_order)
);
create index blog_post_event_event_ix on blog_post_event (event_id, post_id);
