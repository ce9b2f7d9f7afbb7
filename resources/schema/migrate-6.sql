-- Schema 6: the suggestions a person dismissed in the reader, per imported article
-- (app/suggest/DismissedSuggestions). Earlier versions created the table on first use, so a
-- database may already hold it: it is created only where it is missing, rows kept.
CREATE TABLE IF NOT EXISTS dismissed_suggestions (
    article_id INTEGER NOT NULL REFERENCES imported_articles (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    PRIMARY KEY (article_id, key)
)
