# Analysis: the headline (dashboard, dossier cover) and `papertrail report`.

## Headline sentences.
headline-days-since-order = { $count ->
    [one] { $count } day since the order.
   *[other] { $count } days since the order.
}
headline-days-since-first-complaint = { $count ->
    [one] { $count } day since the first complaint.
   *[other] { $count } days since the first complaint.
}
headline-contacts = { $attempts ->
    [one] { $attempts } contact attempt
   *[other] { $attempts } contact attempts
}, { $unanswered } unanswered.
headline-contacts-awaiting = { $attempts ->
    [one] { $attempts } contact attempt
   *[other] { $attempts } contact attempts
}, { $unanswered } unanswered, { $awaiting } awaiting a reply.
headline-promises-broken = { $count ->
    [one] { $count } promise broken
   *[other] { $count } promises broken
} ({ $details }).
headline-promises-overdue = { $count ->
    [one] { $count } promise overdue
   *[other] { $count } promises overdue
} ({ $details }).
headline-promise-late = { $kind }, { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
headline-contradictions = { $count ->
    [one] { $count } contradiction
   *[other] { $count } contradictions
}: { $topics }.
headline-nothing-yet = Nothing logged yet.

## Report (`papertrail report`).
report-as-of = Findings as of { $date }
report-section-elapsed = Elapsed time
report-days-since-order = Since the order: { $days }
report-days-since-first-complaint = Since the first complaint: { $days }
report-days-since-last-answer = Since the merchant's last word: { $days }
report-no-order-date = Since the order: no order date recorded
report-longest-silence = Longest silence: { $days } (from { $from } to { $to })
report-longest-silence-ongoing = Longest silence: { $days } (since { $from }, still going on)
report-section-contacts = { $attempts ->
    [one] { $attempts } contact attempt
   *[other] { $attempts } contact attempts
}, { $incoming ->
    [one] { $incoming } contact from the merchant
   *[other] { $incoming } contacts from the merchant
}
report-channel-line = { $channel }: { $outgoing } outgoing, { $incoming } incoming
report-answered = Of { $expected ->
    [one] { $expected } contact attempt expecting a reply
   *[other] { $expected } contact attempts expecting a reply
}: { $answered } answered ({ $late } late), { $unanswered } unanswered, { $awaiting } awaiting a reply
report-answers = { $answers ->
    [one] { $answers } answer from the merchant
   *[other] { $answers } answers from the merchant
}, { $auto ->
    [one] { $auto } automatic reply
   *[other] { $auto } automatic replies
}, { $live ->
    [one] { $live } live conversation
   *[other] { $live } live conversations
}
report-section-unanswered = Unanswered ({ $count })
report-section-awaiting = Awaiting a reply ({ $count })
report-unanswered-line = { $id } · { $channel } · { $date } · reply was due { $due } · waiting { $waiting }, { $overdue } late
report-awaiting-line = { $id } · { $channel } · { $date } · reply due { $due }
report-chasers = { $count ->
    [one] chased once
   *[other] chased { $count } times
}
report-section-promises = Promises: { $made ->
    [one] { $made } promise made
   *[other] { $made } promises made
}, { $kept } kept, { $broken } broken, { $overdue } overdue, { $pending } pending
report-worst-days-late = Most days late on one promise: { $days }
report-promise-line = { $id } · { $kind } · { $status }
report-promise-line-restated = { $id } · { $kind }
report-promise-late = { $days } late
report-promise-late-since-first = { $days } late since the first date promised ({ $date })
report-promise-kept-by = kept by { $id }
report-promise-restated-by = repeated with a new date by { $id }
report-status-pending = pending
report-status-kept = kept
report-status-broken = broken
report-status-overdue = overdue
report-section-contradictions = Contradictions ({ $count })
report-restated-promise = { $topic }, a promise repeated with a new date
report-value-line = { $value }: { $entries }
report-entry = { $id } ({ $date })
report-entry-with-source = { $id } ({ $date }, source { $source })
report-section-effort = Effort and service
report-minutes-on-hold = Time on hold: { $duration }
report-minutes-in-calls = Time in calls and meetings: { $duration }
report-transfers = Transfers: { $count }
report-agents = Different people spoken to: { $count }
report-answer-rate = Answer rate: { $percent } ({ $answered } of { $expected ->
    [one] { $expected } contact attempt expecting a reply
   *[other] { $expected } contact attempts expecting a reply
})
report-median-to-answer = Median time to answer: { $duration }
report-worst-to-answer = Worst time to answer: { $duration }
# The topic of a promise restated with another due date.
analysis-restated-topic = promised date ({ $kind })
