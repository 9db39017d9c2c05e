-- The audit trail: every action, appended in order, each entry carrying the hash of the one before,
-- so that a changed or removed entry breaks the chain from there on. The head row is the lock that
-- keeps appends in order and remembers the last hash.
create table audit_entry (
  id             bigint       primary key,
  recorded_at    timestamp with time zone not null,
  actor          varchar(64),
  action         varchar(100) not null,
  subject        varchar(300),
  detail         varchar(2000),
  previous_hash  char(64)     not null,
  hash           char(64)     not null
);
create index audit_entry_recorded_idx on audit_entry (recorded_at);

create table audit_head (
  id         integer  primary key,
  last_id    bigint   not null,
  last_hash  char(64) not null
);
insert into audit_head (id, last_id, last_hash)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
