# The named figures (src/analysis/figures.rs): the label after the number, and how it is counted
# (the app's hover text "How is this counted?"). Definitions match docs/analysis.md, "The figures".
figure-how-counted = How is this counted?
figure-days-since-order = { $count ->
    [one] day since the order
   *[other] days since the order
}
figure-days-since-order-help = Calendar days from the order date to today, in the case's time zone.
figure-days-since-first-complaint = { $count ->
    [one] day since the first complaint
   *[other] days since the first complaint
}
figure-days-since-first-complaint-help = Calendar days from your first contact attempt to today.
figure-contact-attempts = { $count ->
    [one] contact attempt
   *[other] contact attempts
}
figure-contact-attempts-help = Every contact you made with the merchant (outgoing): messages, letters, calls and visits, answered or not.
figure-merchant-contacts = { $count ->
    [one] contact from the merchant
   *[other] contacts from the merchant
}
figure-merchant-contacts-help = Every contact from the merchant (incoming), automatic replies included.
figure-expecting-reply = { $count ->
    [one] contact attempt expecting a reply
   *[other] contact attempts expecting a reply
}
figure-expecting-reply-help = Your contact attempts that called for an answer: those owed a reply within their channel's delay (or the delay you set), and calls or visits where someone from the merchant spoke.
figure-answered = answered
figure-answered-help = Contact attempts expecting a reply that got one: a reply from the merchant (not an automatic one), or a call or visit where someone from the merchant spoke.
figure-unanswered = unanswered
figure-unanswered-help = Contact attempts whose reply was due and never came. A message whose reply is not yet due is "awaiting a reply" instead.
figure-awaiting-reply = awaiting a reply
figure-awaiting-reply-help = Contact attempts waiting for a reply that is not yet due.
figure-live-conversations = { $count ->
    [one] live conversation
   *[other] live conversations
}
figure-live-conversations-help = Calls, visits and chats where someone from the merchant answered, whatever came of it (a call cut off while on hold is not one). They end a silence, but do not answer earlier written messages.
figure-real-answers = { $count ->
    [one] answer from the merchant
   *[other] answers from the merchant
}
figure-real-answers-help = Contacts from the merchant that are not automatic replies.
figure-auto-replies = { $count ->
    [one] automatic reply
   *[other] automatic replies
}
figure-auto-replies-help = Automatic acknowledgements from the merchant; they never count as an answer.
figure-answer-rate = answer rate
figure-answer-rate-help = Answered contact attempts divided by the contact attempts expecting a reply.
figure-promises-made = { $count ->
    [one] promise made
   *[other] promises made
}
figure-promises-made-help = Undertakings the merchant gave; a promise repeated with a new date is one promise with a history.
figure-promises-kept = kept
figure-promises-broken = broken
figure-promises-overdue = overdue
figure-promises-pending = pending
figure-promises-late = { $count ->
    [one] promise broken or overdue
   *[other] promises broken or overdue
}
figure-promises-late-help = Promises you recorded as broken, and promises past their first due date and not kept. Days late run from the first date promised.
figure-restatements = { $count ->
    [one] promise repeated with a new date
   *[other] promises repeated with a new date
}
figure-worst-days-late = { $count ->
    [one] day late at most
   *[other] days late at most
}
figure-contradictions = { $count ->
    [one] contradiction
   *[other] contradictions
}
figure-contradictions-help = Topics on which the merchant said different things, and promises repeated with a new date after they were missed.
figure-minutes-on-hold = { $count ->
    [one] minute on hold
   *[other] minutes on hold
}
figure-minutes-on-hold-help = Minutes spent waiting on hold, added over every call.
figure-minutes-in-calls = { $count ->
    [one] minute in calls and meetings
   *[other] minutes in calls and meetings
}
figure-longest-silence = { $count ->
    [one] day of silence at the longest
   *[other] days of silence at the longest
}
figure-longest-silence-help = The longest wait from a contact attempt expecting a reply to the merchant's next word (an answer or a live conversation).
