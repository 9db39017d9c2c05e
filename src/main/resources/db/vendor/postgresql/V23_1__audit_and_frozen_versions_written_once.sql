-- The audit trail is appended to, never changed: on PostgreSQL the database refuses an UPDATE or a
-- DELETE of an entry. A version, once frozen (circulated), keeps its bytes: only the freezing itself
-- (frozen from false to true) may touch a version row.
create function audit_trail_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'The audit trail is append-only: % of % is refused.', tg_op, tg_table_name
    using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_append_only
  before update or delete on audit_entry
  for each row execute function audit_trail_append_only();

create function frozen_version_unchanged() returns trigger
language plpgsql as $$
begin
  if old.frozen then
    raise exception 'A frozen version is never changed: % of document_version % is refused.', tg_op, old.id
      using errcode = 'restrict_violation';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end
$$;

create trigger frozen_version_unchanged
  before update or delete on document_version
  for each row execute function frozen_version_unchanged();
