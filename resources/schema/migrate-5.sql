-- Schema 5: observations take every currency of the domain vocabulary (app/domain/Vocabulary.h),
-- CNY, USD, HKD and EUR, as the figure parser reads them; version 1 allowed CNY and USD only.
-- Widening a CHECK leaves every stored row valid and the file's format unchanged, so the table's
-- definition is edited in place, the way SQLite documents for such changes, rather than rebuilt
-- (a rebuild would drop the table and cascade to its citations). Schema::completeUpgrade then
-- bumps PRAGMA schema_version so that every connection reads the new definition.
PRAGMA writable_schema = ON
;;
UPDATE sqlite_schema
   SET sql = replace(sql, 'currency IN (''CNY'', ''USD'')', 'currency IN (''CNY'', ''USD'', ''HKD'', ''EUR'')')
 WHERE type = 'table' AND name = 'observations'
;;
PRAGMA writable_schema = OFF
