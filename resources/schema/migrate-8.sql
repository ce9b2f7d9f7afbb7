-- Schema 8: where a person's names come from, as companies.name_origin says for organisations
-- ('article': the names given are printed in the source articles; 'reference': one of them, such
-- as a Chinese name only an English article mentions, is taken from outside the articles). And a
-- kind of subject that is no organisation: 'sector', an industry or a profession as a whole (the
-- country's lawyers, the market of DeepSeek courses), so that a figure is filed under what it is
-- about.
ALTER TABLE people ADD COLUMN name_origin TEXT NOT NULL DEFAULT 'article'
    CHECK (name_origin IN ('article', 'reference'))
;;
-- Widening a CHECK leaves every row valid: the definition is edited in place, as in schema 5, and
-- Schema::completeUpgrade bumps PRAGMA schema_version.
PRAGMA writable_schema = ON
;;
UPDATE sqlite_schema
   SET sql = replace(sql, '''association'', ''media_research'')', '''association'', ''media_research'', ''sector'')')
 WHERE type = 'table' AND name = 'companies'
;;
PRAGMA writable_schema = OFF
