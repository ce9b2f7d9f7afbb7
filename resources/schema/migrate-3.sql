-- Schema 3: where an imported article came from (saved web pages and PDFs), the page each
-- paragraph was printed on, and paragraphs the reader turned into chrome by hand.

-- The page's canonical URL and site name; NULL when the source gives none (plain text, PDFs).
ALTER TABLE imported_articles ADD COLUMN url TEXT
;;
ALTER TABLE imported_articles ADD COLUMN site TEXT
;;
-- 'text', 'markdown', 'html' or 'pdf'; NULL for articles imported before schema 3.
ALTER TABLE imported_articles ADD COLUMN format TEXT CHECK (format IN ('text', 'markdown', 'html', 'pdf'))
;;
-- 1-based page of a PDF; NULL for sources without pages.
ALTER TABLE paragraphs ADD COLUMN page INTEGER CHECK (page >= 1)
;;
-- The kind the importer gave a paragraph the user has since turned into chrome; NULL otherwise.
-- Turning it back restores this kind.
ALTER TABLE paragraphs ADD COLUMN imported_kind TEXT CHECK (imported_kind IN ('title', 'meta', 'heading', 'body'))
