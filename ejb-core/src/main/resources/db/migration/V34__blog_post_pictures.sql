-- The pictures uploaded for a post's body (its media area): the editor inserts them into the
-- body, which may show pictures of our own image store only (BlogHtml). They go with the post.

create sequence blog_post_picture_seq start with 50 increment by 50;
create table blog_post_picture (
    id       bigint not null primary key,
    post_id  bigint not null references blog_post (id) on delete cascade,
    image_id bigint not null references image (id),
    width    integer not null,
    height   integer not null,
    added_at timestamp with time zone not null
);
create index blog_post_picture_post_ix on blog_post_picture (post_id, added_at);
create index blog_post_picture_image_ix on blog_post_picture (image_id);
