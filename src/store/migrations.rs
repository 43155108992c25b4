//! The database schema as an append-only list of migrations (`PRAGMA user_version`).
//!
//! Never edit, reorder or remove a migration once released: add a new one. Each says why it exists.

use rusqlite_migration::{M, Migrations};

/// Every migration, oldest first.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        // 1: the first schema. Cases; one `entries` row per entry (contact, promise, statement,
        // attachment, note) so entry ids are unique within a case across kinds and keep the order they
        // were logged (`position`); one detail table per kind; stored files (`blobs`) apart from the
        // attachment entries that use them, since one file can back several entries.
        M::up(
            "
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    merchant_name TEXT NOT NULL,
    merchant_website TEXT,
    merchant_email TEXT,
    merchant_phone TEXT,
    merchant_address TEXT,
    consumer_name TEXT NOT NULL,
    consumer_website TEXT,
    consumer_email TEXT,
    consumer_phone TEXT,
    consumer_address TEXT,
    order_reference TEXT,
    product TEXT,
    price_amount TEXT,
    price_currency TEXT,
    ordered_at TEXT,
    time_zone TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    language TEXT NOT NULL,
    desired_resolution TEXT,
    status TEXT NOT NULL,
    narrative TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((price_amount IS NULL) = (price_currency IS NULL))
) STRICT;

CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    entry_id TEXT NOT NULL CHECK (entry_id <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('contact', 'promise', 'statement', 'attachment', 'note')),
    position INTEGER NOT NULL,
    UNIQUE (case_id, entry_id)
) STRICT;
CREATE INDEX entries_by_position ON entries(case_id, position);

CREATE TABLE contacts (
    entry INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    channel TEXT NOT NULL,
    direction TEXT NOT NULL,
    counterpart TEXT,
    reference TEXT,
    summary TEXT NOT NULL,
    outcome TEXT NOT NULL,
    wait_minutes INTEGER CHECK (wait_minutes >= 0),
    duration_minutes INTEGER CHECK (duration_minutes >= 0),
    reply_expected_within_days INTEGER CHECK (reply_expected_within_days >= 0),
    in_reply_to INTEGER REFERENCES entries(id) ON DELETE SET NULL
) STRICT;

CREATE TABLE promises (
    entry INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    made_at TEXT NOT NULL,
    source INTEGER REFERENCES entries(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    due TEXT,
    status TEXT NOT NULL,
    settled_at TEXT
) STRICT;

CREATE TABLE statements (
    entry INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    source INTEGER REFERENCES entries(id) ON DELETE SET NULL,
    topic TEXT NOT NULL,
    value TEXT NOT NULL,
    text TEXT
) STRICT;

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL,
    stored_at TEXT NOT NULL
) STRICT;

CREATE TABLE attachments (
    entry INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    file_name TEXT NOT NULL,
    received_at TEXT,
    caption TEXT,
    added_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_blob ON attachments(sha256);

CREATE TABLE attachment_links (
    attachment INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (attachment, target)
) STRICT;
CREATE INDEX attachment_links_by_target ON attachment_links(target);

CREATE TABLE notes (
    entry INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    text TEXT NOT NULL
) STRICT;
",
        ),
        // (law) Rights and deadlines: the optional keys of the case file for the statutory clocks.
        // Case facts as columns; `payment` (object) and `refunds` (list) as their case-file JSON;
        // each contact's party (default merchant), purpose, deadline and receipt.
        M::up(
            "
ALTER TABLE cases ADD COLUMN contract_kind TEXT;
ALTER TABLE cases ADD COLUMN delivery_agreed TEXT;
ALTER TABLE cases ADD COLUMN delivery_essential INTEGER NOT NULL DEFAULT 0
    CHECK (delivery_essential IN (0, 1));
ALTER TABLE cases ADD COLUMN delivered_at TEXT;
ALTER TABLE cases ADD COLUMN merchant_company_id TEXT;
ALTER TABLE cases ADD COLUMN merchant_mediator TEXT;
ALTER TABLE cases ADD COLUMN consumer_company_id TEXT;
ALTER TABLE cases ADD COLUMN consumer_mediator TEXT;
ALTER TABLE cases ADD COLUMN payment TEXT;
ALTER TABLE cases ADD COLUMN refunds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contacts ADD COLUMN party TEXT NOT NULL DEFAULT 'merchant';
ALTER TABLE contacts ADD COLUMN purpose TEXT;
ALTER TABLE contacts ADD COLUMN deadline TEXT;
ALTER TABLE contacts ADD COLUMN received_at TEXT;
",
        ),
        // everyday (email import): the text of each imported email, kept apart from the contact
        // it became so the search index can read the whole message, and its Message-ID, unique
        // per case, so importing the same message twice adds nothing.
        M::up(
            "
CREATE TABLE email_messages (
    entry INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL CHECK (message_id <> ''),
    body_text TEXT NOT NULL,
    UNIQUE (case_id, message_id)
) STRICT;
",
        ),
        // everyday (search across cases): a full-text index (FTS5, accents and case folded) of
        // every case and entry, kept in sync by triggers inside the same transactions as the
        // data; existing rows are indexed here.
        M::up(super::search::MIGRATION_SQL),
        // letters (issue 10): the user's edits of a letter's text, kept per case and kind so the
        // dialog reopens with them (and exports them); and what became of a sent letter, later:
        // received on a date (the contact's `received_at`, which the clocks read) or not
        // collected (with the date it was presented or came back).
        M::up(
            "
CREATE TABLE letter_drafts (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind <> ''),
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (case_id, kind)
) STRICT;
CREATE TABLE letter_receipts (
    entry INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('received', 'not_collected')),
    on_date TEXT NOT NULL
) STRICT;
",
        ),
        // claim (issue 13): costs the dispute caused the consumer (premium-rate calls…), the
        // case file's `case.costs` list as its JSON, like `refunds`.
        M::up("ALTER TABLE cases ADD COLUMN costs TEXT NOT NULL DEFAULT '[]';"),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        let result = migrations().validate();
        assert!(result.is_ok(), "{result:?}");
    }
}
