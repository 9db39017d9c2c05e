-- What each user chose for the pages: the language (en, ru) and the time zone they read times in.
-- A user without a row reads the language their browser asks for, in the forum's time zone.
create table user_preference (
  user_id    varchar(64) primary key,
  language   varchar(8),
  time_zone  varchar(64),
  changed_at timestamp with time zone not null
);

-- Where a task is done in Accord's pages, as the module whose process created it tells.
alter table work_item add column page varchar(200);
