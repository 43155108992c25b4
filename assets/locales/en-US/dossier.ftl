# The PDF dossier (src/dossier).
dossier-label = Dossier
dossier-prepared-on = Prepared on { $date } ({ $zone })
dossier-cover-consumer = Consumer
dossier-cover-merchant = Merchant
dossier-cover-order-reference = Order reference
dossier-cover-product = Product
dossier-cover-price = Price paid
dossier-cover-ordered-at = Order date
dossier-cover-request = Request
dossier-cover-status = Case status
dossier-key-figures = Key figures
dossier-contents = Contents
dossier-section-summary = Summary of facts
dossier-section-chronology = Chronology
dossier-section-promises = Promises
dossier-section-contradictions = Contradictions
dossier-section-effort = Contact effort
dossier-section-exhibits = Exhibits
dossier-narrative = In the consumer’s words
dossier-generated-summary = What the record shows
dossier-none = Nothing recorded.
dossier-col-when = Date and time
dossier-col-what = What
dossier-col-channel = Channel
dossier-col-outcome = Outcome
dossier-col-marks = Marks
dossier-chronology-legend = Marks: ⚠ unanswered · ◷ overdue · ✗ broken · ≠ contradicted. Times are in { $zone }.
dossier-mark-unanswered = ⚠ UNANSWERED
dossier-mark-overdue = ◷ OVERDUE
dossier-mark-broken = ✗ BROKEN
dossier-mark-contradicted = ≠ CONTRADICTED
dossier-kind-order = Order placed
dossier-kind-attachment = Document received
dossier-kind-note = Note
dossier-col-promise = Promise
dossier-col-made = Made
dossier-col-source = By / source
dossier-col-status = Status
dossier-col-days-late = Days late
dossier-state-pending = Pending
dossier-state-kept = Kept
dossier-state-broken = ✗ Broken
dossier-state-overdue = ◷ Overdue
dossier-no-due-date = no date given
dossier-contradiction-statements = Different statements on the same topic
dossier-contradiction-restated = A broken promise restated with a new date
dossier-contradiction-value = Version { $number }
dossier-col-count-channel = Channel
dossier-col-outgoing = From the consumer
dossier-col-incoming = From the merchant
dossier-effort-answer-rate = Answer rate
dossier-effort-on-hold = Time on hold
dossier-effort-in-calls = Time in calls and meetings
dossier-effort-transfers = Transfers
dossier-effort-agents = Different people spoken to
dossier-effort-median = Median time to an answer
dossier-effort-worst = Longest wait for an answer
dossier-effort-silence = Longest silence
dossier-silence-range = { $days }, from { $from } to { $to }
dossier-silence-ongoing = { $days }, since { $from } (still going on)
dossier-exhibit-sha = SHA-256
dossier-note-missing = Note: the file was not found in the store.
dossier-note-mismatch = Note: the stored file does not match its recorded SHA-256; it may have been damaged.
dossier-note-unreadable = Note: the image could not be read; only its details are listed.
dossier-note-not-image = This file is not an image; see the attached original.
dossier-note-too-large = Note: the image is too large to draw; see the attached original.
dossier-footer = { $title } · prepared { $date } · page { $page } / { $total }
dossier-redacted = [redacted]
dossier-agent = Agent { $number }
dossier-meta-subject = Consumer dispute with { $merchant }
dossier-meta-keywords = consumer dispute, dossier, evidence
dossier-page-label-cover = Cover
dossier-unknown = —
dossier-answer-rate = { $percent } ({ $answered } of { $expected ->
    [one] { $expected } contact attempt expecting a reply
   *[other] { $expected } contact attempts expecting a reply
})
dossier-effort-live = Live conversations (calls and visits where the merchant spoke)
dossier-summary-contacts = { $attempts ->
    [one] { $attempts } contact attempt by the consumer
   *[other] { $attempts } contact attempts by the consumer
}; { $incoming ->
    [one] { $incoming } contact from the merchant
   *[other] { $incoming } contacts from the merchant
}, of which { $answers ->
    [one] { $answers } real answer
   *[other] { $answers } real answers
} and { $auto ->
    [one] { $auto } automatic reply
   *[other] { $auto } automatic replies
}.
dossier-summary-unanswered = Of { $expected ->
    [one] { $expected } contact attempt expecting a reply
   *[other] { $expected } contact attempts expecting a reply
}: { $answered } answered, { $unanswered } unanswered, { $awaiting } awaiting a reply (not yet due).
dossier-summary-promises = { $made ->
    [one] { $made } promise made by the merchant
   *[other] { $made } promises made by the merchant
}: { $kept } kept, { $broken } broken, { $overdue } overdue, { $pending } pending.
dossier-summary-contradictions = The merchant gave conflicting information { $count ->
    [one] on { $count } topic
   *[other] on { $count } topics
}.
dossier-summary-silence = Longest silence from the merchant: { $days }.

# The copy to email (issue 11, part 6).
dossier-exhibit-reduced = The image shown is a reduced copy, made small enough to email.
dossier-exhibit-on-request = The original file is not attached to this copy for email; it is available on request, and its name, size and SHA-256 above identify it exactly.
dossier-note-too-large-detached = Note: the image is too large to draw; its details are listed above.

# The chronology, one row per contact, and its people list; promises as obligations (issue 13).
dossier-people = People
dossier-col-person = Name
dossier-col-role = Role or department
dossier-col-details = Contact details
dossier-col-contacts = Contacts
dossier-col-channel-who = Channel, who, reference
dossier-col-first-due = Due (first date)
dossier-chronology-lines = One row per contact; the promises and statements made in it are listed under it. Due dates are in the promises table.
dossier-people-channel = { $channel }: { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
dossier-line-promise = Promise — { $kind }: { $words }
dossier-line-promise-due = Promise — { $kind }: { $words }, due { $due }
dossier-line-promise-again = Promise repeated — { $kind }: { $words }, new date { $due } (first promised for { $first })
dossier-line-statement = Statement — { $topic }: { $value }
dossier-promise-restated = Repeated on { $date }, { $source }: new date { $due }
dossier-days-late-since = since { $date }
# Every exhibit readable (issue 13, part 4).
dossier-exhibit-label = { $style ->
    [qc] P-{ $number }
   *[other] Exhibit { $number }
}
dossier-exhibit-proves = Proves
dossier-proves-contact = the contact of { $date } ({ $details })
dossier-proves-promise = the promise made on { $made } ({ $kind }): { $text }
dossier-proves-promise-due = the promise made on { $made } ({ $kind }), due { $due }: { $text }
dossier-proves-statement = what was stated on { $date } about { $topic }: { $value }
dossier-proves-with = the same facts, together with { $label }
dossier-exhibit-dated = Dated { $date }
dossier-exhibit-page = { $label }, page { $page } of { $total }
dossier-exhibit-continued = { $label } (continued)
dossier-exhibit-pages-cut = Only the first { $shown } of the { $total } pages are shown here; the original, attached, has them all.
dossier-exhibit-pages-cut-detached = Only the first { $shown } of the { $total } pages are shown here.
dossier-exhibit-text-cut = The text is cut here; the original, attached, holds all of it.
dossier-exhibit-text-cut-detached = The text is cut here.
dossier-email-from = From
dossier-email-to = To
dossier-email-date = Date
dossier-email-subject = Subject
dossier-note-pdf-encrypted = This PDF is protected by a password or by permissions, so its pages cannot be shown here; the original is attached.
dossier-note-pdf-unreadable = This PDF could not be read (it may be damaged), so its pages cannot be shown here; the original is attached.
dossier-note-pdf-too-large = This PDF is too large to show here; the original is attached.
dossier-note-pdf-empty = This PDF has no page to show; the original is attached.
dossier-note-email-unreadable = This email could not be read (no sender or no date), so it is not printed; the original is attached.
dossier-note-email-too-large = This email is too large to print here; the original is attached.
dossier-note-not-printable = This kind of file cannot be printed here; the original is attached (see the list of exhibits).
dossier-note-not-printable-detached = This kind of file cannot be printed here; it is described in the list of exhibits.
dossier-section-exhibit-list = List of exhibits
dossier-exhibit-list-attached = The original of each exhibit is attached to this PDF under its file name below; its SHA-256 identifies it exactly.
dossier-exhibit-list-attached-except = The original of each exhibit is attached to this PDF under its file name below, except those marked ⚠; its SHA-256 identifies it exactly.
dossier-exhibit-list-not-attached = The originals are not attached to this copy; the file name, size and SHA-256 below identify each exactly.
dossier-exhibit-list-col-exhibit = Exhibit
dossier-exhibit-list-col-file = Original file, type, size, date and SHA-256
dossier-exhibit-list-page = p. { $page }
dossier-exhibit-on-request-list = The original file is not attached to this copy for email; it is available on request, and the list of exhibits identifies it exactly.
# The claim sheet on page 1 (issue 13, part 1).
dossier-claim-title = Claim sheet
dossier-claim-parties = The parties
dossier-claim-company-id = Company id: { $id }
dossier-claim-mediator = Mediator: { $name }
dossier-claim-purchase = Purchase and payment
dossier-claim-order = Order
dossier-claim-charged = Amount charged
dossier-claim-charged-with-taxes = { $charged } (price { $price } + taxes and fees { $taxes })
dossier-claim-charged-and-price = { $charged } (price { $price })
dossier-claim-paid-by = Paid by
dossier-claim-card-value = { $network } ending in { $last4 }
dossier-claim-issuer = Card issuer
dossier-claim-dates = Dates
dossier-claim-paid-on = charged on { $date }
dossier-claim-statement-on = first statement showing it: { $date }
dossier-claim-descriptor = Statement descriptor
dossier-claim-dispute = What was promised and what failed
dossier-claim-promised = Promised
dossier-claim-due = due { $date }
dossier-claim-failed = What failed
dossier-claim-late = { $state }: { $days } late on { $date }
dossier-claim-promises-late = Of { $made } promises: { $broken } broken, { $overdue } overdue.
dossier-claim-first-complaint = First written complaint
dossier-claim-sent = { $channel }, { $date }
dossier-claim-none-recorded = None recorded
dossier-claim-notice = Formal notice
dossier-claim-notice-deadline = deadline given: { $date }
dossier-claim-notice-received = received on { $date }
dossier-claim-notice-receipt-unknown = receipt not recorded
dossier-claim-last-word = Merchant's last word
dossier-claim-request = The request
dossier-claim-asked = Asked for
dossier-claim-item-price = Price
dossier-claim-item-taxes = Taxes and fees charged
dossier-claim-item-increase = Statutory increase ({ $articles })
dossier-claim-item-refunded = Refunds received
dossier-claim-item-total = Total claimed
dossier-claim-offer = Merchant's offer
dossier-claim-offer-value = { $amount }, stated on { $date }
dossier-claim-basis = Legal basis and next deadline
dossier-claim-articles = Articles that apply
dossier-claim-next = Next deadline
dossier-claim-next-step = { $action }, by { $date }
dossier-claim-next-clock = { $title } (last day { $date })

# The declaration (issue 13, part 5).
dossier-declaration-title = Declaration
dossier-declaration-text = I, the undersigned { $name }, declare that the facts above are true to the best of my knowledge and that the originals of the exhibits are available.
dossier-declaration-name = Name: { $name }
dossier-declaration-place-date = Made at ____________________________, on { $date }
dossier-declaration-signature = Signature:

# Gaps shown before export (issue 13, part 6): what a recipient looks for, and how to add it.
gap-no-written-complaint = No written complaint to the merchant yet
gap-no-written-complaint-fix = Mediators ask for a prior written complaint: send one by email or letter, then log it with the purpose in law “Written complaint”.
gap-complaint-not-marked = No message is marked as your written complaint
gap-complaint-not-marked-fix = Open your first email or letter to the merchant and set its purpose in law to “Written complaint”.
gap-complaint-without-copy = No copy of your first written complaint is attached
gap-complaint-without-copy-fix = Attach the email or letter you sent and link it to that contact.
gap-notice-receipt = No proof the formal notice was received
gap-notice-receipt-fix = Record the date on the registered-mail receipt (or "not collected") and attach the receipt.
gap-no-payment = No payment details
gap-no-payment-fix = Add how you paid: card network, last four digits, issuer, the amount charged and the statement descriptor.
gap-payment-details = Payment details missing: { $details }
gap-payment-details-fix = Copy them from your card statement; never enter more than the last four digits.
gap-detail-network = card network
gap-detail-last-four = last four digits
gap-detail-issuer = card issuer
gap-detail-descriptor = statement descriptor
gap-detail-paid-at = date of payment
gap-no-company-id = The merchant's company id is missing
gap-no-company-id-fix = Add its SIREN, NEQ or company number from its website's legal notice or its invoice.
gap-no-merchant-address = The merchant's address is missing
gap-no-merchant-address-fix = Add its registered office from its legal notice, terms of sale or invoice.
gap-no-mediator = The merchant's mediator is not recorded
gap-no-mediator-fix = Every French professional must name a consumer mediator: look in its terms of sale and add it.
gap-no-request = What you ask for is not written down
gap-no-request-fix = Write your request in the case details: delivery by a date, a refund of a given amount…
gap-exhibit-caption = Exhibit without a caption: { $file }
gap-exhibit-caption-fix = Give it a caption that says what it shows.
gap-exhibit-unlinked = Exhibit linked to nothing: { $file }
gap-exhibit-unlinked-fix = Link it to the contact, promise or statement it proves.
dossier-claim-restated = restated on { $date }: { $words }
dossier-claim-broken-on = { $state } on { $date }
dossier-claim-broken-on-late = { $state } on { $on }: { $days } late on { $date }
dossier-claim-offer-from = { $amount } — { $source }
dossier-figure-out-of-expecting = { $label } (out of { $total } expecting a reply)
dossier-figure-out-of-made = { $label } (out of { $total } made)
gap-list-title = { $count ->
    [one] Before you send: { $count } thing a recipient will look for
   *[other] Before you send: { $count } things a recipient will look for
}
gap-list-none = Nothing a recipient usually looks for is missing.
dossier-claim-item-cost = Cost
dossier-claim-item-cost-value = { $amount } — { $what }

# What became of a letter sent by post: on its chronology row, and where the claim sheet cites
# the formal notice.
dossier-letter-received = Received on { $date }
dossier-letter-not-collected = Not collected — returned on { $date }
dossier-claim-notice-not-collected = not collected — returned on { $date }
