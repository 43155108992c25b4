//! A case: the dispute's details, and the whole case with all its entries.

use super::{
    Attachment, CaseStatus, Contact, ContractKind, Cost, DateOrInstant, EntryId, Jurisdiction,
    Language, Money, Note, Payment, Promise, Refund, Statement, TimeZone,
};
use serde::{Deserialize, Serialize};

/// A merchant or a consumer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// Name (company or person).
    pub name: String,
    /// Website.
    #[serde(default)]
    pub website: Option<String>,
    /// Email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<String>,
    /// Legal identifier as printed (SIREN/SIRET, NEQ, Companies House number…).
    #[serde(default)]
    pub company_id: Option<String>,
    /// The consumer mediator or ADR body this party names (merchants).
    #[serde(default)]
    pub mediator: Option<String>,
}

/// What the dispute is about: the `case` object of the case file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetails {
    /// Short title (`Bed ordered on 15 August, never delivered`).
    pub title: String,
    /// The merchant.
    pub merchant: Party,
    /// The consumer.
    pub consumer: Party,
    /// Order number.
    #[serde(default)]
    pub order_reference: Option<String>,
    /// What was bought.
    #[serde(default)]
    pub product: Option<String>,
    /// What was paid.
    #[serde(default)]
    pub price: Option<Money>,
    /// When the order was placed.
    #[serde(default)]
    pub ordered_at: Option<DateOrInstant>,
    /// The zone plain dates and calendar days are counted in.
    pub time_zone: TimeZone,
    /// Whose consumer law applies.
    pub jurisdiction: Jurisdiction,
    /// Language of the dossier and generated text.
    pub language: Language,
    /// What the consumer asks for.
    #[serde(default)]
    pub desired_resolution: Option<String>,
    /// Where the dispute stands.
    pub status: CaseStatus,
    /// The story in the consumer's words.
    #[serde(default)]
    pub narrative: Option<String>,
    /// How the contract was made (distance, off premises, in store); `None` = not known.
    #[serde(default)]
    pub contract_kind: Option<ContractKind>,
    /// The delivery or pickup date the contract states.
    #[serde(default)]
    pub delivery_agreed: Option<DateOrInstant>,
    /// Whether the consumer said before ordering that the date was essential.
    #[serde(default)]
    pub delivery_essential: bool,
    /// When the goods came into the consumer's possession; `None` = not delivered.
    #[serde(default)]
    pub delivered_at: Option<DateOrInstant>,
    /// How the consumer paid.
    #[serde(default)]
    pub payment: Option<Payment>,
    /// Refunds received.
    #[serde(default)]
    pub refunds: Vec<Refund>,
    /// Costs the dispute caused the consumer (premium-rate calls…), claimed on top of the price.
    #[serde(default)]
    pub costs: Vec<Cost>,
}

impl CaseDetails {
    /// A new, empty open case with the given title, in the given language and zone.
    pub fn new(title: impl Into<String>, language: Language, time_zone: TimeZone) -> Self {
        let jurisdiction = match language {
            Language::Fr => Jurisdiction::Fr,
            Language::En => Jurisdiction::Other,
        };
        Self {
            title: title.into(),
            merchant: Party::default(),
            consumer: Party::default(),
            order_reference: None,
            product: None,
            price: None,
            ordered_at: None,
            time_zone,
            jurisdiction,
            language,
            desired_resolution: None,
            status: CaseStatus::Open,
            narrative: None,
            contract_kind: None,
            delivery_agreed: None,
            delivery_essential: false,
            delivered_at: None,
            payment: None,
            refunds: Vec::new(),
            costs: Vec::new(),
        }
    }
}

/// A whole case: its details and every entry, in the order they were logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseData {
    /// The dispute's details.
    pub case: CaseDetails,
    /// Contact attempts.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The merchant's promises.
    #[serde(default)]
    pub promises: Vec<Promise>,
    /// The merchant's statements.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Files kept as evidence.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// Free notes.
    #[serde(default)]
    pub notes: Vec<Note>,
}

impl CaseData {
    /// A case with details and no entries yet.
    pub fn new(case: CaseDetails) -> Self {
        Self {
            case,
            contacts: Vec::new(),
            promises: Vec::new(),
            statements: Vec::new(),
            attachments: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Every entry id in the case, in a fixed order (contacts, promises, statements, attachments,
    /// notes).
    pub fn entry_ids(&self) -> impl Iterator<Item = &EntryId> {
        self.contacts
            .iter()
            .map(|c| &c.id)
            .chain(self.promises.iter().map(|p| &p.id))
            .chain(self.statements.iter().map(|s| &s.id))
            .chain(self.attachments.iter().map(|a| &a.id))
            .chain(self.notes.iter().map(|n| &n.id))
    }

    /// Whether an entry with this id exists.
    pub fn has_entry(&self, id: &EntryId) -> bool {
        self.entry_ids().any(|existing| existing == id)
    }

    /// The contact with this id.
    pub fn contact(&self, id: &EntryId) -> Option<&Contact> {
        self.contacts.iter().find(|c| &c.id == id)
    }

    /// The attachment with this id.
    pub fn attachment(&self, id: &EntryId) -> Option<&Attachment> {
        self.attachments.iter().find(|a| &a.id == id)
    }

    /// A fresh entry id with the given prefix (`c`, `p`, `s`, `a`, `n`) not used in this case
    /// (see [`super::IdAllocator`] for several at once).
    pub fn next_entry_id(&self, prefix: &str) -> EntryId {
        self.id_allocator().next_with_prefix(prefix)
    }
}
