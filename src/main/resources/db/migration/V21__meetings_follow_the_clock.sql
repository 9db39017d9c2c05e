-- A meeting sits from its start time, or from when the SOC Chair opens the session early;
-- its agenda, once confirmed, may be published to the forum.
alter table soc_meeting add column opened_by varchar(64);
alter table soc_meeting add column opened_at timestamp with time zone;
alter table soc_meeting add column agenda_published_by varchar(64);
alter table soc_meeting add column agenda_published_at timestamp with time zone;

-- A decision is dated by its act: the day its meeting sat (or its silence procedure expired), in the
-- forum's time zone. decided_at stays the moment it was entered into the register.
alter table decision add column decided_on date;
update decision set decided_on = cast(coalesce(meeting_starts_at, decided_at) as date);
alter table decision alter column decided_on set not null;
