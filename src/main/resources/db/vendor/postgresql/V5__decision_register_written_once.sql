-- The decision register is a record of acts: a decision and its reservations are written once, when
-- the act is taken. Accord never changes them; on PostgreSQL the database refuses it too, so that no
-- statement, from Accord or from anyone with access to the database, quietly alters a decision.
create function decision_register_written_once() returns trigger
language plpgsql as $$
begin
  raise exception 'The decision register is written once: % of % is refused.', tg_op, tg_table_name
    using errcode = 'restrict_violation';
end
$$;

create trigger decision_written_once
  before update or delete on decision
  for each row execute function decision_register_written_once();

create trigger decision_reservation_written_once
  before update or delete on decision_reservation
  for each row execute function decision_register_written_once();
