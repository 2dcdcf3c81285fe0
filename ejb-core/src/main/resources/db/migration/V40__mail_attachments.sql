-- Which files an email carries ("kind:reference" a line, such as "tickets:1234"); the area that
-- owns them makes the bytes when the message is sent (AttachmentSource). Null when none.
alter table outbox_message add column attachments varchar(1000);
