//! The dispute as the consumer logged it: a case, its contact attempts, the merchant's promises and
//! statements, attachments and notes.
//!
//! Pure data. No SQL, no egui, no file I/O, no clock: every other layer (store, analysis, export,
//! UI, CLI) speaks these types. The serde shapes of the entry types are exactly those of the case
//! file format v1 (`../shared/case-format.md`, documented in `docs/case-format.md`), so the format
//! module only adds the envelope and the attachment file references.

mod amount;
mod card_number;
mod case;
mod entries;
mod entry;
#[macro_use]
mod enums;
mod ids;
mod money;
mod receipt;
mod time;
// Rights and deadlines: the facts the statutory clocks need (after `enums`: uses its macro).
mod legal;

pub use amount::parse_amount;
pub use card_number::mask_card_numbers;
pub use case::{CaseData, CaseDetails, Party};
pub use entries::{Attachment, Contact, Note, Promise, Statement};
pub use entry::{EntryKind, EntryRef, IdAllocator};
pub use enums::{
    CaseStatus, Channel, Direction, Jurisdiction, Language, Outcome, PromiseKind, PromiseStatus,
    UnknownValue,
};
pub use ids::{CaseId, EntryId};
pub use legal::{
    CardLast4, CardLast4Error, CardNetwork, ContactParty, ContactPurpose, ContractKind, Cost,
    Payment, PaymentMethod, Refund,
};
pub use money::{Currency, Money};
pub use receipt::{LetterReceipt, ReceiptError};
pub use time::{DateOrInstant, Instant, TimeZone};
