-- Idempotency keys of API writes: claimed in the transaction of the action they guard, the answer kept
-- once it is sent, so a retry gets it again instead of recording twice. One key per user.
create table idempotency_key (
  user_id      varchar(64)  not null,
  idem_key     varchar(255) not null,
  fingerprint  varchar(64)  not null,
  claimed_at   timestamp with time zone not null,
  status       integer,
  content_type varchar(255),
  location     varchar(2000),
  body         bytea,
  primary key (user_id, idem_key)
);
create index idempotency_key_claimed_idx on idempotency_key (claimed_at);
