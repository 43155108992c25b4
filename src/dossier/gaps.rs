//! What a recipient will look for and the case lacks, each with how to fix it: shown to the
//! consumer before export (the export dialog), never printed in the dossier, which stays factual.
//!
//! Pure: the case and an `as_of` in, a list of [`Gap`]s out; [`describe`] words each one.

use crate::analysis::positions;
use crate::domain::{CaseData, EntryId, Jurisdiction, Language, PaymentMethod};
use crate::i18n::{FluentValue, tr, tr_args};
use chrono::{DateTime, Utc};

/// A payment detail a card issuer looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentDetail {
    /// The card network.
    Network,
    /// The card's last four digits.
    LastFour,
    /// The card issuer or bank.
    Issuer,
    /// The merchant's name on the statement.
    Descriptor,
    /// When the payment was made.
    PaidAt,
}

impl PaymentDetail {
    fn key(self) -> &'static str {
        match self {
            Self::Network => "gap-detail-network",
            Self::LastFour => "gap-detail-last-four",
            Self::Issuer => "gap-detail-issuer",
            Self::Descriptor => "gap-detail-descriptor",
            Self::PaidAt => "gap-detail-paid-at",
        }
    }
}

/// One thing the case lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// No written complaint to the merchant (email, letter, web form) at all.
    NoWrittenComplaint,
    /// Written messages exist, but none is marked as the complaint.
    ComplaintNotMarked {
        /// The first outgoing written contact, the likely complaint.
        contact: EntryId,
    },
    /// The first written complaint has no exhibit (a copy of what was sent).
    ComplaintWithoutCopy {
        /// The complaint.
        contact: EntryId,
    },
    /// A formal notice was sent but its receipt is not recorded.
    NoticeReceiptUnknown {
        /// The notice.
        contact: EntryId,
    },
    /// How the consumer paid is not recorded.
    NoPayment,
    /// A card payment lacks details a card issuer asks for.
    PaymentDetails {
        /// The details missing.
        missing: Vec<PaymentDetail>,
    },
    /// The merchant's legal identifier (SIREN, NEQ, company number) is not recorded.
    NoCompanyId,
    /// The merchant's postal address is not recorded.
    NoMerchantAddress,
    /// In France every professional must name a consumer mediator; none is recorded.
    NoMediator,
    /// What the consumer asks for is not written down.
    NoRequest,
    /// An exhibit has no caption.
    ExhibitWithoutCaption {
        /// Its file name.
        file_name: String,
    },
    /// An exhibit is linked to no entry, so nothing says what it proves.
    ExhibitUnlinked {
        /// Its file name.
        file_name: String,
    },
}

/// Everything a recipient will look for that the case lacks at `as_of`, most important first.
pub fn gaps(case: &CaseData, as_of: DateTime<Utc>) -> Vec<Gap> {
    let details = &case.case;
    let mut gaps = Vec::new();
    match positions::first_written_complaint(case, as_of) {
        None => gaps.push(Gap::NoWrittenComplaint),
        Some(found) => {
            if !found.marked {
                gaps.push(Gap::ComplaintNotMarked {
                    contact: found.contact.clone(),
                });
            }
            let has_copy = case
                .attachments
                .iter()
                .any(|a| a.links.contains(&found.contact));
            if !has_copy {
                gaps.push(Gap::ComplaintWithoutCopy {
                    contact: found.contact,
                });
            }
        }
    }
    if let Some(notice) = positions::formal_notice(case, as_of)
        && notice.received_at.is_none()
        && notice.not_collected_on.is_none()
    {
        gaps.push(Gap::NoticeReceiptUnknown {
            contact: notice.contact,
        });
    }
    match &details.payment {
        None => gaps.push(Gap::NoPayment),
        Some(payment) => {
            let card = matches!(
                payment.method,
                PaymentMethod::CreditCard | PaymentMethod::DebitCard
            );
            let mut missing = Vec::new();
            if card && payment.network.is_none() {
                missing.push(PaymentDetail::Network);
            }
            if card && payment.card_last4.is_none() {
                missing.push(PaymentDetail::LastFour);
            }
            if card && blank(payment.issuer.as_ref()) {
                missing.push(PaymentDetail::Issuer);
            }
            if card && blank(payment.descriptor.as_ref()) {
                missing.push(PaymentDetail::Descriptor);
            }
            if payment.paid_at.is_none() {
                missing.push(PaymentDetail::PaidAt);
            }
            if !missing.is_empty() {
                gaps.push(Gap::PaymentDetails { missing });
            }
        }
    }
    if blank(details.merchant.company_id.as_ref()) {
        gaps.push(Gap::NoCompanyId);
    }
    if blank(details.merchant.address.as_ref()) {
        gaps.push(Gap::NoMerchantAddress);
    }
    if details.jurisdiction == Jurisdiction::Fr && blank(details.merchant.mediator.as_ref()) {
        gaps.push(Gap::NoMediator);
    }
    if blank(details.desired_resolution.as_ref()) {
        gaps.push(Gap::NoRequest);
    }
    for a in &case.attachments {
        if blank(a.caption.as_ref()) {
            gaps.push(Gap::ExhibitWithoutCaption {
                file_name: a.file_name.clone(),
            });
        }
        if a.links.is_empty() {
            gaps.push(Gap::ExhibitUnlinked {
                file_name: a.file_name.clone(),
            });
        }
    }
    gaps
}

fn blank(value: Option<&String>) -> bool {
    value.is_none_or(|v| v.trim().is_empty())
}

/// A gap in words: what is missing, and how to fix it.
pub fn describe(language: Language, gap: &Gap) -> (String, String) {
    let plain = |key: &str| (tr(language, key), tr(language, &format!("{key}-fix")));
    let file = |key: &str, name: &String| {
        let args = [("file", FluentValue::from(name.clone()))];
        (
            tr_args(language, key, &args),
            tr(language, &format!("{key}-fix")),
        )
    };
    match gap {
        Gap::NoWrittenComplaint => plain("gap-no-written-complaint"),
        Gap::ComplaintNotMarked { .. } => plain("gap-complaint-not-marked"),
        Gap::ComplaintWithoutCopy { .. } => plain("gap-complaint-without-copy"),
        Gap::NoticeReceiptUnknown { .. } => plain("gap-notice-receipt"),
        Gap::NoPayment => plain("gap-no-payment"),
        Gap::PaymentDetails { missing } => {
            let names: Vec<String> = missing.iter().map(|d| tr(language, d.key())).collect();
            let list = crate::i18n::format::list(language, &names, None);
            (
                tr_args(
                    language,
                    "gap-payment-details",
                    &[("details", FluentValue::from(list))],
                ),
                tr(language, "gap-payment-details-fix"),
            )
        }
        Gap::NoCompanyId => plain("gap-no-company-id"),
        Gap::NoMerchantAddress => plain("gap-no-merchant-address"),
        Gap::NoMediator => plain("gap-no-mediator"),
        Gap::NoRequest => plain("gap-no-request"),
        Gap::ExhibitWithoutCaption { file_name } => file("gap-exhibit-caption", file_name),
        Gap::ExhibitUnlinked { file_name } => file("gap-exhibit-unlinked", file_name),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::{
        Attachment, CaseDetails, Channel, Contact, ContactParty, ContactPurpose, DateOrInstant,
        Direction, Instant, Outcome, Payment, TimeZone,
    };

    fn contact(id: &str, channel: Channel) -> Contact {
        Contact {
            id: id.into(),
            at: Instant::parse("2026-03-02T10:00:00+01:00").unwrap(),
            channel,
            direction: Direction::Outgoing,
            counterpart: None,
            reference: None,
            summary: String::new(),
            outcome: Outcome::NoAnswer,
            wait_minutes: None,
            duration_minutes: None,
            reply_expected_within_days: None,
            in_reply_to: None,
            party: ContactParty::Merchant,
            purpose: None,
            deadline: None,
            received_at: None,
            not_collected_on: None,
        }
    }

    fn as_of() -> DateTime<Utc> {
        Instant::parse("2026-04-01T12:00:00+02:00").unwrap().utc()
    }

    fn case() -> CaseData {
        let zone = TimeZone::parse("Europe/Paris").unwrap();
        let mut details = CaseDetails::new("Canapé", Language::Fr, zone);
        details.jurisdiction = Jurisdiction::Fr;
        CaseData::new(details)
    }

    #[test]
    fn a_case_without_a_written_complaint_says_so_in_both_languages() {
        let mut case = case();
        case.contacts.push(contact("c1", Channel::Phone));
        let gaps = gaps(&case, as_of());
        assert_eq!(gaps.first(), Some(&Gap::NoWrittenComplaint), "{gaps:?}");
        for gap in &gaps {
            assert!(
                !matches!(gap, Gap::ComplaintNotMarked { .. }),
                "a call is no written complaint"
            );
        }
        let (what, fix) = describe(Language::Fr, &Gap::NoWrittenComplaint);
        assert!(what.contains("réclamation écrite"), "{what}");
        assert!(!fix.is_empty() && !fix.starts_with("gap-"), "{fix}");
        let (what, _) = describe(Language::En, &Gap::NoWrittenComplaint);
        assert!(what.contains("written complaint"), "{what}");
    }

    #[test]
    fn a_complete_case_lacks_nothing_and_each_missing_fact_is_named() {
        let mut case = case();
        let d = &mut case.case;
        d.merchant.company_id = Some("SIREN 123 456 789".into());
        d.merchant.address = Some("1 rue de la Paix, 75002 Paris".into());
        d.merchant.mediator = Some("Médiateur du e-commerce (FEVAD)".into());
        d.desired_resolution = Some("Remboursement".into());
        let mut payment = Payment::new(PaymentMethod::CreditCard);
        payment.network = Some(crate::domain::CardNetwork::Visa);
        payment.card_last4 = Some("0005".parse().unwrap());
        payment.issuer = Some("Banque".into());
        payment.descriptor = Some("SHOP PARIS".into());
        payment.paid_at = Instant::parse("2026-02-01T10:00:00+01:00");
        d.payment = Some(payment);
        let mut complaint = contact("c1", Channel::Letter);
        complaint.purpose = Some(ContactPurpose::FormalNotice);
        complaint.received_at = DateOrInstant::parse("2026-03-04");
        case.contacts.push(complaint);
        case.attachments.push(Attachment {
            id: "a1".into(),
            file_name: "lettre.pdf".into(),
            sha256: "0".repeat(64),
            size: 10,
            media_type: "application/pdf".into(),
            received_at: None,
            caption: Some("Lettre".into()),
            links: vec!["c1".into()],
        });
        assert_eq!(gaps(&case, as_of()), Vec::new());

        case.contacts[0].received_at = None;
        case.attachments[0].caption = None;
        if let Some(p) = case.case.payment.as_mut() {
            p.descriptor = None;
        }
        let found = gaps(&case, as_of());
        assert!(found.contains(&Gap::NoticeReceiptUnknown {
            contact: "c1".into()
        }));
        assert!(found.contains(&Gap::PaymentDetails {
            missing: vec![PaymentDetail::Descriptor]
        }));
        assert!(found.contains(&Gap::ExhibitWithoutCaption {
            file_name: "lettre.pdf".into()
        }));
        for gap in &found {
            for language in [Language::Fr, Language::En] {
                let (what, fix) = describe(language, gap);
                assert!(
                    !what.starts_with("gap-") && !fix.starts_with("gap-"),
                    "{gap:?}"
                );
            }
        }
    }
}
