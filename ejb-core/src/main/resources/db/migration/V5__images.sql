-- Pictures of artists, events and venues. V3 reserved a free-text image_key on each; nothing
-- wrote it. It goes, replaced by a reference to an image row: what was uploaded (type found in
-- the content, size in bytes, width and height) and when. The resized files live in the image
-- store under the image's id; an image is never changed, so its address can be cached for good.
-- Several owners may show one image (the demo's posters do); the indexes serve the question
-- "does anyone still show it?" asked before an image is deleted, and the foreign keys' checks.

create sequence image_seq start with 50 increment by 50;
create table image (
    id            bigint       not null primary key,
    content_type  varchar(50)  not null,
    original_size bigint       not null,
    width         integer      not null,
    height        integer      not null,
    created_at    timestamp with time zone not null,
    constraint image_size_not_negative check (original_size >= 0),
    constraint image_dimensions_positive check (width > 0 and height > 0)
);

alter table artist drop column image_key;
alter table artist add column image_id bigint;
alter table artist add constraint artist_image_fk foreign key (image_id) references image (id);
create index artist_image_ix on artist (image_id);

alter table event drop column image_key;
alter table event add column image_id bigint;
alter table event add constraint event_image_fk foreign key (image_id) references image (id);
create index event_image_ix on event (image_id);

alter table venue drop column image_key;
alter table venue add column image_id bigint;
alter table venue add constraint venue_image_fk foreign key (image_id) references image (id);
create index venue_image_ix on venue (image_id);
