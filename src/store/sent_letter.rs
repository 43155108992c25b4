//! A letter marked as sent: its PDF stored and, in one transaction, the contact it becomes and
//! the attachment holding the PDF (linked to the contact), so the next clock starts from it and
//! the dossier shows it.

use super::{Store, StoreError, entries};
use crate::domain::{Attachment, CaseId, Contact, DateOrInstant, EntryId, EntryKind, Language};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension as _, params};

impl Store {
    /// Stores `pdf` (content-addressed) and adds `contact` (given a fresh id) with an attachment
    /// named `file_name` holding the PDF and linked to the contact — both or neither.
    pub fn record_sent_letter(
        &mut self,
        case: CaseId,
        mut contact: Contact,
        pdf: &[u8],
        file_name: &str,
        caption: String,
    ) -> Result<(Contact, Attachment), StoreError> {
        let staged = self.stage_blob(&mut &pdf[..], file_name, super::MAX_ATTACHMENT_BYTES)?;
        let blob = staged.commit()?;
        self.write(case, |tx| {
            contact.id = entries::next_id(tx, case, "c")?;
            entries::save_contact(tx, case, &contact)?;
            entries::insert_blob(tx, &blob)?;
            let attachment = Attachment {
                id: entries::next_id(tx, case, "a")?,
                file_name: file_name.to_owned(),
                sha256: blob.sha256.clone(),
                size: blob.size,
                media_type: blob.media_type.clone(),
                received_at: Some(DateOrInstant::Instant(contact.at)),
                caption: Some(caption),
                links: vec![contact.id.clone()],
            };
            entries::insert_attachment(tx, case, &attachment)?;
            Ok((contact, attachment))
        })
    }
}

/// A letter's text as the user edited it in the app, kept per case and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterDraft {
    /// The language the text is in (`fr`, `en`).
    pub language: Language,
    /// The edited text.
    pub text: String,
}

/// What became of a sent letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterReceipt {
    /// The recipient received it on this date (the contact's `received_at`, which the clocks
    /// read).
    Received(NaiveDate),
    /// It was not collected: presented (or returned) on this date. The contact's receipt stays
    /// unknown, so the clocks keep counting from the sending, labelled as such.
    NotCollected(NaiveDate),
}

impl LetterReceipt {
    /// Its date.
    pub fn date(self) -> NaiveDate {
        match self {
            Self::Received(d) | Self::NotCollected(d) => d,
        }
    }
}

impl Store {
    /// The user's edited text of the letter of `kind` (`formal-notice`…) for `case`, if any.
    pub fn letter_draft(
        &self,
        case: CaseId,
        kind: &str,
    ) -> Result<Option<LetterDraft>, StoreError> {
        let row: Option<(String, String)> = self
            .conn()
            .prepare_cached(
                "SELECT language, text FROM letter_drafts WHERE case_id = ?1 AND kind = ?2",
            )?
            .query_row(params![case.0, kind], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(language, text)| {
            let language = language
                .parse::<Language>()
                .map_err(|_| StoreError::Corrupt {
                    column: "letter_drafts.language",
                    value: language.clone(),
                })?;
            Ok(LetterDraft { language, text })
        })
        .transpose()
    }

    /// Keeps the user's edited text of the letter of `kind` for `case` (replacing any before).
    pub fn save_letter_draft(
        &mut self,
        case: CaseId,
        kind: &str,
        draft: &LetterDraft,
    ) -> Result<(), StoreError> {
        self.conn()
            .prepare_cached(
                "INSERT INTO letter_drafts (case_id, kind, language, text) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (case_id, kind) DO UPDATE SET language = ?3, text = ?4",
            )?
            .execute(params![case.0, kind, draft.language.as_str(), draft.text])?;
        Ok(())
    }

    /// Forgets the edits of the letter of `kind` for `case` ("reset to the generated text").
    pub fn delete_letter_draft(&mut self, case: CaseId, kind: &str) -> Result<(), StoreError> {
        self.conn()
            .prepare_cached("DELETE FROM letter_drafts WHERE case_id = ?1 AND kind = ?2")?
            .execute(params![case.0, kind])?;
        Ok(())
    }

    /// Records what became of the sent letter `contact`: received on a date (set as the
    /// contact's receipt, so the clocks that start on receipt start from it) or not collected
    /// (the receipt cleared). One transaction.
    pub fn record_letter_receipt(
        &mut self,
        case: CaseId,
        contact: &EntryId,
        receipt: LetterReceipt,
    ) -> Result<(), StoreError> {
        let mut data = self.load_case(case)?;
        let Some(stored) = data.contacts.iter_mut().find(|c| &c.id == contact) else {
            return Err(StoreError::EntryNotFound {
                case,
                kind: EntryKind::Contact.as_str(),
                entry: contact.clone(),
            });
        };
        stored.received_at = match receipt {
            LetterReceipt::Received(day) => Some(DateOrInstant::Date(day)),
            LetterReceipt::NotCollected(_) => None,
        };
        let updated = stored.clone();
        self.write(case, |tx| {
            let row = entries::row_of(tx, case, contact, EntryKind::Contact)?;
            super::legal::save_contact(tx, row, &updated)?;
            let (status, day) = match receipt {
                LetterReceipt::Received(d) => ("received", d),
                LetterReceipt::NotCollected(d) => ("not_collected", d),
            };
            tx.prepare_cached(
                "INSERT INTO letter_receipts (entry, status, on_date) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (entry) DO UPDATE SET status = ?2, on_date = ?3",
            )?
            .execute(params![row, status, day.to_string()])?;
            Ok(())
        })
    }

    /// What became of the case's sent letters, by contact id (only those recorded).
    pub fn letter_receipts(
        &self,
        case: CaseId,
    ) -> Result<Vec<(EntryId, LetterReceipt)>, StoreError> {
        let mut statement = self.conn().prepare_cached(
            "SELECT e.entry_id, r.status, r.on_date FROM letter_receipts r \
             JOIN entries e ON e.id = r.entry WHERE e.case_id = ?1 ORDER BY e.position",
        )?;
        let rows = statement.query_map(params![case.0], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, status, day) = row?;
            let date = day.parse::<NaiveDate>().map_err(|_| StoreError::Corrupt {
                column: "letter_receipts.on_date",
                value: day.clone(),
            })?;
            let receipt = if status == "not_collected" {
                LetterReceipt::NotCollected(date)
            } else {
                LetterReceipt::Received(date)
            };
            out.push((EntryId::new(&id), receipt));
        }
        Ok(out)
    }
}
