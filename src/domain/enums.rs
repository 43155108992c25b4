//! The closed vocabularies of the case file: channel, direction, outcome, promise kind and status,
//! case status, jurisdiction, language.
//!
//! Each enum serialises as the lower-case snake_case string of the format (`in_person`,
//! `callback_promised`, `ca-qc`); an unknown value is an error on import. Each has `ALL` (in
//! display order) and `as_str()` (the format's string, also the suffix of its i18n label key,
//! e.g. `channel-in_person`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A string that is not one of an enumeration's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} {value:?}; expected one of: {expected}")]
pub struct UnknownValue {
    /// Which enumeration (`channel`, `outcome`…).
    pub kind: &'static str,
    /// The value given.
    pub value: String,
    /// The accepted values, comma-separated.
    pub expected: String,
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant ),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [Self] = &[ $( Self::$variant ),+ ];

            /// The enumeration's name, used as the prefix of its i18n label keys.
            pub const KIND: &'static str = $kind;

            /// The case file's string for this value.
            pub fn as_str(self) -> &'static str {
                match self { $( Self::$variant => $text ),+ }
            }

            /// The i18n key of this value's label (`channel-email`).
            pub fn label_key(self) -> String {
                format!("{}-{}", $kind, self.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $( $text => Ok(Self::$variant), )+
                    _ => Err(UnknownValue {
                        kind: $kind,
                        value: text.to_owned(),
                        expected: [$($text),+].join(", "),
                    }),
                }
            }
        }
    };
}

vocabulary! {
    /// How a contact happened.
    Channel, "channel" {
        /// Email.
        Email = "email",
        /// Telephone call.
        Phone = "phone",
        /// Live chat on the merchant's site or app.
        Chat = "chat",
        /// Postal letter (registered or not).
        Letter = "letter",
        /// Face to face, at a store or counter.
        InPerson = "in_person",
        /// The merchant's contact form.
        WebForm = "web_form",
        /// Social media message or post.
        SocialMedia = "social_media",
        /// Text message.
        Sms = "sms",
        /// Anything else.
        Other = "other",
    }
}

vocabulary! {
    /// Who started a contact.
    Direction, "direction" {
        /// Consumer → merchant.
        Outgoing = "outgoing",
        /// Merchant → consumer.
        Incoming = "incoming",
    }
}

vocabulary! {
    /// What came of a contact attempt.
    Outcome, "outcome" {
        /// Someone answered and the exchange happened.
        Answered = "answered",
        /// Nobody answered.
        NoAnswer = "no_answer",
        /// A voicemail was left.
        VoicemailLeft = "voicemail_left",
        /// Only an automatic acknowledgement came back.
        AutoReplyOnly = "auto_reply_only",
        /// Transferred to another person or number.
        Transferred = "transferred",
        /// The line was cut.
        Disconnected = "disconnected",
        /// The merchant promised to call back.
        CallbackPromised = "callback_promised",
        /// The merchant refused the request.
        Refused = "refused",
        /// The matter was resolved.
        Resolved = "resolved",
        /// Anything else.
        Other = "other",
    }
}

vocabulary! {
    /// What a promise is about.
    PromiseKind, "promise_kind" {
        /// Deliver the goods.
        Delivery = "delivery",
        /// Goods ready for pickup.
        Pickup = "pickup",
        /// Answer a message.
        Reply = "reply",
        /// Call the consumer back.
        Callback = "callback",
        /// Refund money.
        Refund = "refund",
        /// Replace the goods.
        Replacement = "replacement",
        /// Repair the goods.
        Repair = "repair",
        /// Give a credit or voucher.
        Credit = "credit",
        /// Anything else.
        Other = "other",
    }
}

vocabulary! {
    /// What the user recorded about a promise (the analysis adds `overdue`).
    PromiseStatus, "promise_status" {
        /// Not settled yet.
        Pending = "pending",
        /// The merchant kept it.
        Kept = "kept",
        /// The merchant broke it.
        Broken = "broken",
    }
}

vocabulary! {
    /// Where the dispute stands.
    CaseStatus, "case_status" {
        /// Still being worked on.
        Open = "open",
        /// Taken higher: manager, mediator, ombudsman, chargeback, court.
        Escalated = "escalated",
        /// Settled.
        Resolved = "resolved",
        /// Given up.
        Abandoned = "abandoned",
    }
}

vocabulary! {
    /// Whose consumer law applies.
    Jurisdiction, "jurisdiction" {
        /// France.
        Fr = "fr",
        /// Québec.
        CaQc = "ca-qc",
        /// Ontario.
        CaOn = "ca-on",
        /// Canada, outside Québec.
        Ca = "ca",
        /// United Kingdom.
        Uk = "uk",
        /// European Union, outside France.
        Eu = "eu",
        /// United States.
        Us = "us",
        /// Elsewhere.
        Other = "other",
    }
}

vocabulary! {
    /// The language of a case (its dossier and generated text).
    Language, "language" {
        /// French.
        Fr = "fr",
        /// English.
        En = "en",
    }
}

impl Outcome {
    /// Whether this outcome of an outgoing contact means no reply is owed (the exchange already
    /// happened, or the merchant gave a final answer).
    pub fn closes_exchange(self) -> bool {
        matches!(self, Self::Answered | Self::Resolved | Self::Refused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_and_unknowns_are_named() {
        for channel in Channel::ALL {
            assert_eq!(channel.as_str().parse::<Channel>().unwrap(), *channel);
            let json = serde_json::to_string(channel).unwrap();
            assert_eq!(serde_json::from_str::<Channel>(&json).unwrap(), *channel);
        }
        assert_eq!(
            serde_json::to_string(&Jurisdiction::CaQc).unwrap(),
            "\"ca-qc\""
        );
        let err = "carrier_pigeon".parse::<Channel>().unwrap_err();
        assert!(err.to_string().contains("in_person"), "{err}");
        assert!(serde_json::from_str::<Outcome>("\"maybe\"").is_err());
    }
}
