-- The chair's signature (the password typed again) on an SOC decision and on the choice that ends a
-- silence procedure after a break: when it was given. Who signed is the act's actor (decided_by,
-- chosen_by), for whom in acting_for.
alter table decision add column signed_at timestamp with time zone;
alter table silence_procedure add column chosen_signed_at timestamp with time zone;
