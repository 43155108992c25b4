//! One vocabulary for the entries of a case: their kind ([`EntryKind`]), a reference to any of
//! them ([`EntryRef`]), and the one id allocator ([`IdAllocator`]). The store, the case file
//! format, the dossier and the UI all speak these.

use super::{Attachment, CaseData, Contact, EntryId, Note, Promise, Statement};
use std::collections::HashSet;

/// What kind of entry an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A contact attempt or a message from the merchant.
    Contact,
    /// A promise.
    Promise,
    /// A statement.
    Statement,
    /// An attachment.
    Attachment,
    /// A note.
    Note,
}

impl EntryKind {
    /// Every kind, in the order a case lists them.
    pub const ALL: &[Self] = &[
        Self::Contact,
        Self::Promise,
        Self::Statement,
        Self::Attachment,
        Self::Note,
    ];

    /// Its name in the database and messages (`contact`, `promise`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Contact => "contact",
            Self::Promise => "promise",
            Self::Statement => "statement",
            Self::Attachment => "attachment",
            Self::Note => "note",
        }
    }

    /// The prefix of the ids the app gives new entries of this kind (`c1`, `p1`, `s1`, `a1`, `n1`).
    pub fn id_prefix(self) -> &'static str {
        match self {
            Self::Contact => "c",
            Self::Promise => "p",
            Self::Statement => "s",
            Self::Attachment => "a",
            Self::Note => "n",
        }
    }
}

/// A reference to any entry of a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryRef<'a> {
    /// A contact.
    Contact(&'a Contact),
    /// A promise.
    Promise(&'a Promise),
    /// A statement.
    Statement(&'a Statement),
    /// An attachment.
    Attachment(&'a Attachment),
    /// A note.
    Note(&'a Note),
}

impl<'a> EntryRef<'a> {
    /// The entry's id.
    pub fn id(self) -> &'a EntryId {
        match self {
            Self::Contact(e) => &e.id,
            Self::Promise(e) => &e.id,
            Self::Statement(e) => &e.id,
            Self::Attachment(e) => &e.id,
            Self::Note(e) => &e.id,
        }
    }

    /// The entry's kind.
    pub fn kind(self) -> EntryKind {
        match self {
            Self::Contact(_) => EntryKind::Contact,
            Self::Promise(_) => EntryKind::Promise,
            Self::Statement(_) => EntryKind::Statement,
            Self::Attachment(_) => EntryKind::Attachment,
            Self::Note(_) => EntryKind::Note,
        }
    }
}

impl CaseData {
    /// Every entry, in a fixed order (contacts, promises, statements, attachments, notes).
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        self.contacts
            .iter()
            .map(EntryRef::Contact)
            .chain(self.promises.iter().map(EntryRef::Promise))
            .chain(self.statements.iter().map(EntryRef::Statement))
            .chain(self.attachments.iter().map(EntryRef::Attachment))
            .chain(self.notes.iter().map(EntryRef::Note))
    }

    /// The entry with this id, whatever its kind.
    pub fn entry(&self, id: &EntryId) -> Option<EntryRef<'_>> {
        self.entries().find(|e| e.id() == id)
    }

    /// The one id allocator for new entries of this case.
    pub fn id_allocator(&self) -> IdAllocator {
        IdAllocator::new(self.entry_ids().map(EntryId::as_str))
    }
}

/// Gives fresh entry ids (`c1`, `c2`…) never used in a case, nor given before by this allocator
/// (so several new entries saved together never share an id).
#[derive(Debug, Clone, Default)]
pub struct IdAllocator {
    taken: HashSet<String>,
}

impl IdAllocator {
    /// An allocator that avoids the ids `taken`.
    pub fn new<'a>(taken: impl IntoIterator<Item = &'a str>) -> Self {
        Self {
            taken: taken.into_iter().map(str::to_owned).collect(),
        }
    }

    /// The next free id for an entry of this kind.
    pub fn next(&mut self, kind: EntryKind) -> EntryId {
        self.next_with_prefix(kind.id_prefix())
    }

    /// The next free id with this prefix.
    pub fn next_with_prefix(&mut self, prefix: &str) -> EntryId {
        let id = (1_u64..)
            .map(|n| format!("{prefix}{n}"))
            .find(|candidate| !self.taken.contains(candidate))
            .unwrap_or_else(|| prefix.to_owned());
        self.taken.insert(id.clone());
        EntryId::new(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CaseDetails, Language, TimeZone};

    #[test]
    fn ids_are_fresh_in_the_case_and_across_one_allocator() {
        let mut case = CaseData::new(CaseDetails::new("t", Language::En, TimeZone::default()));
        case.notes.push(Note {
            id: EntryId::new("n1"),
            at: crate::domain::Instant::parse("2026-08-01T10:00:00Z").unwrap(),
            text: String::new(),
        });
        let mut ids = case.id_allocator();
        assert_eq!(ids.next(EntryKind::Note).as_str(), "n2");
        assert_eq!(ids.next(EntryKind::Note).as_str(), "n3");
        assert_eq!(ids.next(EntryKind::Contact).as_str(), "c1");
        assert_eq!(case.next_entry_id("n").as_str(), "n2");
        let found = case.entry(&EntryId::new("n1")).unwrap();
        assert_eq!(found.kind(), EntryKind::Note);
        assert!(case.entry(&EntryId::new("c9")).is_none());
    }
}
