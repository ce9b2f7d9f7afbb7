-- Schema 7: hand corrections of the reader's alignment (issue 13). A bead a person confirmed or
-- corrected is held when the rest is aligned again. An article's corrected alignment is kept as
-- well under the article's fingerprint, the identity imports already use, so that it comes back
-- when the same article is removed and imported again.
ALTER TABLE alignments ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
;;
CREATE TABLE corrected_alignments (
    fingerprint TEXT NOT NULL,
    bead        INTEGER NOT NULL,
    zh_first    INTEGER,                              -- NULL with zh_count = 0
    zh_count    INTEGER NOT NULL,
    en_first    INTEGER,
    en_count    INTEGER NOT NULL,
    confidence  REAL NOT NULL,
    confirmed   INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    PRIMARY KEY (fingerprint, bead)
)
