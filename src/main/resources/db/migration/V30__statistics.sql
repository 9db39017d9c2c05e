-- The administrators' statistics (org.accord.statistics): figures kept as the procedure runs, so that the
-- dashboard reads a few small tables instead of scanning years of history. Kept in the transaction of
-- the step that makes each fact. Written in SQL that PostgreSQL and H2 both accept.

-- Each document as the statistics follow it: its type, where it stands and since when, when it was
-- created and adopted, and the rounds it took (counted when it is adopted).
create table statistics_document (
  document_id     bigint      primary key references document (id),
  document_type   varchar(32) not null,
  status          varchar(32) not null,
  status_since    timestamp with time zone not null,
  created_at      timestamp with time zone not null,
  adopted_at      timestamp with time zone,
  rounds          integer     not null default 0,
  -- False for a document already under way when these statistics began: its earlier stages are unknown,
  -- so its time per stage is left out of the figures (its cycle time is not).
  stages_complete boolean     not null default true
);
create index statistics_document_stage_idx on statistics_document (status, document_type);
create index statistics_document_created_idx on statistics_document (created_at);
create index statistics_document_adopted_idx on statistics_document (adopted_at);

-- The time each document has spent in each stage, summed over its stays there.
create table statistics_stage_time (
  document_id bigint      not null references document (id),
  stage       varchar(32) not null,
  seconds     bigint      not null,
  primary key (document_id, stage)
);

-- Durations as histograms of whole hours: how many facts of a measure, for a subject (and a stage),
-- in a year, took so many hours; year 0 holds every year together. A median or 90th percentile then
-- reads one range of the primary key, already in order, however many documents and positions there are.
--   CYCLE     a document type; from creation to adoption, counted in the year of adoption
--   STAGE     a document type and a stage; an adopted document's total time in the stage, same year
--   RESPONSE  a delegation; from a round's opening to the delegation's first position in its own words,
--             counted in the year the round opened
create table statistics_duration (
  measure     varchar(16) not null,
  subject     varchar(32) not null,
  stage       varchar(32) not null default '',
  fact_year   integer     not null,
  hours       integer     not null,
  occurrences bigint      not null,
  primary key (measure, fact_year, subject, stage, hours)
);

-- What the records already hold. The years of facts recorded before this migration are counted in UTC
-- (the forum's time zone is configuration, out of reach here): a fact within hours of New Year may count
-- in the neighbouring year. Stages before this migration were not recorded, so those documents keep
-- their cycle time and rounds but add nothing to the time per stage.
insert into statistics_document (document_id, document_type, status, status_since, created_at, adopted_at, rounds,
                                 stages_complete)
select d.id, d.type, d.status, d.updated_at, d.created_at,
       case when d.status = 'ADOPTED' then d.updated_at end,
       (select count(*) from negotiation_round r where r.document_id = coalesce(d.package_of, d.id)),
       d.status = 'AWAITING_DRAFT'
from document d;

insert into statistics_duration (measure, subject, stage, fact_year, hours, occurrences)
select 'CYCLE', document_type, '', fact_year, hours, count(*)
from (select document_type,
             cast(extract(year from (adopted_at at time zone 'UTC')) as integer) as fact_year,
             cast(floor(extract(epoch from (adopted_at - created_at)) / 3600) as integer) as hours
      from statistics_document where adopted_at is not null) adopted
group by document_type, fact_year, hours;

insert into statistics_duration (measure, subject, stage, fact_year, hours, occurrences)
select 'RESPONSE', delegation_code, '', fact_year, hours, count(*)
from (select p.delegation_code,
             cast(extract(year from (r.opened_at at time zone 'UTC')) as integer) as fact_year,
             cast(floor(extract(epoch from (p.given_at - r.opened_at)) / 3600) as integer) as hours
      from delegation_position p join negotiation_round r on r.id = p.round_id
      where not p.by_silence) answers
group by delegation_code, fact_year, hours;

insert into statistics_duration (measure, subject, stage, fact_year, hours, occurrences)
select measure, subject, stage, 0, hours, sum(occurrences)
from statistics_duration
group by measure, subject, stage, hours;
