-- Each party's name in the forum's second working language, seeded from config/forum.yaml (name-ru).
alter table delegation add column name_ru varchar(200);
