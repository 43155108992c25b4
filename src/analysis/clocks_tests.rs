//! Tests of the statutory clocks: every rule at its boundaries, versions, gates, amounts,
//! monotone statuses and the no-data case.

use super::clocks::{ClockStatus, clocks};
use crate::domain::{
    CardNetwork, CaseData, CaseDetails, Channel, Contact, ContactParty, ContactPurpose,
    ContractKind, DateOrInstant, Direction, EntryId, Instant, Jurisdiction, Language, Money,
    Outcome, Payment, PaymentMethod, Refund, TimeZone,
};
use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn d(text: &str) -> DateOrInstant {
    DateOrInstant::parse(text).unwrap()
}

/// Noon on that day in the case's zone.
fn noon(case: &CaseData, text: &str) -> DateTime<Utc> {
    case.case.time_zone.start_of_day(day(text)) + chrono::Duration::hours(12)
}

fn case(jurisdiction: Jurisdiction, zone: &str, ordered: &str, price: &str) -> CaseData {
    let currency = match jurisdiction {
        Jurisdiction::Fr | Jurisdiction::Eu => "EUR",
        Jurisdiction::Uk => "GBP",
        Jurisdiction::Us => "USD",
        _ => "CAD",
    };
    let mut details = CaseDetails::new("Test", Language::Fr, TimeZone::parse(zone).unwrap());
    details.jurisdiction = jurisdiction;
    details.ordered_at = Some(d(ordered));
    details.price = Money::parse(price, currency);
    details.contract_kind = Some(ContractKind::Distance);
    CaseData::new(details)
}

fn fr(ordered: &str) -> CaseData {
    case(Jurisdiction::Fr, "Europe/Paris", ordered, "1199.00")
}

fn notice(
    case: &mut CaseData,
    id: &str,
    at: &str,
    party: ContactParty,
    purpose: ContactPurpose,
) -> usize {
    let offset = case.case.time_zone.start_of_day(day(at)) + chrono::Duration::hours(10);
    case.contacts.push(Contact {
        id: EntryId::new(id),
        at: Instant(offset.fixed_offset()),
        channel: Channel::Letter,
        direction: Direction::Outgoing,
        counterpart: None,
        reference: None,
        summary: String::new(),
        outcome: Outcome::Other,
        wait_minutes: None,
        duration_minutes: None,
        reply_expected_within_days: None,
        in_reply_to: None,
        party,
        purpose: Some(purpose),
        deadline: None,
        received_at: None,
        not_collected_on: None,
    });
    case.contacts.len() - 1
}

fn refund(case: &mut CaseData, at: &str, amount: &str) {
    let currency = case.case.price.unwrap().currency;
    case.case.refunds.push(Refund {
        at: d(at),
        amount: Money::parse(amount, currency.code()).unwrap(),
    });
}

fn pay(case: &mut CaseData, method: PaymentMethod, network: Option<CardNetwork>) {
    let mut payment = Payment::new(method);
    payment.network = network;
    case.case.payment = Some(payment);
}

fn clock(case: &CaseData, as_of: &str, rule: &str) -> Option<super::clocks::Clock> {
    clocks(case, noon(case, as_of))
        .clocks
        .into_iter()
        .find(|c| c.rule == rule)
}

fn status(case: &CaseData, as_of: &str, rule: &str) -> Option<ClockStatus> {
    clock(case, as_of, rule).map(|c| c.status)
}

fn money(case: &CaseData, amount: &str) -> Money {
    Money::parse(amount, case.case.price.unwrap().currency.code()).unwrap()
}

#[test]
fn fr_delivery_within_30_days_at_its_boundaries() {
    let mut case = fr("2026-03-02");
    let c = clock(&case, "2026-03-31", "fr.l216-1").unwrap();
    assert_eq!(c.due, Some(day("2026-04-01")));
    assert_eq!(c.opens, Some(day("2026-03-02")));
    assert_eq!((c.status, c.days_left), (ClockStatus::Pending, Some(1)));
    let c = clock(&case, "2026-04-01", "fr.l216-1").unwrap();
    assert_eq!((c.status, c.days_left), (ClockStatus::Pending, Some(0)));
    assert_eq!(
        status(&case, "2026-04-02", "fr.l216-1"),
        Some(ClockStatus::Missed)
    );
    case.case.delivered_at = Some(d("2026-04-01"));
    assert_eq!(
        status(&case, "2026-04-10", "fr.l216-1"),
        Some(ClockStatus::Met)
    );
    case.case.delivered_at = Some(d("2026-04-02"));
    assert_eq!(
        status(&case, "2026-04-10", "fr.l216-1"),
        Some(ClockStatus::Missed)
    );
}

#[test]
fn an_agreed_date_replaces_the_30_days() {
    let mut case = fr("2026-03-02");
    case.case.delivery_agreed = Some(d("2026-03-10"));
    let c = clock(&case, "2026-03-05", "fr.l216-1").unwrap();
    assert_eq!(c.due, Some(day("2026-03-10")));
    assert_eq!(
        status(&case, "2026-03-11", "fr.l216-1"),
        Some(ClockStatus::Missed)
    );
}

#[test]
fn fr_resolution_needs_a_notice_unless_the_date_was_essential() {
    let mut case = fr("2026-03-02");
    case.case.delivery_agreed = Some(d("2026-03-10"));
    // Missed, no notice yet: no résolution clock, a formal notice is the next step.
    let found = clocks(&case, noon(&case, "2026-03-12"));
    assert!(found.clocks.iter().all(|c| c.rule != "fr.l216-6"));
    assert_eq!(found.next_steps[0].action, crate::law::Action::FormalNotice);
    // A notice giving until 20 March: the window opens on the 21st.
    let i = notice(
        &mut case,
        "c1",
        "2026-03-12",
        ContactParty::Merchant,
        ContactPurpose::FormalNotice,
    );
    case.contacts[i].deadline = Some(d("2026-03-20"));
    assert_eq!(
        status(&case, "2026-03-20", "fr.l216-6"),
        Some(ClockStatus::NotYet)
    );
    assert_eq!(
        status(&case, "2026-03-21", "fr.l216-6"),
        Some(ClockStatus::Open)
    );
    let found = clocks(&case, noon(&case, "2026-03-21"));
    assert!(
        found
            .next_steps
            .iter()
            .all(|s| s.action != crate::law::Action::FormalNotice),
        "the notice was sent"
    );
    let mut cancelled_at_once = fr("2026-03-02");
    cancelled_at_once.case.delivery_agreed = Some(d("2026-03-10"));
    notice(
        &mut cancelled_at_once,
        "c1",
        "2026-03-12",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    let found = clocks(&cancelled_at_once, noon(&cancelled_at_once, "2026-03-13"));
    assert!(
        found.next_steps.is_empty(),
        "no notice to deliver once resolved: {:?}",
        found.next_steps
    );
    notice(
        &mut case,
        "c2",
        "2026-03-25",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    assert_eq!(
        status(&case, "2026-03-26", "fr.l216-6"),
        Some(ClockStatus::Used)
    );
    // Essential date: open the day after the missed date, no notice needed.
    let mut essential = fr("2026-03-02");
    essential.case.delivery_agreed = Some(d("2026-03-10"));
    essential.case.delivery_essential = true;
    assert_eq!(
        status(&essential, "2026-03-10", "fr.l216-6"),
        None,
        "not missed yet"
    );
    let c = clock(&essential, "2026-03-11", "fr.l216-6").unwrap();
    assert_eq!(
        (c.status, c.opens),
        (ClockStatus::Open, Some(day("2026-03-11")))
    );
    // Delivery ends the right.
    essential.case.delivered_at = Some(d("2026-03-12"));
    assert_eq!(
        status(&essential, "2026-03-13", "fr.l216-6"),
        Some(ClockStatus::Closed)
    );
}

/// A French case resolved by a letter received on 1 April 2026 (refund due 15 April).
fn fr_resolved() -> CaseData {
    let mut case = fr("2026-02-01");
    let i = notice(
        &mut case,
        "c1",
        "2026-03-30",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    case.contacts[i].received_at = Some(d("2026-04-01"));
    case
}

#[test]
fn fr_refund_within_14_days_of_receipt_and_the_l241_4_bands() {
    let case = fr_resolved();
    let c = clock(&case, "2026-04-15", "fr.l216-7").unwrap();
    assert_eq!(c.due, Some(day("2026-04-15")));
    assert_eq!(c.status, ClockStatus::Pending);
    assert!(!c.counted_from_sending);
    assert!(clock(&case, "2026-04-15", "fr.l241-4").is_none());
    assert_eq!(
        status(&case, "2026-04-16", "fr.l216-7"),
        Some(ClockStatus::Missed)
    );
    let expect = |as_of: &str, rate: u32, amount: &str| {
        let c = clock(&case, as_of, "fr.l241-4").unwrap();
        assert_eq!(c.rate_percent, Some(rate), "{as_of}");
        assert_eq!(c.amount, Some(money(&case, amount)), "{as_of}");
    };
    expect("2026-04-16", 10, "119.90"); // 1 day late
    expect("2026-04-29", 10, "119.90"); // 14 days late
    expect("2026-04-30", 20, "239.80"); // 15 days late
    expect("2026-05-15", 20, "239.80"); // 30 days late
    expect("2026-05-16", 50, "599.50"); // 31 days late
    let c = clock(&case, "2026-04-16", "fr.l241-4").unwrap();
    assert_eq!(
        c.due,
        Some(day("2026-04-29")),
        "the rate rises after the 29th"
    );
}

#[test]
fn l241_4_counts_refunds_in_time_and_late_refunds_at_their_band() {
    let mut case = fr_resolved();
    refund(&mut case, "2026-04-10", "200.00");
    let c = clock(&case, "2026-04-16", "fr.l241-4").unwrap();
    assert_eq!(c.amount, Some(money(&case, "99.90")));
    refund(&mut case, "2026-04-20", "500.00"); // 5 days late: 10 %
    let c = clock(&case, "2026-05-20", "fr.l241-4").unwrap(); // 35 days late: 50 % on 499
    assert_eq!(c.amount_parts.len(), 2);
    assert_eq!(c.amount, Some(money(&case, "299.50")));
    // Refunded in full on the 25th: the increase stops growing, the clock has no next step.
    refund(&mut case, "2026-04-25", "499.00");
    let c = clock(&case, "2026-06-30", "fr.l241-4").unwrap();
    assert_eq!(c.amount, Some(money(&case, "99.90")));
    assert_eq!(c.due, None);
    assert_eq!(
        status(&case, "2026-06-30", "fr.l216-7"),
        Some(ClockStatus::Missed)
    );
}

#[test]
fn france_before_and_after_1_january_2022() {
    let mut old = fr("2021-12-31");
    let i = notice(
        &mut old,
        "c1",
        "2022-03-01",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    old.contacts[i].received_at = Some(d("2022-03-01"));
    // Refund due 15 March; 20 days late on 4 April.
    assert!(clock(&old, "2022-04-04", "fr.l241-4").is_none());
    let c = clock(&old, "2022-04-04", "fr.l241-4.pre2022").unwrap();
    assert_eq!(c.rate_percent, Some(10));
    assert!(clock(&old, "2022-04-04", "fr.l216-3.pre2022").is_some());
    let mut new = fr("2022-01-01");
    let i = notice(
        &mut new,
        "c1",
        "2022-03-01",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    new.contacts[i].received_at = Some(d("2022-03-01"));
    assert!(clock(&new, "2022-04-04", "fr.l241-4.pre2022").is_none());
    let c = clock(&new, "2022-04-04", "fr.l241-4").unwrap();
    assert_eq!(c.rate_percent, Some(20));
}

#[test]
fn a_notice_without_its_receipt_is_counted_from_sending() {
    let mut case = fr("2026-02-01");
    notice(
        &mut case,
        "c1",
        "2026-03-30",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    let c = clock(&case, "2026-04-01", "fr.l216-7").unwrap();
    assert_eq!(c.due, Some(day("2026-04-13")));
    assert!(c.counted_from_sending);
}

#[test]
fn l242_4_bands_cap_and_legal_interest_band() {
    let mut case = fr("2026-02-01");
    case.case.price = Money::parse("100.00", "EUR");
    let i = notice(
        &mut case,
        "c1",
        "2026-04-01",
        ContactParty::Merchant,
        ContactPurpose::Withdrawal,
    );
    case.contacts[i].received_at = Some(d("2026-04-01"));
    let c = clock(&case, "2026-04-15", "fr.l221-24").unwrap();
    assert_eq!(
        (c.due, c.status),
        (Some(day("2026-04-15")), ClockStatus::Pending)
    );
    // 10 days late: legal interest, not computed here.
    let c = clock(&case, "2026-04-25", "fr.l242-4").unwrap();
    assert_eq!((c.rate_percent, c.amount), (None, None));
    let c = clock(&case, "2026-04-26", "fr.l242-4").unwrap(); // 11 days: 5 %
    assert_eq!(c.amount, Some(money(&case, "5.00")));
    let c = clock(&case, "2026-07-14", "fr.l242-4").unwrap(); // 90 days: 50 %
    assert_eq!(c.rate_percent, Some(50));
    let c = clock(&case, "2026-07-15", "fr.l242-4").unwrap(); // 91 days: 55 %
    assert_eq!(c.rate_percent, Some(55));
    let c = clock(&case, "2031-01-01", "fr.l242-4").unwrap();
    assert_eq!(
        c.amount,
        Some(money(&case, "100.00")),
        "capped at the price"
    );
}

#[test]
fn weekend_extension_only_where_the_rule_says_so() {
    // Delivered Sunday 1 March 2026: 14 days end Sunday 15 March.
    let mut fr_case = fr("2026-02-20");
    fr_case.case.delivered_at = Some(d("2026-03-01"));
    let c = clock(&fr_case, "2026-03-02", "fr.l221-18").unwrap();
    assert_eq!(c.due, Some(day("2026-03-16")));
    assert!(c.weekend_extended);
    assert_eq!(
        status(&fr_case, "2026-03-16", "fr.l221-18"),
        Some(ClockStatus::Open)
    );
    assert_eq!(
        status(&fr_case, "2026-03-17", "fr.l221-18"),
        Some(ClockStatus::Closed)
    );
    let mut uk = case(Jurisdiction::Uk, "Europe/London", "2026-02-20", "300.00");
    uk.case.delivered_at = Some(d("2026-03-01"));
    let c = clock(&uk, "2026-03-02", "uk.ccr-cancel").unwrap();
    assert_eq!(c.due, Some(day("2026-03-15")));
    assert!(!c.weekend_extended);
    assert_eq!(
        status(&uk, "2026-03-16", "uk.ccr-cancel"),
        Some(ClockStatus::Closed)
    );
    // Used in time.
    notice(
        &mut fr_case,
        "c1",
        "2026-03-16",
        ContactParty::Merchant,
        ContactPurpose::Withdrawal,
    );
    assert_eq!(
        status(&fr_case, "2026-03-20", "fr.l221-18"),
        Some(ClockStatus::Used)
    );
}

/// A Québec distance case resolved on 1 April 2026 (refund due 16 April).
fn qc_resolved(method: Option<PaymentMethod>) -> CaseData {
    let mut case = case(
        Jurisdiction::CaQc,
        "America/Montreal",
        "2026-01-15",
        "899.00",
    );
    case.case.delivery_agreed = Some(d("2026-02-01"));
    if let Some(method) = method {
        pay(&mut case, method, Some(CardNetwork::Visa));
    }
    notice(
        &mut case,
        "c1",
        "2026-04-01",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    case
}

#[test]
fn qc_resolution_window_after_30_days_past_the_agreed_date() {
    let case = qc_resolved(None);
    assert_eq!(
        status(&case, "2026-03-03", "qc.lpc-54.9"),
        Some(ClockStatus::NotYet)
    );
    let c = clock(&case, "2026-03-04", "qc.lpc-54.9").unwrap();
    assert_eq!(
        (c.status, c.opens),
        (ClockStatus::Open, Some(day("2026-03-04")))
    );
    assert_eq!(
        status(&case, "2026-04-02", "qc.lpc-54.9"),
        Some(ClockStatus::Used)
    );
}

#[test]
fn qc_chargeback_is_for_credit_cards_only() {
    let credit = qc_resolved(Some(PaymentMethod::CreditCard));
    let c = clock(&credit, "2026-04-16", "qc.lpc-54.13").unwrap();
    assert_eq!(
        (c.due, c.status),
        (Some(day("2026-04-16")), ClockStatus::Pending)
    );
    assert!(clock(&credit, "2026-04-16", "qc.lpc-54.14").is_none());
    let c = clock(&credit, "2026-04-17", "qc.lpc-54.14").unwrap();
    assert_eq!(c.opens, Some(day("2026-04-17")));
    assert_eq!(c.due, Some(day("2026-06-16")));
    assert_eq!((c.status, c.days_left), (ClockStatus::Open, Some(60)));
    assert_eq!(
        status(&credit, "2026-06-16", "qc.lpc-54.14"),
        Some(ClockStatus::Open)
    );
    assert_eq!(
        status(&credit, "2026-06-17", "qc.lpc-54.14"),
        Some(ClockStatus::Closed)
    );
    let found = clocks(&credit, noon(&credit, "2026-04-17"));
    let chargeback = found
        .next_steps
        .iter()
        .find(|s| s.action == crate::law::Action::Chargeback)
        .unwrap();
    assert!(chargeback.rules.contains(&"qc.lpc-54.14"));
    let debit = qc_resolved(Some(PaymentMethod::DebitCard));
    assert!(clock(&debit, "2026-04-17", "qc.lpc-54.14").is_none());
    let unknown = qc_resolved(None);
    let found = clocks(&unknown, noon(&unknown, "2026-04-17"));
    assert!(found.clocks.iter().all(|c| c.rule != "qc.lpc-54.14"));
    assert!(found.unlock.iter().any(|m| m.fact == "case.payment"));
}

#[test]
fn ontario_delivery_refund_and_credit_card_chargeback() {
    let mut on = case(
        Jurisdiction::CaOn,
        "America/Toronto",
        "2026-01-15",
        "500.00",
    );
    assert_eq!(
        status(&on, "2026-02-14", "on.cpa-delivery"),
        Some(ClockStatus::NotYet)
    );
    assert_eq!(
        status(&on, "2026-02-15", "on.cpa-delivery"),
        Some(ClockStatus::Open)
    );
    notice(
        &mut on,
        "c1",
        "2026-03-01",
        ContactParty::Merchant,
        ContactPurpose::Cancellation,
    );
    let c = clock(&on, "2026-03-16", "on.cpa-refund").unwrap();
    assert_eq!(
        (c.due, c.status),
        (Some(day("2026-03-16")), ClockStatus::Pending)
    );
    assert!(
        clock(&on, "2026-03-17", "on.cpa-chargeback").is_none(),
        "no payment"
    );
    pay(&mut on, PaymentMethod::CreditCard, None);
    let c = clock(&on, "2026-03-17", "on.cpa-chargeback").unwrap();
    assert_eq!(c.due, Some(day("2026-05-16")));
    pay(
        &mut on,
        PaymentMethod::DebitCard,
        Some(CardNetwork::Interac),
    );
    assert!(clock(&on, "2026-03-17", "on.cpa-chargeback").is_none());
}

#[test]
fn fcba_runs_60_days_from_the_statement_for_credit_cards() {
    let mut us = case(Jurisdiction::Us, "America/New_York", "2026-04-01", "80.00");
    pay(
        &mut us,
        PaymentMethod::CreditCard,
        Some(CardNetwork::Mastercard),
    );
    let found = clocks(&us, noon(&us, "2026-04-10"));
    assert!(
        found
            .unlock
            .iter()
            .any(|m| m.fact == "case.payment.statement_date")
    );
    if let Some(p) = us.case.payment.as_mut() {
        p.statement_date = Some(d("2026-05-01"));
    }
    let c = clock(&us, "2026-06-30", "us.fcba").unwrap();
    assert_eq!(
        (c.due, c.status),
        (Some(day("2026-06-30")), ClockStatus::Open)
    );
    assert_eq!(
        status(&us, "2026-07-01", "us.fcba"),
        Some(ClockStatus::Closed)
    );
    pay(
        &mut us,
        PaymentMethod::DebitCard,
        Some(CardNetwork::Mastercard),
    );
    assert!(clock(&us, "2026-06-30", "us.fcba").is_none());
}

#[test]
fn uk_order_with_no_agreed_date() {
    let mut uk = case(Jurisdiction::Uk, "Europe/London", "2026-03-02", "300.00");
    let c = clock(&uk, "2026-04-01", "uk.cra-28").unwrap();
    assert_eq!(
        (c.due, c.status),
        (Some(day("2026-04-01")), ClockStatus::Pending)
    );
    assert_eq!(
        status(&uk, "2026-04-02", "uk.cra-28"),
        Some(ClockStatus::Missed)
    );
    let found = clocks(&uk, noon(&uk, "2026-04-02"));
    assert_eq!(found.next_steps[0].action, crate::law::Action::FormalNotice);
    // The consumer specifies a period: the contract may be treated as ended after it.
    let i = notice(
        &mut uk,
        "c1",
        "2026-04-03",
        ContactParty::Merchant,
        ContactPurpose::FormalNotice,
    );
    uk.contacts[i].deadline = Some(d("2026-04-17"));
    let c = clock(&uk, "2026-04-17", "uk.pd-pac").unwrap();
    assert_eq!(
        (c.due, c.status),
        (Some(day("2026-04-17")), ClockStatus::Pending)
    );
    assert_eq!(
        status(&uk, "2026-04-18", "uk.cra-28.end"),
        Some(ClockStatus::Open)
    );
    let found = clocks(&uk, noon(&uk, "2026-04-18"));
    assert!(
        found
            .next_steps
            .iter()
            .any(|s| s.action == crate::law::Action::SmallClaims)
    );
}

#[test]
fn network_windows_with_and_without_an_expected_date() {
    let mut fr_case = fr("2026-03-02");
    pay(
        &mut fr_case,
        PaymentMethod::CreditCard,
        Some(CardNetwork::Visa),
    );
    // No date: wait 15 days from the transaction, then 120 days from it.
    let c = clock(&fr_case, "2026-03-20", "visa.13.1").unwrap();
    assert_eq!(c.opens, Some(day("2026-03-18")));
    assert_eq!(c.due, Some(day("2026-06-30")));
    fr_case.case.delivery_agreed = Some(d("2026-03-10"));
    let c = clock(&fr_case, "2026-03-20", "visa.13.1").unwrap();
    assert_eq!(c.opens, Some(day("2026-03-11")));
    assert_eq!(c.due, Some(day("2026-07-08")));
    pay(
        &mut fr_case,
        PaymentMethod::CreditCard,
        Some(CardNetwork::Mastercard),
    );
    fr_case.case.delivery_agreed = None;
    let c = clock(&fr_case, "2026-04-20", "mastercard.4853").unwrap();
    assert_eq!(c.opens, Some(day("2026-04-02")));
    assert!(clock(&fr_case, "2026-04-20", "visa.13.1").is_none());
}

#[test]
fn a_case_without_data_gets_no_clock_and_says_what_is_missing() {
    let mut details = CaseDetails::new(
        "Empty",
        Language::En,
        TimeZone::parse("Europe/Paris").unwrap(),
    );
    details.jurisdiction = Jurisdiction::Fr;
    let case = CaseData::new(details);
    let found = clocks(&case, noon(&case, "2026-05-01"));
    assert!(found.clocks.is_empty(), "{:?}", found.clocks);
    assert!(found.next_steps.is_empty());
    let facts: Vec<&str> = found.unlock.iter().map(|m| m.fact).collect();
    assert!(facts.contains(&"case.ordered_at"), "{facts:?}");
    assert!(facts.contains(&"case.contract_kind"), "{facts:?}");
    let mut other = case.clone();
    other.case.jurisdiction = Jurisdiction::Other;
    let found = clocks(&other, noon(&other, "2026-05-01"));
    assert!(found.clocks.is_empty());
    assert!(found.unlock.iter().any(|m| m.fact == "case.jurisdiction"));
}

#[test]
fn next_steps_come_most_urgent_first() {
    let mut case = qc_resolved(Some(PaymentMethod::CreditCard));
    case.case.payment.as_mut().unwrap().network = Some(CardNetwork::Visa);
    let found = clocks(&case, noon(&case, "2026-04-20"));
    let dated: Vec<_> = found.next_steps.iter().map(|s| s.by).collect();
    let mut sorted = dated.clone();
    sorted.sort_by_key(|by| (by.is_none(), *by));
    assert_eq!(dated, sorted);
    assert!(!found.next_steps.is_empty());
}

/// Every status rank per rule over a sequence of `as_of` days.
fn assert_monotone(case: &CaseData, from: &str, days: i64) {
    let mut seen: std::collections::HashMap<&str, u8> = std::collections::HashMap::new();
    let start = day(from);
    for n in 0..days {
        let today = start + chrono::Duration::days(n);
        let as_of = noon(case, &today.format("%Y-%m-%d").to_string());
        for c in clocks(case, as_of).clocks {
            let rank = c.status.rank();
            let before = seen.insert(c.rule, rank).unwrap_or(0);
            assert!(rank >= before, "{} went back on {today}", c.rule);
        }
    }
}

#[test]
fn statuses_never_go_back_as_as_of_advances() {
    let mut case = fr_resolved();
    pay(
        &mut case,
        PaymentMethod::CreditCard,
        Some(CardNetwork::Visa),
    );
    case.case.delivery_agreed = Some(d("2026-02-20"));
    refund(&mut case, "2026-05-01", "300.00");
    assert_monotone(&case, "2026-01-25", 200);
    let mut qc = qc_resolved(Some(PaymentMethod::CreditCard));
    notice(
        &mut qc,
        "c9",
        "2026-05-20",
        ContactParty::CardIssuer,
        ContactPurpose::ChargebackRequest,
    );
    assert_monotone(&qc, "2026-01-10", 200);
}

proptest! {
    #[test]
    fn no_due_before_opens_and_no_clock_before_its_event(
        jurisdiction in prop::sample::select(vec![
            Jurisdiction::Fr, Jurisdiction::CaQc, Jurisdiction::CaOn, Jurisdiction::Uk,
            Jurisdiction::Eu, Jurisdiction::Us,
        ]),
        agreed in prop::option::of(0_i64..60),
        delivered in prop::option::of(0_i64..90),
        cancel in prop::option::of(0_i64..120),
        notice_day in prop::option::of((0_i64..120, 1_i64..20)),
        refund_day in prop::option::of(0_i64..200),
        essential in any::<bool>(),
        credit in any::<bool>(),
        as_of in 0_i64..300,
    ) {
        let ordered = day("2026-01-05");
        let at = |n: i64| (ordered + chrono::Duration::days(n)).format("%Y-%m-%d").to_string();
        let mut case = case(jurisdiction, "Europe/Paris", &at(0), "400.00");
        case.case.delivery_agreed = agreed.map(|n| d(&at(n)));
        case.case.delivered_at = delivered.map(|n| d(&at(n)));
        case.case.delivery_essential = essential;
        let method = if credit { PaymentMethod::CreditCard } else { PaymentMethod::DebitCard };
        pay(&mut case, method, Some(CardNetwork::Visa));
        if let Some(n) = cancel {
            notice(&mut case, "c1", &at(n), ContactParty::Merchant, ContactPurpose::Cancellation);
        }
        if let Some((n, len)) = notice_day {
            let i = notice(&mut case, "c2", &at(n), ContactParty::Merchant, ContactPurpose::FormalNotice);
            case.contacts[i].deadline = Some(d(&at(n + len)));
        }
        if let Some(n) = refund_day {
            refund(&mut case, &at(n), "400.00");
        }
        let today = ordered + chrono::Duration::days(as_of);
        let found = clocks(&case, noon(&case, &at(as_of)));
        for c in &found.clocks {
            let opens = c.opens.unwrap();
            prop_assert!(opens >= ordered, "{} opens {opens} before the order", c.rule);
            if let Some(due) = c.due {
                prop_assert!(due >= opens, "{}: due {due} before opens {opens}", c.rule);
            }
            // Clocks started by a notice never open before that notice was sent.
            if matches!(c.rule, "fr.l216-7" | "qc.lpc-54.13" | "on.cpa-refund") {
                prop_assert!(cancel.is_some(), "{} without a cancellation", c.rule);
                if let Some(n) = cancel {
                    let sent = ordered + chrono::Duration::days(n);
                    prop_assert!(opens >= sent && sent <= today, "{}", c.rule);
                }
            }
        }
    }
}

#[test]
fn only_contacts_with_the_merchant_count_as_attempts() {
    let mut case = fr("2026-03-02");
    notice(
        &mut case,
        "c1",
        "2026-03-05",
        ContactParty::Merchant,
        ContactPurpose::Complaint,
    );
    notice(
        &mut case,
        "c2",
        "2026-03-06",
        ContactParty::CardIssuer,
        ContactPurpose::ChargebackRequest,
    );
    let findings = crate::analysis::analyze(&case, noon(&case, "2026-03-10"));
    assert_eq!(findings.contacts.total, 1);
    assert_eq!(findings.contacts.outgoing, 1);
    assert!(!findings.clocks.is_empty());
}

/// An Ontario order paid by Visa credit card on 28 Aug, delivered the next day, returned: the
/// espresso machine of the demo.
fn on_returned() -> CaseData {
    let mut on = case(
        Jurisdiction::CaOn,
        "America/Toronto",
        "2026-08-28",
        "649.99",
    );
    pay(&mut on, PaymentMethod::CreditCard, Some(CardNetwork::Visa));
    if let Some(p) = on.case.payment.as_mut() {
        p.paid_at = Instant::parse("2026-08-28T20:15:00-04:00");
    }
    on.case.delivered_at = Some(d("2026-08-29"));
    on
}

/// Records the return as the letters and the clocks read it: a proof of dispatch on `sent`, and
/// (when `received`) the merchant's statement that it received the goods.
fn record_return(case: &mut CaseData, sent: &str, received: Option<&str>) {
    case.attachments.push(crate::domain::Attachment {
        id: EntryId::new("a1"),
        file_name: "receipt.jpg".into(),
        sha256: "0".repeat(64),
        size: 10,
        media_type: "image/jpeg".into(),
        received_at: Some(d(&format!("{sent}T17:40:00-04:00"))),
        caption: Some("Photo of the Canada Post receipt for the return parcel".into()),
        links: Vec::new(),
    });
    if let Some(received) = received {
        let at = format!("{received}T10:02:00-04:00");
        let mut email = Contact {
            direction: Direction::Incoming,
            purpose: None,
            ..case_contact(case, "c4", &at)
        };
        email.outcome = Outcome::Answered;
        case.contacts.push(email);
        case.statements.push(crate::domain::Statement {
            id: EntryId::new("s1"),
            at: Instant::parse(&at).unwrap(),
            source: Some(EntryId::new("c4")),
            topic: "return received".into(),
            value: received.into(),
            text: None,
        });
    }
}

fn case_contact(case: &mut CaseData, id: &str, at: &str) -> Contact {
    let i = notice(
        case,
        id,
        "2026-01-01",
        ContactParty::Merchant,
        ContactPurpose::Complaint,
    );
    let mut c = case.contacts.remove(i);
    c.at = Instant::parse(at).unwrap();
    c
}

#[test]
fn visa_13_7_for_goods_returned_and_not_refunded() {
    let mut on = on_returned();
    // No return recorded: no 13.7 window.
    assert!(clock(&on, "2026-11-28", "visa.13.7").is_none());
    record_return(&mut on, "2026-09-10", Some("2026-09-15"));
    // CN-2: wait 15 days from the return (received 15 Sep), file within 120 days of the
    // processing date (28 Aug): open 1 Oct to 26 Dec.
    let c = clock(&on, "2026-11-28", "visa.13.7").unwrap();
    assert_eq!(
        (c.opens, c.due, c.status, c.days_left),
        (
            Some(day("2026-10-01")),
            Some(day("2026-12-26")),
            ClockStatus::Open,
            Some(28)
        )
    );
    assert_eq!(c.confidence, crate::law::Confidence::Verify);
    assert!(!c.counted_from_sending);
    assert_eq!(
        status(&on, "2026-09-30", "visa.13.7"),
        Some(ClockStatus::NotYet)
    );
    assert_eq!(
        status(&on, "2026-12-27", "visa.13.7"),
        Some(ClockStatus::Closed)
    );
    let found = clocks(&on, noon(&on, "2026-11-28"));
    let step = found
        .next_steps
        .iter()
        .find(|s| s.action == crate::law::Action::Chargeback)
        .unwrap();
    assert_eq!(step.by, Some(day("2026-12-26")));
    assert!(step.rules.contains(&"visa.13.7"));
    // Only the dispatch recorded: counted from sending (10 Sep), and said so.
    let mut sent_only = on_returned();
    record_return(&mut sent_only, "2026-09-10", None);
    let c = clock(&sent_only, "2026-11-28", "visa.13.7").unwrap();
    assert_eq!(c.opens, Some(day("2026-09-26")));
    assert!(c.counted_from_sending);
    // Refunded in full: the window ends (before it opened: it never did).
    refund(&mut on, "2026-11-20", "649.99");
    assert_eq!(
        status(&on, "2026-11-28", "visa.13.7"),
        Some(ClockStatus::Closed)
    );
    let mut early = on_returned();
    record_return(&mut early, "2026-09-10", Some("2026-09-15"));
    refund(&mut early, "2026-09-20", "649.99");
    assert_eq!(
        status(&early, "2026-11-28", "visa.13.7"),
        Some(ClockStatus::NeverOpened)
    );
    // A Mastercard: not Visa's rule.
    pay(
        &mut early,
        PaymentMethod::CreditCard,
        Some(CardNetwork::Mastercard),
    );
    assert!(clock(&early, "2026-11-28", "visa.13.7").is_none());
}

#[test]
fn a_right_delivery_ended_before_it_opened_never_opened() {
    // QA2 item 16: delivered 29 Aug, before the cancel-for-non-delivery right (28 Sep) and
    // Visa 13.1 (13 Sep) could open: neither reads "closed · opened …".
    let on = on_returned();
    for rule in ["on.cpa-delivery", "visa.13.1"] {
        let c = clock(&on, "2026-11-28", rule).unwrap();
        assert_eq!(c.status, ClockStatus::NeverOpened, "{rule}");
        assert_eq!(c.days_left, None);
    }
    assert!(
        clocks(&on, noon(&on, "2026-11-28"))
            .next_steps
            .iter()
            .all(|s| s.action != crate::law::Action::Cancel)
    );
    // Delivered once the right was open: it closed.
    let mut late = on_returned();
    late.case.delivered_at = Some(d("2026-10-05"));
    assert_eq!(
        status(&late, "2026-11-28", "on.cpa-delivery"),
        Some(ClockStatus::Closed)
    );
    assert_monotone(&on, "2026-08-28", 120);
}

#[test]
fn small_claims_are_open_without_a_formal_notice_and_say_what_comes_first() {
    // QA2 item 4: no legal prerequisite holds the court shut (QC-8: a mise en demeure is
    // advisable; Ontario: none).
    let on = on_returned();
    let c = clock(&on, "2026-11-28", "on.small-claims").unwrap();
    assert_eq!(c.status, ClockStatus::Open);
    assert_eq!(c.due, Some(day("2028-08-28")));
    assert!(c.before.is_empty());
    let mut qc = case(
        Jurisdiction::CaQc,
        "America/Montreal",
        "2026-11-14",
        "899.00",
    );
    let c = clock(&qc, "2026-11-28", "qc.small-claims").unwrap();
    assert_eq!(c.status, ClockStatus::Open);
    let ids: Vec<(&str, bool, Option<NaiveDate>)> = c
        .before
        .iter()
        .map(|b| (b.id, b.required, b.done_on))
        .collect();
    assert_eq!(
        ids,
        [
            ("qc.ccq-1596", false, None),
            ("qc.small-claims-mediation", true, None)
        ]
    );
    assert!(c.before.iter().all(|b| b.basis == crate::law::Basis::Law));
    notice(
        &mut qc,
        "c1",
        "2026-11-23",
        ContactParty::Merchant,
        ContactPurpose::FormalNotice,
    );
    let c = clock(&qc, "2026-11-28", "qc.small-claims").unwrap();
    assert_eq!(c.before[0].done_on, Some(day("2026-11-23")));
    // Over $5 000: no mandatory mediation (QC-11).
    qc.case.price = Money::parse("6200.00", "CAD");
    let c = clock(&qc, "2026-11-28", "qc.small-claims").unwrap();
    assert_eq!(c.before.len(), 1);
}
