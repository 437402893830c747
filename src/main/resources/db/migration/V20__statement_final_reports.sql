-- A close stores reports beside its dimension statements (allocation trace, cost rates): kind 'REPORT' with the
-- report's id. The key columns a kind does not have hold '-' rather than NULL: a unique key with a NULL in it is
-- not enforced on PostgreSQL (NULLs are distinct) but is on Oracle (H2's Oracle mode too), so only NOT NULL key
-- columns keep "one file per close, version, statement or report, and format" on every database.
--
-- The table is changed in place rather than rebuilt as V16/V17 did: a copy would keep the rows' ids (stored
-- statements are fetched by id) but start its identity at 1 again, so the next close's insert would collide
-- with a copied id, and restarting an identity has no portable syntax. The kind's CHECK has no portable name,
-- so the column is replaced: dropping a column drops the single-column CHECKs on it (H2, PostgreSQL, Oracle);
-- the unique key, which also holds the column, is dropped by its name first. Rows stored before are
-- dimension statements (the old CHECK allowed nothing else): they get kind 'DIMENSION' and report '-'.
ALTER TABLE final_statement DROP CONSTRAINT final_statement_once;
ALTER TABLE final_statement ADD kind_v20 VARCHAR(20) DEFAULT 'DIMENSION' NOT NULL;
UPDATE final_statement SET kind_v20 = kind;
ALTER TABLE final_statement DROP COLUMN kind;
ALTER TABLE final_statement RENAME COLUMN kind_v20 TO kind;
ALTER TABLE final_statement ADD report_id VARCHAR(40) DEFAULT '-' NOT NULL;

ALTER TABLE final_statement ADD CONSTRAINT final_statement_kind CHECK (
    (kind = 'DIMENSION' AND report_id = '-')
    OR (kind = 'REPORT' AND report_id <> '-' AND dimension_name = '-' AND line_structure_id = '-'));
ALTER TABLE final_statement ADD CONSTRAINT final_statement_once UNIQUE (company_id, period_id, process_instance_id,
                                                                        version_id, kind, report_id, dimension_name,
                                                                        line_structure_id, file_format);
