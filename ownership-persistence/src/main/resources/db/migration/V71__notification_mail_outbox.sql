-- Notification e-mail as an outbox: a notification to be mailed is stored with mail_status 'PENDING' in the
-- transaction of the change it tells of, and sent later off the request thread (NotificationMailer), retried
-- with a growing delay until the mail server takes it. Null: no mail wanted (no mail server configured).
alter table notification
    add column mail_status     varchar(10) check (mail_status in ('PENDING', 'SENT', 'NO_ADDRESS')),
    add column mail_attempts   integer     not null default 0,
    add column mail_next_at    timestamptz,
    add column mail_last_error varchar(500);
create index ix_notification_mail_pending on notification (mail_next_at) where mail_status = 'PENDING';
