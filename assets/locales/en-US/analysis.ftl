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
headline-unanswered = { $unanswered } of { $expected } { $expected ->
    [one] contact attempt
   *[other] contact attempts
} unanswered.
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
report-days-since-last-answer = Since the last answer: { $days }
report-no-order-date = Since the order: no order date recorded
report-longest-silence = Longest silence: { $days } (from { $from } to { $to })
report-longest-silence-ongoing = Longest silence: { $days } (since { $from }, still going on)
report-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
report-section-contacts = Contacts: { $total } ({ $outgoing } outgoing, { $incoming } incoming)
report-channel-line = { $channel }: { $outgoing } outgoing, { $incoming } incoming
report-section-unanswered = Unanswered ({ $count })
report-unanswered-line = { $id } · { $channel } · { $date } · waiting { $waiting }, { $overdue } overdue
report-chasers = { $count ->
    [one] chased once
   *[other] chased { $count } times
}
report-answered = { $answered } of { $expected } answered ({ $late } late)
report-section-promises = Promises: { $made } made, { $kept } kept, { $broken } broken, { $overdue } overdue, { $pending } pending
report-total-days-late = Days late in total: { $days }
report-promise-line = { $id } · { $kind } · { $status }
report-promise-due = due { $date }
report-promise-late = { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
report-promise-kept-by = kept by { $id }
report-status-pending = pending
report-status-kept = kept
report-status-broken = broken
report-status-overdue = overdue
report-section-contradictions = Contradictions ({ $count })
report-restated-promise = restated promise
report-value-line = “{ $value }”: { $entries }
report-entry = { $id } ({ $date })
report-entry-with-source = { $id } ({ $date }, source { $source })
report-section-effort = Effort and service
report-minutes-on-hold = Time on hold: { $duration }
report-minutes-in-calls = Time in calls and meetings: { $duration }
report-transfers = Transfers: { $count }
report-agents = Different people spoken to: { $count }
report-answer-rate = Answer rate: { $percent }%
report-median-to-answer = Median time to answer: { $duration }
report-worst-to-answer = Worst time to answer: { $duration }
report-none = none
report-duration-minutes = { $minutes } min
report-duration-hours = { $hours } h { $minutes } min
report-duration-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
} { $hours } h
# The topic of a promise restated with another due date.
analysis-restated-topic = promised date ({ $kind })
