-- Figures for operations (the outbox page's tabs and the Prometheus gauges), read every few seconds:
-- each a count over a few rows found by an index, however long the history. SQL that PostgreSQL and H2 accept.

-- Mails not sent yet, by attempts made: pending (fewer than the limit) and failed (at the limit).
create index notification_outbox_backlog_idx on notification_outbox (sent_at, attempts);
-- Rounds still open (closed_at is null), by deadline: the open and the overdue ones.
create index negotiation_round_open_idx on negotiation_round (closed_at, deadline);
-- Open tasks by due date: the overdue ones.
create index work_item_due_idx on work_item (due_at);
