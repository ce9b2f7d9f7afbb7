-- Schema 9: full-text indexes over observations' notes, so that the observation table's free-text
-- filter reads the rows whose notes hold the text instead of every note of the file. As for
-- paragraphs: a trigram index answers three characters or more, kept in step by triggers, and a
-- bigram index answers two letters or digits; Schema::completeUpgrade fills the bigram index after
-- these statements, in the same transaction (BigramIndex computes its tokens in the application).
-- Rows without notes are left out of both. Company names, aliases and metric labels, the other
-- texts the filter matches, are small tables read whole.
CREATE VIRTUAL TABLE observations_notes_fts USING fts5 (note_zh, note_en, content = 'observations',
                                                        content_rowid = 'id', tokenize = 'trigram')
;;
INSERT INTO observations_notes_fts (rowid, note_zh, note_en)
    SELECT id, note_zh, note_en FROM observations WHERE note_zh <> '' OR note_en <> ''
;;
CREATE TRIGGER observations_notes_ai AFTER INSERT ON observations WHEN new.note_zh <> '' OR new.note_en <> '' BEGIN
    INSERT INTO observations_notes_fts (rowid, note_zh, note_en) VALUES (new.id, new.note_zh, new.note_en);
END
;;
CREATE TRIGGER observations_notes_ad AFTER DELETE ON observations WHEN old.note_zh <> '' OR old.note_en <> '' BEGIN
    INSERT INTO observations_notes_fts (observations_notes_fts, rowid, note_zh, note_en)
        VALUES ('delete', old.id, old.note_zh, old.note_en);
END
;;
CREATE TRIGGER observations_notes_au AFTER UPDATE ON observations BEGIN
    INSERT INTO observations_notes_fts (observations_notes_fts, rowid, note_zh, note_en)
        SELECT 'delete', old.id, old.note_zh, old.note_en WHERE old.note_zh <> '' OR old.note_en <> '';
    INSERT INTO observations_notes_fts (rowid, note_zh, note_en)
        SELECT new.id, new.note_zh, new.note_en WHERE new.note_zh <> '' OR new.note_en <> '';
END
;;
-- Contentless: rowid is observations.id; column grams holds BigramIndex::document() of the notes.
CREATE VIRTUAL TABLE observations_notes_bigrams USING fts5 (grams, content = '',
                                                            tokenize = 'unicode61 remove_diacritics 0')
