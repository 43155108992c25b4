//! The named figures: every count a view shows, made once from the other findings.
//!
//! Each figure is defined in `docs/analysis.md` ("The figures") and in the app's hover text
//! ("How is this counted?"). Views read [`Figures`]; they never count again.

use super::view::{CaseView, is_answer, is_live_conversation};
use super::{Figures, Findings, PromiseState, Since};
use crate::domain::Direction;

/// The name of each figure, for the views that list them and for the hover text: the label key
/// is `figure-<name>` and its definition `figure-<name>-help` in `figures.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// [`Figures::days_since_order`].
    DaysSinceOrder,
    /// [`Figures::days_since_first_complaint`].
    DaysSinceFirstComplaint,
    /// [`Figures::contact_attempts`].
    ContactAttempts,
    /// [`Figures::merchant_contacts`].
    MerchantContacts,
    /// [`Figures::expecting_reply`].
    ExpectingReply,
    /// [`Figures::answered`].
    Answered,
    /// [`Figures::unanswered`].
    Unanswered,
    /// [`Figures::awaiting_reply`].
    AwaitingReply,
    /// [`Figures::live_conversations`].
    LiveConversations,
    /// [`Figures::real_answers`].
    RealAnswers,
    /// [`Figures::auto_replies`].
    AutoReplies,
    /// [`Figures::answer_rate_percent`].
    AnswerRate,
    /// [`Figures::promises_made`].
    PromisesMade,
    /// [`Figures::promises_kept`].
    PromisesKept,
    /// [`Figures::promises_broken`].
    PromisesBroken,
    /// [`Figures::promises_overdue`].
    PromisesOverdue,
    /// [`Figures::promises_pending`].
    PromisesPending,
    /// [`Figures::promises_late`].
    PromisesLate,
    /// [`Figures::restatements`].
    Restatements,
    /// [`Figures::worst_days_late`].
    WorstDaysLate,
    /// [`Figures::contradictions`].
    Contradictions,
    /// [`Figures::minutes_on_hold`].
    MinutesOnHold,
    /// [`Figures::minutes_in_calls`].
    MinutesInCalls,
    /// [`Figures::longest_silence_days`].
    LongestSilence,
}

impl Figure {
    /// Every figure, in the order a summary lists them.
    pub const ALL: &[Self] = &[
        Self::DaysSinceOrder,
        Self::DaysSinceFirstComplaint,
        Self::ContactAttempts,
        Self::MerchantContacts,
        Self::ExpectingReply,
        Self::Answered,
        Self::Unanswered,
        Self::AwaitingReply,
        Self::LiveConversations,
        Self::RealAnswers,
        Self::AutoReplies,
        Self::AnswerRate,
        Self::PromisesMade,
        Self::PromisesKept,
        Self::PromisesBroken,
        Self::PromisesOverdue,
        Self::PromisesPending,
        Self::PromisesLate,
        Self::Restatements,
        Self::WorstDaysLate,
        Self::Contradictions,
        Self::MinutesOnHold,
        Self::MinutesInCalls,
        Self::LongestSilence,
    ];

    /// The figure's name, kebab-case (`contact-attempts`).
    pub fn name(self) -> &'static str {
        match self {
            Self::DaysSinceOrder => "days-since-order",
            Self::DaysSinceFirstComplaint => "days-since-first-complaint",
            Self::ContactAttempts => "contact-attempts",
            Self::MerchantContacts => "merchant-contacts",
            Self::ExpectingReply => "expecting-reply",
            Self::Answered => "answered",
            Self::Unanswered => "unanswered",
            Self::AwaitingReply => "awaiting-reply",
            Self::LiveConversations => "live-conversations",
            Self::RealAnswers => "real-answers",
            Self::AutoReplies => "auto-replies",
            Self::AnswerRate => "answer-rate",
            Self::PromisesMade => "promises-made",
            Self::PromisesKept => "promises-kept",
            Self::PromisesBroken => "promises-broken",
            Self::PromisesOverdue => "promises-overdue",
            Self::PromisesPending => "promises-pending",
            Self::PromisesLate => "promises-late",
            Self::Restatements => "restatements",
            Self::WorstDaysLate => "worst-days-late",
            Self::Contradictions => "contradictions",
            Self::MinutesOnHold => "minutes-on-hold",
            Self::MinutesInCalls => "minutes-in-calls",
            Self::LongestSilence => "longest-silence",
        }
    }

    /// The message key of its label (`figure-contact-attempts`, with a `$count` plural).
    pub fn label_key(self) -> String {
        format!("figure-{}", self.name())
    }

    /// The message key of its definition ("How is this counted?"); figures that are parts of
    /// another share its definition.
    pub fn help_key(self) -> String {
        let owner = match self {
            Self::PromisesKept
            | Self::PromisesBroken
            | Self::PromisesOverdue
            | Self::PromisesPending
            | Self::Restatements
            | Self::WorstDaysLate => Self::PromisesLate,
            Self::MinutesInCalls => Self::MinutesOnHold,
            other => other,
        };
        format!("figure-{}-help", owner.name())
    }

    /// Its value in `figures`; `None` where it does not apply (no order date, nothing expected).
    pub fn value(self, figures: &Figures) -> Option<i64> {
        let n = |v: u32| Some(i64::from(v));
        match self {
            Self::DaysSinceOrder => figures.days_since_order,
            Self::DaysSinceFirstComplaint => figures.days_since_first_complaint,
            Self::ContactAttempts => n(figures.contact_attempts),
            Self::MerchantContacts => n(figures.merchant_contacts),
            Self::ExpectingReply => n(figures.expecting_reply),
            Self::Answered => n(figures.answered),
            Self::Unanswered => n(figures.unanswered),
            Self::AwaitingReply => n(figures.awaiting_reply),
            Self::LiveConversations => n(figures.live_conversations),
            Self::RealAnswers => n(figures.real_answers),
            Self::AutoReplies => n(figures.auto_replies),
            Self::AnswerRate => figures.answer_rate_percent.map(i64::from),
            Self::PromisesMade => n(figures.promises_made),
            Self::PromisesKept => n(figures.promises_kept),
            Self::PromisesBroken => n(figures.promises_broken),
            Self::PromisesOverdue => n(figures.promises_overdue),
            Self::PromisesPending => n(figures.promises_pending),
            Self::PromisesLate => n(figures.promises_late),
            Self::Restatements => n(figures.restatements),
            Self::WorstDaysLate => figures.worst_days_late,
            Self::Contradictions => n(figures.contradictions),
            Self::MinutesOnHold => n(figures.minutes_on_hold),
            Self::MinutesInCalls => n(figures.minutes_in_calls),
            Self::LongestSilence => figures.longest_silence_days,
        }
    }
}

/// Counts the figures from the findings (everything but `figures` and `headline` filled in).
pub(crate) fn figures(view: &CaseView<'_>, findings: &Findings, answered_live: u32) -> Figures {
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut figures = Figures {
        days_since_order: findings.days_since_order,
        days_since_first_complaint: findings.days_since_first_complaint,
        minutes_on_hold: findings.effort.minutes_on_hold,
        minutes_in_calls: findings.effort.minutes_in_calls,
        contradictions: count(findings.contradictions.len()),
        longest_silence_days: findings.longest_silence.as_ref().map(|s| s.days),
        ..Figures::default()
    };
    for dated in &view.contacts {
        let contact = dated.item;
        match contact.direction {
            Direction::Outgoing => figures.contact_attempts += 1,
            Direction::Incoming => {
                figures.merchant_contacts += 1;
                if is_answer(contact) {
                    figures.real_answers += 1;
                } else {
                    figures.auto_replies += 1;
                }
            }
        }
        if is_live_conversation(contact) {
            figures.live_conversations += 1;
        }
    }
    figures.answered = count(findings.answered.len()).saturating_add(answered_live);
    figures.unanswered = count(findings.unanswered.len());
    figures.awaiting_reply = count(findings.awaiting_reply.len());
    figures.expecting_reply = figures
        .answered
        .saturating_add(figures.unanswered)
        .saturating_add(figures.awaiting_reply);
    figures.answer_rate_percent = percent(figures.answered, figures.expecting_reply);
    let totals = &findings.promise_totals;
    figures.promises_made = totals.made;
    figures.promises_kept = totals.kept;
    figures.promises_broken = totals.broken;
    figures.promises_overdue = totals.overdue;
    figures.promises_pending = totals.pending;
    figures.promises_late = totals.broken + totals.overdue;
    figures.restatements = totals.restated;
    figures.worst_days_late = findings
        .promises
        .iter()
        .filter(|p| p.restated_by.is_none())
        .filter(|p| matches!(p.status, PromiseState::Broken | PromiseState::Overdue))
        .filter_map(|p| p.days_late)
        .max();
    figures
}

/// `part / whole` in whole percent, rounded half up; `None` for an empty whole.
fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| {
        let (part, whole) = (u64::from(part), u64::from(whole));
        u32::try_from((part * 200 + whole) / (2 * whole)).unwrap_or(100)
    })
}

/// Where the headline counts from: the order, else the first complaint.
pub(crate) fn since(figures: &Figures) -> Option<Since> {
    figures.days_since_order.map(Since::Order).or(figures
        .days_since_first_complaint
        .map(Since::FirstComplaint))
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_round_half_up_and_never_divide_by_zero() {
        assert_eq!(percent(0, 0), None);
        assert_eq!(percent(0, 4), Some(0));
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(5, 5), Some(100));
    }
}
