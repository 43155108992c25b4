//! A letter marked as sent: its PDF stored and, in one transaction, the contact it becomes and
//! the attachment holding the PDF (linked to the contact), so the next clock starts from it and
//! the dossier shows it.

use super::{Store, StoreError, entries};
use crate::domain::{Attachment, CaseId, Contact, DateOrInstant};

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
