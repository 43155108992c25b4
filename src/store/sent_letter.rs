//! A letter marked as sent: its PDF stored and, in one transaction, the contact it becomes and
//! the attachment holding the PDF (linked to the contact), so the next clock starts from it and
//! the dossier shows it.

use super::{Store, StoreError, entries};
pub use crate::domain::LetterReceipt;
use crate::domain::{Attachment, CaseId, Contact, DateOrInstant, EntryId, EntryKind, Language};
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

    /// Records what became of the sent letter `contact` (set on the contact, see
    /// [`crate::domain::Contact::set_letter_receipt`]): received on a date (its receipt, so the
    /// clocks that start on receipt start from it) or not collected (the receipt cleared, the
    /// return date kept). `None` forgets both. One transaction; the date is not checked here
    /// (see [`LetterReceipt::check`]).
    pub fn record_letter_receipt(
        &mut self,
        case: CaseId,
        contact: &EntryId,
        receipt: Option<LetterReceipt>,
    ) -> Result<(), StoreError> {
        let mut data = self.load_case(case)?;
        let Some(stored) = data.contacts.iter_mut().find(|c| &c.id == contact) else {
            return Err(StoreError::EntryNotFound {
                case,
                kind: EntryKind::Contact.as_str(),
                entry: contact.clone(),
            });
        };
        stored.set_letter_receipt(receipt);
        let updated = stored.clone();
        self.write(case, |tx| {
            let row = entries::row_of(tx, case, contact, EntryKind::Contact)?;
            super::legal::save_contact(tx, row, &updated)
        })
    }

    /// What became of the case's letters (and any contact with a receipt), by contact id: read
    /// from the contacts themselves, so it always says what the contact and the clocks say.
    pub fn letter_receipts(
        &self,
        case: CaseId,
    ) -> Result<Vec<(EntryId, LetterReceipt)>, StoreError> {
        let data = self.load_case(case)?;
        let zone = data.case.time_zone;
        Ok(data
            .contacts
            .iter()
            .filter_map(|c| Some((c.id.clone(), c.letter_receipt(zone)?)))
            .collect())
    }
}
