//! The rule set. Each row is encoded from `../shared/notes/statutory-clocks.md` (row numbers in
//! the comments); a rule that starts from another rule's clock comes after it.

use super::surcharge::{FR_L241_4, FR_L241_4_PRE_2022, FR_L242_4};
use super::{
    Action, Applies, Basis, Before, ClockKind, Confidence, Done, Event, Period, Rule, Target,
};
use crate::domain::{
    CardNetwork as N, ContactParty as P, ContactPurpose as U, ContractKind as K, Jurisdiction as J,
    PaymentMethod as M,
};

const FR: &[J] = &[J::Fr];
const QC: &[J] = &[J::CaQc];
const UK: &[J] = &[J::Uk];
const EU: &[J] = &[J::Eu];
const ON: &[J] = &[J::CaOn];
const US: &[J] = &[J::Us];
/// The network rules apply wherever the card was issued.
const ANYWHERE: &[J] = &[
    J::Fr,
    J::CaQc,
    J::CaOn,
    J::Ca,
    J::Uk,
    J::Eu,
    J::Us,
    J::Other,
];

const REMOTE: &[K] = &[K::Distance, K::OffPremises];
const CREDIT: &[M] = &[M::CreditCard];
const CARD: &[M] = &[M::CreditCard, M::DebitCard];

const FROM_2022: Option<(i32, u32, u32)> = Some((2022, 1, 1));

const fn notice(purpose: U, receipt: bool) -> Event {
    Event::Notice {
        purpose,
        party: P::Merchant,
        receipt,
    }
}

const fn sent(purpose: U, party: P) -> Done {
    Done::Contact {
        purpose,
        party,
        receipt: false,
    }
}

/// Before the Québec small claims court (QC-8, QC-11).
const QC_SMALL_CLAIMS_BEFORE: &[Before] = &[
    // QC-8: a written mise en demeure is advisable, not required: without one, if the merchant
    // performs within a reasonable time, the consumer bears the costs (C.c.Q. 1596).
    Before {
        id: "qc.ccq-1596",
        basis: Basis::Law,
        required: false,
        max_claim: None,
        done_by: Some((U::FormalNotice, P::Merchant)),
        citation: "C.c.Q. art. 1594-1596",
        source: "https://berardavocats.com/regler-un-litige/la-mise-en-demeure-un-prealable-necessaire/",
        confidence: Confidence::Sure,
    },
    // QC-11: claims up to $5 000 go to free mediation first (in force 23 Nov 2023, deployed
    // district by district).
    Before {
        id: "qc.small-claims-mediation",
        basis: Basis::Law,
        required: true,
        max_claim: Some(5000),
        done_by: None,
        citation: "C-25.01, r. 0.6.1, s. 21",
        source: "https://legisquebec.gouv.qc.ca/fr/version/rc/C-25.01,%20r.%200.6.1?code=se%3A21&historique=20241216",
        confidence: Confidence::Sure,
    },
];

/// Defaults every row overrides in part.
const BASE: Rule = Rule {
    id: "",
    jurisdictions: &[],
    kind: ClockKind::MerchantDuty,
    applies: Applies::ANY,
    start: Event::Contract,
    wait: None,
    wait_only_without_agreed_date: false,
    period: None,
    period_from: None,
    agreed_date_is_due: false,
    notice_deadline_is_due: false,
    cap_from_payment: None,
    weekend_extension: false,
    done_by: Done::Nothing,
    closed_by_delivery: false,
    closed_by_refund: false,
    before: &[],
    action: None,
    when_missed: None,
    surcharge: None,
    citation: "",
    source: "",
    confidence: Confidence::Sure,
};

/// Every rule, in evaluation order.
pub static RULES: &[Rule] = &[
    // ---------------------------------------------------------------- France
    // FR-1: delivery by the agreed date, or within 30 days of the contract.
    Rule {
        id: "fr.l216-1",
        jurisdictions: FR,
        start: Event::Contract,
        period: Some(Period::days(30)),
        agreed_date_is_due: true,
        done_by: Done::Delivered,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "C. consom. art. L216-1",
        source: "https://legal.tricoteuses.fr/articles/LEGIARTI000044142498",
        ..BASE
    },
    // FR-2/FR-3: after a formal notice's extra period (or at once when the date was essential),
    // the consumer may resolve the contract; delivery meanwhile ends the right.
    Rule {
        id: "fr.l216-6",
        jurisdictions: FR,
        kind: ClockKind::ConsumerWindow,
        start: Event::NoticeDeadlineOrEssential("fr.l216-1"),
        done_by: sent(U::Cancellation, P::Merchant),
        closed_by_delivery: true,
        action: Some((Action::Cancel, Target::Merchant)),
        citation: "C. consom. art. L216-6",
        source: "https://www.doctrine.fr/l/texts/codes/LEGITEXT000006069565/articles/LEGIARTI000032226955",
        ..BASE
    },
    // FR-5: refund within 14 days of the résolution (counted from its receipt).
    Rule {
        id: "fr.l216-7",
        jurisdictions: FR,
        applies: Applies {
            contracted_from: FROM_2022,
            ..Applies::ANY
        },
        start: notice(U::Cancellation, true),
        period: Some(Period::days(14)),
        done_by: Done::RefundedInFull,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "C. consom. art. L216-7",
        source: "https://french-business-law.com/french-legislation-art/article-l216-7-of-the-french-consumer-code",
        ..BASE
    },
    // FR-6b: the same 14-day refund for contracts before 1 Jan 2022 (old L216-3).
    Rule {
        id: "fr.l216-3.pre2022",
        jurisdictions: FR,
        applies: Applies {
            contracted_before: FROM_2022,
            ..Applies::ANY
        },
        start: notice(U::Cancellation, true),
        period: Some(Period::days(14)),
        done_by: Done::RefundedInFull,
        citation: "C. consom. art. L216-3 (version before 1 Jan 2022)",
        source: "https://forum.quechoisir.org/post898291.html",
        ..BASE
    },
    // FR-6: late refund after a résolution: +10 %, +20 %, +50 % (contracts from 2022).
    Rule {
        id: "fr.l241-4",
        jurisdictions: FR,
        applies: Applies {
            contracted_from: FROM_2022,
            ..Applies::ANY
        },
        start: Event::Missed("fr.l216-7"),
        done_by: Done::RefundedInFull,
        surcharge: Some(FR_L241_4),
        citation: "C. consom. art. L241-4 (ord. n° 2021-1247)",
        source: "https://legal.tricoteuses.fr/articles/JORFARTI000044125860",
        ..BASE
    },
    // FR-6b: the pre-2022 bands (30/60 days).
    Rule {
        id: "fr.l241-4.pre2022",
        jurisdictions: FR,
        applies: Applies {
            contracted_before: FROM_2022,
            ..Applies::ANY
        },
        start: Event::Missed("fr.l216-3.pre2022"),
        done_by: Done::RefundedInFull,
        surcharge: Some(FR_L241_4_PRE_2022),
        citation: "C. consom. art. L241-4 (version before 1 Jan 2022)",
        source: "https://juriblio.fr/codes/code-de-la-consommation/partie-legislative-nouvelle/livre-ii/titre-iv/chapitre-ier/section-3/article-l241-4",
        ..BASE
    },
    // FR-7: 14-day withdrawal from receipt of the goods; weekend extension (L221-19).
    Rule {
        id: "fr.l221-18",
        jurisdictions: FR,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            contract_kinds: REMOTE,
            ..Applies::ANY
        },
        start: Event::Delivered,
        period: Some(Period::days(14)),
        weekend_extension: true,
        done_by: sent(U::Withdrawal, P::Merchant),
        action: Some((Action::Cancel, Target::Merchant)),
        citation: "C. consom. art. L221-18, L221-19",
        source: "https://french-business-law.com/rench-legislation-art/article-l221-19-of-the-french-consumer-code",
        confidence: Confidence::Verify,
        ..BASE
    },
    // FR-10: refund within 14 days of the trader being informed of the withdrawal.
    Rule {
        id: "fr.l221-24",
        jurisdictions: FR,
        applies: Applies {
            contract_kinds: REMOTE,
            ..Applies::ANY
        },
        start: notice(U::Withdrawal, true),
        period: Some(Period::days(14)),
        done_by: Done::RefundedInFull,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "C. consom. art. L221-24",
        source: "https://www.claudebell.com/formulaire-de-retractation",
        confidence: Confidence::Verify,
        ..BASE
    },
    // FR-11: late refund after a withdrawal: banded increase capped at the price.
    Rule {
        id: "fr.l242-4",
        jurisdictions: FR,
        applies: Applies {
            contract_kinds: REMOTE,
            ..Applies::ANY
        },
        start: Event::Missed("fr.l221-24"),
        done_by: Done::RefundedInFull,
        surcharge: Some(FR_L242_4),
        citation: "C. consom. art. L242-4",
        source: "https://lexbase.fr/texte-de-loi/code-de-la-consommationl2424/L1405K78.html",
        ..BASE
    },
    // FR-12: legal guarantee of conformity, 2 years from delivery.
    Rule {
        id: "fr.l217-3",
        jurisdictions: FR,
        kind: ClockKind::ConsumerWindow,
        start: Event::Delivered,
        period: Some(Period::months(24)),
        citation: "C. consom. art. L217-3, L217-7",
        source: "https://adcfrance.fr/commerce-litige-lie-a-la-vente/garantie-legale-de-conformite-et-biens-doccasion",
        ..BASE
    },
    // FR-16: the consumer mediator, within one year of the written complaint.
    Rule {
        id: "fr.l612-2",
        jurisdictions: FR,
        kind: ClockKind::ConsumerWindow,
        start: Event::WrittenComplaint,
        period: Some(Period::months(12)),
        done_by: sent(U::MediationRequest, P::Mediator),
        action: Some((Action::Mediation, Target::Mediator)),
        citation: "C. consom. art. L612-1, L612-2",
        source: "https://juriblio.fr/codes/code-de-la-consommation/partie-legislative-nouvelle/livre-vi/titre-ier/chapitre-ii/article-l612-2",
        ..BASE
    },
    // FR-18: claims up to €5 000 need a prior amicable attempt (mediation or conciliation)
    // before the court; open once one was made.
    Rule {
        id: "fr.cpc-750-1",
        jurisdictions: FR,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            max_claim: Some(5000),
            ..Applies::ANY
        },
        start: Event::Notice {
            purpose: U::MediationRequest,
            party: P::Mediator,
            receipt: false,
        },
        action: Some((Action::SmallClaims, Target::Court)),
        citation: "CPC art. 750-1",
        source: "https://teynier.fr/?p=21759",
        confidence: Confidence::Verify,
        ..BASE
    },
    // ---------------------------------------------------------------- Québec
    // QC-1: resolution when not delivered within 30 days after the agreed date (or the
    // contract), at any time before delivery.
    Rule {
        id: "qc.lpc-54.9",
        jurisdictions: QC,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            contract_kinds: &[K::Distance],
            ..Applies::ANY
        },
        start: Event::AgreedDeliveryOrContract,
        wait: Some(Period::days(30)),
        done_by: sent(U::Cancellation, P::Merchant),
        closed_by_delivery: true,
        action: Some((Action::Cancel, Target::Merchant)),
        citation: "LPC art. 54.9, 54.10",
        source: "https://www.opc.gouv.qc.ca/en/consumer/topic/delivery-delays/delay/",
        confidence: Confidence::Verify,
        ..BASE
    },
    // QC-4: refund within 15 days of the resolution.
    Rule {
        id: "qc.lpc-54.13",
        jurisdictions: QC,
        applies: Applies {
            contract_kinds: &[K::Distance],
            ..Applies::ANY
        },
        start: notice(U::Cancellation, false),
        period: Some(Period::days(15)),
        done_by: Done::RefundedInFull,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "LPC art. 54.13",
        source: "http://mvtechnologie.com/siteprivepromo/loisqc/lpc/article_54_13_(remboursement_restitution_et_frais).htm",
        ..BASE
    },
    // QC-5: credit card only: chargeback request to the issuer within 60 days of the default.
    Rule {
        id: "qc.lpc-54.14",
        jurisdictions: QC,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            contract_kinds: &[K::Distance],
            methods: CREDIT,
            ..Applies::ANY
        },
        start: Event::Missed("qc.lpc-54.13"),
        period: Some(Period::days(60)),
        done_by: sent(U::ChargebackRequest, P::CardIssuer),
        action: Some((Action::Chargeback, Target::CardIssuer)),
        citation: "LPC art. 54.14, 54.15, 54.16",
        source: "https://legisquebec.gouv.qc.ca/fr/version/lc/p-40.1?code=se%3A54_14&historique=20241104",
        ..BASE
    },
    // QC-8: a written mise en demeure, the merchant given a sufficient time (its deadline).
    Rule {
        id: "qc.ccq-1595",
        jurisdictions: QC,
        start: notice(U::FormalNotice, false),
        notice_deadline_is_due: true,
        done_by: Done::MerchantAnswered,
        citation: "C.c.Q. art. 1594-1597, 1600",
        source: "https://berardavocats.com/regler-un-litige/la-mise-en-demeure-un-prealable-necessaire/",
        ..BASE
    },
    // QC-11/QC-12: small claims. No legal prerequisite holds the court shut: a mise en demeure
    // is advisable (QC-8: suing without one, the creditor bears the costs if the merchant then
    // performs, C.c.Q. 1596) and claims up to $5 000 go to free mediation first (QC-11). 3-year
    // limitation, counted to be safe from the contract (the right of action cannot arise earlier).
    Rule {
        id: "qc.small-claims",
        jurisdictions: QC,
        kind: ClockKind::ConsumerWindow,
        start: Event::Contract,
        period: Some(Period::months(36)),
        weekend_extension: true,
        done_by: Done::Contact {
            purpose: U::Complaint,
            party: P::Court,
            receipt: false,
        },
        before: QC_SMALL_CLAIMS_BEFORE,
        action: Some((Action::SmallClaims, Target::Court)),
        citation: "C.p.c. art. 536, 539.1; C.c.Q. art. 2925, 2879",
        source: "https://www.justice.gouv.qc.ca/vos-differends/les-petites-creances",
        confidence: Confidence::Verify,
        ..BASE
    },
    // ---------------------------------------------------------------- England and Wales
    // UK-1: delivery within the agreed time or 30 days.
    Rule {
        id: "uk.cra-28",
        jurisdictions: UK,
        start: Event::Contract,
        period: Some(Period::days(30)),
        agreed_date_is_due: true,
        done_by: Done::Delivered,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "Consumer Rights Act 2015, s.28(3)",
        source: "https://legislation.gov.uk/ukpga/2015/15/part/1/chapter/2/crossheading/other-rules-about-goods-contracts/2015-03-26/data.xht",
        ..BASE
    },
    // UK-2: treat the contract as ended once the period the consumer specified has run (or at
    // once when the time was essential).
    Rule {
        id: "uk.cra-28.end",
        jurisdictions: UK,
        kind: ClockKind::ConsumerWindow,
        start: Event::NoticeDeadlineOrEssential("uk.cra-28"),
        done_by: sent(U::Cancellation, P::Merchant),
        closed_by_delivery: true,
        action: Some((Action::Cancel, Target::Merchant)),
        citation: "Consumer Rights Act 2015, s.28(6)-(9)",
        source: "https://legislation.gov.uk/ukpga/2015/15/part/1/chapter/2/crossheading/other-rules-about-goods-contracts/2015-03-26/data.xht",
        ..BASE
    },
    // UK-3: 14-day cancellation from the day after possession (no weekend extension stated).
    Rule {
        id: "uk.ccr-cancel",
        jurisdictions: UK,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            contract_kinds: REMOTE,
            contracted_from: Some((2014, 6, 13)),
            ..Applies::ANY
        },
        start: Event::Delivered,
        period: Some(Period::days(14)),
        done_by: sent(U::Withdrawal, P::Merchant),
        action: Some((Action::Cancel, Target::Merchant)),
        citation: "Consumer Contracts Regulations 2013 (SI 2013/3134), regs 29-31",
        source: "http://legislation.gov.uk/uksi/2013/3134/body",
        confidence: Confidence::Verify,
        ..BASE
    },
    // UK-7: letter before claim; the trader answers within 14 days in a straightforward case.
    Rule {
        id: "uk.pd-pac",
        jurisdictions: UK,
        start: notice(U::FormalNotice, false),
        period: Some(Period::days(14)),
        notice_deadline_is_due: true,
        done_by: Done::MerchantAnswered,
        when_missed: Some((Action::SmallClaims, Target::Court)),
        citation: "Practice Direction – Pre-Action Conduct and Protocols, paras 6, 8, 13-16",
        source: "https://www.justice.gov.uk/courts/procedure-rules/civil/rules/pd_pre-action_conduct",
        ..BASE
    },
    // UK-9: Financial Ombudsman about the card issuer: after 8 weeks (or its final response),
    // within 6 months of the final response.
    Rule {
        id: "uk.fos",
        jurisdictions: UK,
        kind: ClockKind::ConsumerWindow,
        start: Event::Notice {
            purpose: U::Complaint,
            party: P::CardIssuer,
            receipt: false,
        },
        wait: Some(Period::days(56)),
        done_by: Done::Contact {
            purpose: U::MediationRequest,
            party: P::Mediator,
            receipt: false,
        },
        action: Some((Action::Ombudsman, Target::Ombudsman)),
        citation: "FCA Handbook DISP 2.8.1-2.8.2",
        source: "https://www.handbook.fca.org.uk/handbook/DISP/2/8.html?date=2016-03-31",
        ..BASE
    },
    // UK-11: credit card: the issuer is jointly liable (single item over £100); 6-year limit.
    Rule {
        id: "uk.cca-75",
        jurisdictions: UK,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            methods: CREDIT,
            ..Applies::ANY
        },
        start: Event::Contract,
        period: Some(Period::months(72)),
        done_by: sent(U::ChargebackRequest, P::CardIssuer),
        action: Some((Action::Chargeback, Target::CardIssuer)),
        citation: "Consumer Credit Act 1974, s.75",
        source: "http://www.which.co.uk/news/2011/01/10-facts-about-s75-and-chargeback-on-credit-cards-242559/",
        ..BASE
    },
    // ---------------------------------------------------------------- EU baseline
    // EU-1: delivery within 30 days unless agreed otherwise.
    Rule {
        id: "eu.crd-18",
        jurisdictions: EU,
        start: Event::Contract,
        period: Some(Period::days(30)),
        agreed_date_is_due: true,
        done_by: Done::Delivered,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "Directive 2011/83/EU, art. 18",
        source: "https://digitalfairnessact.com/consumer-rights-directive-crd",
        ..BASE
    },
    // EU-2/EU-6: 14-day withdrawal from possession; Reg. 1182/71 moves a weekend last day.
    Rule {
        id: "eu.crd-9",
        jurisdictions: EU,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            contract_kinds: REMOTE,
            ..Applies::ANY
        },
        start: Event::Delivered,
        period: Some(Period::days(14)),
        weekend_extension: true,
        done_by: sent(U::Withdrawal, P::Merchant),
        action: Some((Action::Cancel, Target::Merchant)),
        citation: "Directive 2011/83/EU, art. 9; Reg. 1182/71",
        source: "https://legislation.gov.uk/eudr/2011/83/article/9/adopted/data.html",
        ..BASE
    },
    // EU-4: refund within 14 days of being informed of the withdrawal.
    Rule {
        id: "eu.crd-13",
        jurisdictions: EU,
        applies: Applies {
            contract_kinds: REMOTE,
            ..Applies::ANY
        },
        start: notice(U::Withdrawal, true),
        period: Some(Period::days(14)),
        done_by: Done::RefundedInFull,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "Directive 2011/83/EU, art. 13",
        source: "http://wordscope.be/anglais/francais/withdrawal+of+undue.html",
        ..BASE
    },
    // ---------------------------------------------------------------- Ontario
    // ON-2: cancel when not delivered within 30 days after the delivery date (or the
    // agreement), at any time before delivery.
    Rule {
        id: "on.cpa-delivery",
        jurisdictions: ON,
        kind: ClockKind::ConsumerWindow,
        start: Event::AgreedDeliveryOrContract,
        wait: Some(Period::days(30)),
        done_by: sent(U::Cancellation, P::Merchant),
        closed_by_delivery: true,
        action: Some((Action::Cancel, Target::Merchant)),
        citation: "Consumer Protection Act, 2002 (Ontario), Part IV (s.26)",
        source: "https://airpassengerrights.ca/en/practical-guides/statutory-chargeback/ontario",
        confidence: Confidence::Verify,
        ..BASE
    },
    // ON-4/ON-5: refund within 15 days of the cancellation notice (given when sent).
    Rule {
        id: "on.cpa-refund",
        jurisdictions: ON,
        start: notice(U::Cancellation, false),
        period: Some(Period::days(15)),
        done_by: Done::RefundedInFull,
        when_missed: Some((Action::FormalNotice, Target::Merchant)),
        citation: "Consumer Protection Act, 2002 (Ontario), ss.92, 96(1); O. Reg. 17/05 s.79",
        source: "http://isthatlegal.ca/index.php?name=civil_remedies2.consumer_protection_law_ontario",
        ..BASE
    },
    // ON-7: credit card only: request to the issuer after the refund default (60 days: verify).
    Rule {
        id: "on.cpa-chargeback",
        jurisdictions: ON,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            methods: CREDIT,
            ..Applies::ANY
        },
        start: Event::Missed("on.cpa-refund"),
        period: Some(Period::days(60)),
        done_by: sent(U::ChargebackRequest, P::CardIssuer),
        action: Some((Action::Chargeback, Target::CardIssuer)),
        citation: "Consumer Protection Act, 2002 (Ontario), s.99; O. Reg. 17/05",
        source: "https://airpassengerrights.ca/en/practical-guides/statutory-chargeback/ontario",
        confidence: Confidence::Verify,
        ..BASE
    },
    // ON-8/ON-9: small claims (up to $50,000); the notes name no prerequisite (no mandatory
    // pre-suit mediation seen). 2-year limitation, counted to be safe from the contract.
    Rule {
        id: "on.small-claims",
        jurisdictions: ON,
        kind: ClockKind::ConsumerWindow,
        start: Event::Contract,
        period: Some(Period::months(24)),
        done_by: Done::Contact {
            purpose: U::Complaint,
            party: P::Court,
            receipt: false,
        },
        action: Some((Action::SmallClaims, Target::Court)),
        citation: "O. Reg. 626/00 as amended by O. Reg. 42/25; Limitations Act, 2002",
        source: "https://carusolegal.services/EN/small-claims-court/court-rules/monetary-jurisdiction/claims-limit-change",
        confidence: Confidence::Verify,
        ..BASE
    },
    // ---------------------------------------------------------------- United States
    // US-1: ship within the stated time, or 30 days.
    Rule {
        id: "us.ftc-435",
        jurisdictions: US,
        applies: Applies {
            contract_kinds: &[K::Distance],
            ..Applies::ANY
        },
        start: Event::Contract,
        period: Some(Period::days(30)),
        agreed_date_is_due: true,
        done_by: Done::Delivered,
        when_missed: Some((Action::Cancel, Target::Merchant)),
        citation: "16 CFR Part 435 (435.1(b))",
        source: "http://federal.elaws.us/cfr/16-cfr-435.1(d)(2)(ii)",
        ..BASE
    },
    // US-2: credit card: billing-error notice received within 60 days of the first statement.
    Rule {
        id: "us.fcba",
        jurisdictions: US,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            methods: CREDIT,
            ..Applies::ANY
        },
        start: Event::Statement,
        period: Some(Period::days(60)),
        done_by: Done::Contact {
            purpose: U::ChargebackRequest,
            party: P::CardIssuer,
            receipt: true,
        },
        action: Some((Action::Chargeback, Target::CardIssuer)),
        citation: "15 U.S.C. 1666; Reg Z 12 CFR 1026.13",
        source: "https://www.consumerfinance.gov/rules-policy/regulations/1026/2018-06-01/13/",
        ..BASE
    },
    // ---------------------------------------------------------------- Card networks
    // CN-1: Visa 13.1: after the expected date (or 15 days' wait), within 120 days; 540-day cap.
    Rule {
        id: "visa.13.1",
        jurisdictions: ANYWHERE,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            methods: CARD,
            networks: &[N::Visa],
            ..Applies::ANY
        },
        start: Event::AgreedDeliveryOrContract,
        wait: Some(Period::days(15)),
        wait_only_without_agreed_date: true,
        period: Some(Period::days(120)),
        cap_from_payment: Some(Period::days(540)),
        done_by: sent(U::ChargebackRequest, P::CardIssuer),
        closed_by_delivery: true,
        action: Some((Action::Chargeback, Target::CardIssuer)),
        citation: "Visa Core Rules, dispute condition 13.1",
        source: "https://quavo-inc.atlassian.net/wiki/x/QYDcJg",
        confidence: Confidence::Verify,
        ..BASE
    },
    // CN-2: Visa 13.7: goods returned and no refund: wait 15 days from the return, then dispute
    // within 120 days of the processing date (the earlier of the dates the row names, so the
    // safer), capped at 540 days. A refund of everything paid ends it.
    Rule {
        id: "visa.13.7",
        jurisdictions: ANYWHERE,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            methods: CARD,
            networks: &[N::Visa],
            ..Applies::ANY
        },
        start: Event::GoodsReturned,
        wait: Some(Period::days(15)),
        period: Some(Period::days(120)),
        period_from: Some(Event::Payment),
        cap_from_payment: Some(Period::days(540)),
        done_by: sent(U::ChargebackRequest, P::CardIssuer),
        closed_by_refund: true,
        action: Some((Action::Chargeback, Target::CardIssuer)),
        citation: "Visa Core Rules, dispute condition 13.7",
        source: "https://quavo-inc.atlassian.net/wiki/x/CXdTF",
        confidence: Confidence::Verify,
        ..BASE
    },
    // CN-3: Mastercard 4853: after the expected date (or 30 days' wait), within 120 days.
    Rule {
        id: "mastercard.4853",
        jurisdictions: ANYWHERE,
        kind: ClockKind::ConsumerWindow,
        applies: Applies {
            methods: CARD,
            networks: &[N::Mastercard],
            ..Applies::ANY
        },
        start: Event::AgreedDeliveryOrContract,
        wait: Some(Period::days(30)),
        wait_only_without_agreed_date: true,
        period: Some(Period::days(120)),
        cap_from_payment: Some(Period::days(540)),
        done_by: sent(U::ChargebackRequest, P::CardIssuer),
        closed_by_delivery: true,
        action: Some((Action::Chargeback, Target::CardIssuer)),
        citation: "Mastercard Chargeback Guide, reason code 4853",
        source: "https://justt.ai/chargeback-reason-codes/mastercard/4853-goods-or-services-not-provided/",
        confidence: Confidence::Verify,
        ..BASE
    },
];
