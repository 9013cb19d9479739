-- Indicators are searched like every other register: either language, Arabic spelling variants folded.
alter table indicator add column search_text text generated always as (kharita_fold(code || ' ' || name_en || ' ' || name_ar)) stored;
