//! Search across cases: an SQLite FTS5 index of every case and entry.
//!
//! One index row per case (title, merchant, consumer, order reference, product, narrative,
//! desired resolution) and one per entry (a contact's summary, counterpart, reference and the
//! text of an imported email; a promise's text; a statement's topic, value and text; an
//! attachment's file name and caption; a note's text). The tokenizer is `unicode61` with
//! `remove_diacritics 2`, so `entrepot` finds « entrepôt » and case never matters.
//!
//! Triggers keep the index in step with the data inside the very transaction that changes it:
//! no store code has to remember it. Each entry trigger builds its row directly from the new
//! values (no pass through the view, which only serves the initial indexing and the rare
//! re-indexing after a case or an email text changes). A case's row has the key `-case id`; an entry's row the
//! key of its `entries` row.

use super::StoreError;
use crate::domain::{CaseId, EntryId};
use rusqlite::{Connection, params};

/// The migration that creates the index, its source view and triggers, and indexes existing
/// rows.
pub(crate) const MIGRATION_SQL: &str = "
CREATE VIRTUAL TABLE search_index USING fts5(
    case_id UNINDEXED,
    entry_id UNINDEXED,
    kind UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW search_source (key, case_id, entry_id, kind, body) AS
SELECT -c.id, c.id, NULL, 'case',
       concat_ws(' ', c.title, c.merchant_name, c.merchant_email, c.consumer_name,
                 c.order_reference, c.product, c.desired_resolution, c.narrative)
FROM cases c
UNION ALL
SELECT e.id, e.case_id, e.entry_id, 'contact',
       concat_ws(' ', k.summary, k.counterpart, k.reference, m.body_text)
FROM entries e JOIN contacts k ON k.entry = e.id LEFT JOIN email_messages m ON m.entry = e.id
UNION ALL
SELECT e.id, e.case_id, e.entry_id, 'promise', p.text
FROM entries e JOIN promises p ON p.entry = e.id
UNION ALL
SELECT e.id, e.case_id, e.entry_id, 'statement', concat_ws(' ', s.topic, s.value, s.text)
FROM entries e JOIN statements s ON s.entry = e.id
UNION ALL
SELECT e.id, e.case_id, e.entry_id, 'attachment', concat_ws(' ', a.file_name, a.caption)
FROM entries e JOIN attachments a ON a.entry = e.id
UNION ALL
SELECT e.id, e.case_id, e.entry_id, 'note', n.text
FROM entries e JOIN notes n ON n.entry = e.id;

CREATE TRIGGER search_case_insert AFTER INSERT ON cases BEGIN
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = -new.id;
END;
CREATE TRIGGER search_case_update
AFTER UPDATE OF title, merchant_name, merchant_email, consumer_name, order_reference, product,
    desired_resolution, narrative ON cases BEGIN
    DELETE FROM search_index WHERE rowid = -old.id;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = -new.id;
END;
CREATE TRIGGER search_case_delete AFTER DELETE ON cases BEGIN
    DELETE FROM search_index WHERE rowid = -old.id;
END;
CREATE TRIGGER search_entry_delete AFTER DELETE ON entries BEGIN
    DELETE FROM search_index WHERE rowid = old.id;
END;

CREATE TRIGGER search_contact_insert AFTER INSERT ON contacts BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_contact_update AFTER UPDATE ON contacts BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_email_insert AFTER INSERT ON email_messages BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_email_delete AFTER DELETE ON email_messages BEGIN
    DELETE FROM search_index WHERE rowid = old.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = old.entry;
END;
CREATE TRIGGER search_promise_insert AFTER INSERT ON promises BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_promise_update AFTER UPDATE ON promises BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_statement_insert AFTER INSERT ON statements BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_statement_update AFTER UPDATE ON statements BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_attachment_insert AFTER INSERT ON attachments BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_attachment_update AFTER UPDATE ON attachments BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_note_insert AFTER INSERT ON notes BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;
CREATE TRIGGER search_note_update AFTER UPDATE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = new.entry;
    INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
    SELECT key, case_id, entry_id, kind, body FROM search_source WHERE key = new.entry;
END;

INSERT INTO search_index (rowid, case_id, entry_id, kind, body)
SELECT key, case_id, entry_id, kind, body FROM search_source;
";

/// What kind of row a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    /// The case's own details (title, merchant, consumer, references, narrative).
    Case,
    /// A contact (including the text of an imported email).
    Contact,
    /// A promise.
    Promise,
    /// A statement.
    Statement,
    /// An attachment (file name, caption).
    Attachment,
    /// A note.
    Note,
}

impl HitKind {
    /// The kind as a stable lower-case word (`contact`), as the CLI prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Case => "case",
            Self::Contact => "contact",
            Self::Promise => "promise",
            Self::Statement => "statement",
            Self::Attachment => "attachment",
            Self::Note => "note",
        }
    }

    fn parse(text: &str) -> Result<Self, StoreError> {
        Ok(match text {
            "case" => Self::Case,
            "contact" => Self::Contact,
            "promise" => Self::Promise,
            "statement" => Self::Statement,
            "attachment" => Self::Attachment,
            "note" => Self::Note,
            other => {
                return Err(StoreError::Corrupt {
                    column: "search_index.kind",
                    value: other.to_owned(),
                });
            }
        })
    }
}

/// One place where the searched words occur.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// The case.
    pub case: CaseId,
    /// The case's title.
    pub case_title: String,
    /// The entry, or `None` when the words are in the case's own details.
    pub entry: Option<EntryId>,
    /// What kind of row matched.
    pub kind: HitKind,
    /// A short extract around the words, each found word between `[` and `]`.
    pub snippet: String,
}

/// Turns what a person typed into an FTS5 query: each word quoted (so no character is syntax)
/// and matched as a prefix, all words required. `None` when there is no word to look for.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The best `limit` hits for `text` across every case, best first.
pub(crate) fn search(
    conn: &Connection,
    text: &str,
    limit: usize,
) -> Result<Vec<SearchHit>, StoreError> {
    let Some(query) = fts_query(text) else {
        return Ok(Vec::new());
    };
    let mut statement = conn.prepare_cached(
        "SELECT s.case_id, c.title, s.entry_id, s.kind, \
                snippet(search_index, 3, '[', ']', '…', 12) \
         FROM search_index s JOIN cases c ON c.id = s.case_id \
         WHERE search_index MATCH ?1 \
         ORDER BY rank, s.case_id, s.rowid LIMIT ?2",
    )?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = statement.query_map(params![query, limit], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Option<String>>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (case, case_title, entry, kind, snippet) = row?;
        hits.push(SearchHit {
            case: CaseId(case),
            case_title,
            entry: entry.map(EntryId::new),
            kind: HitKind::parse(&kind)?,
            snippet,
        });
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_index(conn: &Connection) -> bool {
        conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'search_index'",
            [],
            |row| row.get::<_, i64>(0),
        )
        .unwrap()
            > 0
    }

    #[test]
    fn the_migration_indexes_rows_that_were_already_there() {
        let migrations = super::super::migrations::migrations();
        // The first schema version that has the index (migrations are append-only).
        let mut probe = Connection::open_in_memory().unwrap();
        let mut version = 1;
        loop {
            migrations.to_version(&mut probe, version).unwrap();
            if has_index(&probe) {
                break;
            }
            version += 1;
        }
        let mut conn = Connection::open_in_memory().unwrap();
        migrations.to_version(&mut conn, version - 1).unwrap();
        conn.execute_batch(
            "INSERT INTO cases (id, title, merchant_name, consumer_name, time_zone, jurisdiction,
                language, status, created_at, updated_at)
             VALUES (7, 'Réfrigérateur en panne', 'Électro', 'Anne', 'Europe/Paris', 'fr', 'fr',
                'open', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO entries (id, case_id, entry_id, kind, position) VALUES (1, 7, 'n1', 'note', 1);
             INSERT INTO notes (entry, at, text) VALUES (1, '2026-01-02T00:00:00Z', 'Garantie légale');",
        )
        .unwrap();
        migrations.to_latest(&mut conn).unwrap();
        let hits = search(&conn, "refrigerateur", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(
            hits.first().map(|h| (h.case, h.kind)),
            Some((CaseId(7), HitKind::Case))
        );
        let hits = search(&conn, "LEGALE", 10).unwrap();
        assert_eq!(
            hits.first().and_then(|h| h.entry.clone()),
            Some(EntryId::new("n1"))
        );
    }

    #[test]
    fn queries_quote_every_word_and_drop_syntax() {
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("\"*()"), None);
        assert_eq!(
            fts_query("entrepôt NEAR(x) -y"),
            Some("\"entrepôt\"* \"NEAR\"* \"x\"* \"y\"*".to_owned())
        );
    }
}
