-- Schema 4: what kind of organisation each is. Not every organisation the sources name is a
-- company: a district government, universities, a lawyers' association and research and media
-- firms appear beside the companies, and the interface says which.
ALTER TABLE companies ADD COLUMN kind TEXT NOT NULL DEFAULT 'company'
    CHECK (kind IN ('company', 'government', 'university', 'association', 'media_research'))
