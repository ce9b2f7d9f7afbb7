-- Schema 2: indexes for the observation table's default order, and the bigram index for
-- two-character search. BigramIndex::rebuild fills paragraphs_bigrams after these statements, in
-- the same transaction (its tokens are computed in the application, not in SQL).

-- The observation table sorts by company name in the interface language; with these, its first
-- page is read in order from the indexes instead of sorting every observation.
CREATE INDEX companies_name_en ON companies (name_en COLLATE NOCASE, id)
;;
CREATE INDEX companies_name_zh ON companies (name_zh, id)
;;
-- Every column the table shows, so a page is read from the index alone: a company's observations
-- lie together here, while in the table they are scattered through the file. Notes and the
-- derivation (tooltips) are looked up per row when asked for.
DROP INDEX observations_company
;;
CREATE INDEX observations_company ON observations (company_id, id, metric_key, value, value_high, currency, as_of,
                                                   as_of_precision, qualifier, status)
;;
-- Contentless: rowid is main.paragraphs.id; column grams holds BigramIndex::document(text).
CREATE VIRTUAL TABLE paragraphs_bigrams USING fts5 (grams, content = '', tokenize = 'unicode61 remove_diacritics 0')
