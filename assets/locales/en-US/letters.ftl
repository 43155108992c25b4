# Letters (issue 10): formal notice, cancellation, letter before claim, chargeback request, mediation request.

letter-kind-formal-notice = Formal notice
letter-kind-cancellation = Cancellation
letter-kind-letter-before-claim = Letter before claim
letter-kind-chargeback-request = Chargeback request
letter-kind-mediation-request = Mediation request

letter-error-missing = This letter needs facts the case does not record yet: { $facts }.
letter-error-not-applicable = A letter of the kind “{ $kind }” does not exist under the law of { $jurisdiction }.
letter-error-after-delivery = Under the law of { $jurisdiction }, a letter of the kind “{ $kind }” rests on late delivery, and the case records the goods as delivered: it is not offered for this case.
letter-missing-case-consumer-name = your name
letter-missing-case-consumer-address = your postal address
letter-missing-case-merchant-name = the merchant's name
letter-missing-case-merchant-address = the merchant's postal address
letter-missing-case-price = the price paid
letter-missing-case-ordered_at = the order date
letter-missing-case-payment = how you paid (payment details)
letter-missing-case-payment-method = a card payment (credit or debit card)
letter-missing-case-payment-card_last4 = the card's last four digits
letter-missing-case-payment-issuer = the card issuer
letter-missing-case-merchant-mediator = the merchant's mediator or ADR body
letter-missing-contacts-complaint = a prior written complaint to the merchant (a contact with the purpose “written complaint”)

letter-place-date = { $place }, { $date }
letter-date-only = { $date }
letter-mode-registered = Registered letter with acknowledgement of receipt
letter-order-ref = order { $reference }
letter-subject-formal-notice = Subject: formal notice — { $what }
letter-subject-cancellation = Subject: cancellation of the contract — { $what }
letter-subject-letter-before-claim = Subject: letter before claim — { $what }
letter-subject-chargeback-request = Subject: chargeback request — { $what }
letter-subject-mediation-request = Subject: request for mediation — { $what }
letter-salutation = Dear Sir or Madam,
letter-cb-intro = I dispute the card payment described below and ask you to reverse it.
letter-issuer-disputes = Card disputes department

letter-heading-cb-details = The payment in dispute
letter-heading-facts = The facts
letter-heading-law = Legal basis
letter-heading-demand-formal-notice = My demand
letter-heading-demand-cancellation = Cancellation and refund
letter-heading-demand-letter-before-claim = What I claim and how it is calculated
letter-heading-demand-chargeback-request = My request
letter-heading-demand-mediation-request = My request
letter-heading-enclosures = Enclosures

letter-the-goods = the goods
letter-fact-order = { $to ->
    [merchant] On { $date }, I ordered from you, for { $price }, { $product }.
   *[other] On { $date }, I ordered from the merchant, for { $price }, { $product }.
}
letter-fact-order-ref = { $to ->
    [merchant] On { $date }, I ordered from you (order { $reference }), for { $price }, { $product }.
   *[other] On { $date }, I ordered from the merchant (order { $reference }), for { $price }, { $product }.
}
letter-fact-paid = I paid { $amount } { $method } on { $date }.
letter-by-credit_card = by credit card
letter-by-debit_card = by debit card
letter-by-bank_transfer = by bank transfer
letter-by-cash = in cash
letter-by-paypal = through PayPal
letter-by-other = by another means
letter-fact-agreed = Delivery was agreed for { $date }.
letter-fact-delivered = The goods were delivered on { $date }.
letter-fact-not-delivered = As of { $date }, the goods have not been delivered.
letter-fact-promise = { $to ->
    [merchant] On { $made }, you promised { $what }, by { $due } — my note: { $text }. You did not keep this promise.
   *[other] On { $made }, the merchant promised { $what }, by { $due } — my note: { $text }. It did not keep this promise.
}
letter-fact-promise-nodue = { $to ->
    [merchant] On { $made }, you promised { $what } — my note: { $text }. You did not keep this promise.
   *[other] On { $made }, the merchant promised { $what } — my note: { $text }. It did not keep this promise.
}
letter-fact-sent-complaint = { $to ->
    [merchant] On { $date }, I sent you a written complaint ({ $channel }).
   *[other] On { $date }, I sent the merchant a written complaint ({ $channel }).
}
letter-fact-sent-formal_notice = { $to ->
    [merchant] On { $date }, I sent you a formal notice ({ $channel }).
   *[other] On { $date }, I sent the merchant a formal notice ({ $channel }).
}
letter-fact-sent-cancellation = { $to ->
    [merchant] On { $date }, I notified you that the contract was cancelled ({ $channel }).
   *[other] On { $date }, I notified the merchant that the contract was cancelled ({ $channel }).
}
letter-fact-sent-withdrawal = { $to ->
    [merchant] On { $date }, I notified you of my withdrawal from the contract ({ $channel }).
   *[other] On { $date }, I notified the merchant of my withdrawal from the contract ({ $channel }).
}
letter-fact-unanswered = { $count ->
    [one] My message of { $list } has had no answer.
   *[other] My { $count } messages of { $list } have had no answer.
}
letter-fact-refund = I received a refund of { $amount } on { $date }.

letter-basis-fr-civ-1344 = Formal notice, and cancellation of the contract by notification after a reasonable period; interest at the legal rate from the formal notice

letter-demand-deliver = I formally request that you deliver to me { $product }.
letter-demand-formal-notice = I formally request that you pay me { $total }, calculated as follows:
letter-demand-cancellation = { $parts ->
    [yes] By this letter I cancel the contract. I ask you to refund the sums I paid you, calculated as follows:
   *[no] By this letter I cancel the contract. I ask you to refund { $total }, calculated as follows:
}
letter-demand-letter-before-claim = I claim { $total }, calculated as follows:
letter-demand-chargeback-request = I ask you to credit my account with { $total }, calculated as follows:
letter-demand-mediation-request = I ask you to help me obtain { $total } from the merchant, calculated as follows:
letter-sum-paid = price paid: { $amount }
letter-sum-increase = increase for the late refund ({ $rate }, { $citation }): { $amount }
letter-sum-refunded = less refunds already received: −{ $amount }
letter-sum-total = total due: { $amount }

letter-deadline-formal-notice = I give you until { $date } ({ $days } days) to do so.
letter-deadline-cancellation = The refund is due by { $date } at the latest ({ $days } days).
letter-deadline-letter-before-claim = Please reply in full, in writing, by { $date } ({ $days } days), saying whether you accept the claim and, if not, why.
letter-deadline-chargeback-request = Please acknowledge this request in writing by { $date } ({ $days } days).
letter-deadline-mediation-request = Please tell me by { $date } ({ $days } days) whether you accept this request.
letter-deadline-law = This period is set by { $citation }.
letter-note-practice = { $days } days: a period usual in practice, not set by law. You can choose another with --deadline-days.
letter-note-law = { $days } days: the period set by { $citation }.
letter-note-chosen = { $days } days: the period you chose.

letter-lbc-documents = The key documents are listed as enclosures; copies are enclosed.
letter-lbc-adr = I am willing to consider a form of alternative dispute resolution (such as mediation) and invite you to say whether you are too.

letter-then-formal-notice-deliver-fr = Failing delivery by that date, I will cancel the contract in writing (Code de la consommation, art. L216-6); you will then have to refund me within 14 days (art. L216-7), failing which the sum is increased by law (art. L241-4).
letter-then-formal-notice-fr = Failing payment by that date, I will refer the matter to the consumer mediator or to the court without further notice. The sum bears interest at the legal rate from this formal notice (Code civil, art. 1231-6).
letter-then-formal-notice-deliver-qc = Failing delivery by that date, I may cancel the contract (Consumer Protection Act, s. 54.9) and claim a refund, or apply to the Small Claims Division of the Court of Québec, without further notice.
letter-then-formal-notice-qc = Failing payment by that date, I will apply to the Small Claims Division of the Court of Québec without further notice.
letter-then-formal-notice-deliver-uk = If the goods are not delivered by that date, I will treat the contract as at an end (Consumer Rights Act 2015, s.28) and claim a full refund.
letter-then-formal-notice-uk = If this sum is not paid by that date, I will send you a letter before claim and may then start court proceedings.
letter-then-formal-notice-deliver-other = If the goods are not delivered by that date, I will cancel the order, claim a full refund and take the matter further without further notice.
letter-then-formal-notice-other = If this sum is not paid by that date, I will take the matter further without further notice.
letter-then-formal-notice-deliver-on = If the goods are not delivered by that date, I will cancel the agreement (Consumer Protection Act, 2002, Part IV); you will then have to refund me within 15 days (ss.92, 96(1)). Failing that, I will file a claim in the Small Claims Court without further notice.
letter-then-formal-notice-on = If this sum is not paid by that date, I will file a claim in the Small Claims Court without further notice.
letter-then-cancellation-fr = Failing a refund within that period, the sums I paid you are increased by law ({ $increase }), and I will refer the matter to the consumer mediator or to the court without further notice.
letter-then-cancellation-qc = { $card ->
    [credit] Failing a refund within that period, I will ask my card issuer for a chargeback (Consumer Protection Act, s. 54.14), or apply to the Small Claims Division of the Court of Québec, without further notice.
    [other] Failing a refund within that period, I will apply to the Small Claims Division of the Court of Québec without further notice.
   *[unknown] Failing a refund within that period, I will ask my card issuer for a chargeback if I paid by credit card (Consumer Protection Act, s. 54.14), or apply to the Small Claims Division of the Court of Québec, without further notice.
}
letter-then-cancellation-uk = Failing a refund by that date, I will send you a letter before claim and may then start court proceedings.
letter-then-cancellation-other = Failing a refund by that date, I will take the matter further without further notice.
letter-then-cancellation-on = { $card ->
    [credit] Failing a refund by that date, I will ask my card issuer to reverse the charge (Consumer Protection Act, 2002, s.99), or file a claim in the Small Claims Court, without further notice.
    [other] Failing a refund by that date, I will file a claim in the Small Claims Court without further notice.
   *[unknown] Failing a refund by that date, I will ask my card issuer to reverse the charge if I paid by credit card (Consumer Protection Act, 2002, s.99), or file a claim in the Small Claims Court, without further notice.
}
letter-then-letter-before-claim = If I do not receive a full reply by that date, I may start court proceedings without further notice and claim interest (County Courts Act 1984, s.69) and costs.
letter-then-chargeback-request = The merchant has not resolved the matter despite the attempts listed in the annex.
letter-then-mediation-request = No court or other mediator is dealing with this dispute.
letter-closing = Yours faithfully,

letter-cb-cardholder = cardholder: { $name }
letter-card-credit_card = credit card
letter-card-debit_card = debit card
letter-cb-card = card: { $network } ending in { $last4 }
letter-cb-merchant = merchant: { $name }
letter-cb-merchant-descriptor = merchant: { $name } (on the statement: { $descriptor })
letter-cb-contract-date = contract date: { $date }
letter-cb-charged = amount charged: { $amount }
letter-cb-to-refund = amount to refund: { $amount }
letter-cb-description = goods or services: { $product }
letter-cb-reason-not-delivered = reason: the goods were not delivered
letter-cb-reason-not-refunded = reason: the refund owed was not paid
letter-cb-cancelled = cancellation notice sent to the merchant on { $date } ({ $channel })

letter-annex-title = Annex — Attempts to resolve with the merchant
letter-annex-date = Date
letter-annex-person = Person
letter-annex-channel = Channel
letter-annex-outcome = Outcome

letter-enclosure-annex = the annex “Attempts to resolve with the merchant”
letter-enclosure-dossier = the case dossier (Paper Trail)
letter-enclosure-exhibit = exhibit { $number }: { $caption }

# Letters (issue 10)
ui-letter-write = Write a letter…
ui-letter-title = Write a letter
ui-letter-kind = Letter
ui-letter-suggested = { $kind } (suggested now)
ui-letter-deadline-days = Days given (empty = usual)
ui-letter-bad-days = The number of days must be a whole number.
ui-letter-tracking = Tracking number
ui-letter-export = Export PDF
ui-letter-copy = Copy text
ui-letter-mark-sent = Mark as sent
ui-letter-mark-sent-hint = Records the letter as a contact sent on the date given, with its PDF attached, so the next deadline starts from it.
ui-letter-sent = The letter is recorded as sent, with its PDF attached.
ui-letter-email-hint = Opens your email program with this text; attach the exported PDF yourself.
ui-letter-not-offered = Not offered for a case under the law of { $jurisdiction }: { $kinds }.
ui-letter-edited = Your edits are kept with this letter and used for the PDF, the copy and the email; the choices above no longer change the text until you reset it.
ui-letter-reset = Reset to the generated text
ui-letter-sources = Where each fact comes from
ui-letter-sources-hint = Click an entry to show it in the case (your edits are kept).
ui-letter-source-contact = contact { $id } of { $date }
ui-letter-source-promise = promise { $id } of { $date }
ui-letter-source-entry = entry { $id }
ui-letter-annex-row = Annex: { $date }, { $person }
ui-letter-sent-on = Sent on (YYYY-MM-DD)
ui-letter-channel = Sent by
ui-letter-bad-date = The sending date must be written YYYY-MM-DD and must not be in the future.
ui-letter-sent-list = Letters sent: record the receipt
ui-letter-receipt-date = Received or returned on (YYYY-MM-DD)
ui-letter-received = Received on this date
ui-letter-not-collected = Not collected
ui-letter-status-received = received on { $date }
ui-letter-status-not-collected = not collected (returned on { $date })
ui-letter-status-unknown = receipt not recorded yet
ui-letter-receipt-recorded = The receipt is recorded; the deadlines that run from it are updated.
ui-letter-sent-row = { $date }: { $subject }
ui-letter-tracking-shown = tracking number { $tracking }
ui-letter-preview = The letter (you can edit it)

# An enclosed exhibit, labelled as in the dossier (issue 13).
letter-enclosure-exhibit-label = { $label }: { $caption }

# Letters: QA fixes (returned goods, the trader, deadlines from receipt, rights not open yet).
letter-item = the following item: { $product }
letter-error-not-open-yet = A letter of the kind “{ $kind }” exercises a right that is not open yet: it opens on { $date }. Write it on or after that date.
letter-error-closed = A letter of the kind “{ $kind }” exercises a right this case no longer has: its last day was { $date }.
letter-error-never-opened = A letter of the kind “{ $kind }” exercises a right that does not apply to this case: it never opened.
letter-error-deadline-days = The days given must be between { $min } and { $max } (not { $days }).
letter-error-before-order = The letter's date is before the order of { $date }: choose a date on or after it.
letter-why-not-mediation-qc = In Québec, mediation is not requested by letter: Parle consommation (PARLe) is joined online through the Office de la protection du consommateur (opc.gouv.qc.ca/parle-consommation), and small-claims mediation (claims up to $5,000) is arranged by the court once a claim is filed.
letter-why-not-mediation-on = Under the law of Ontario, no consumer ombudsman or pre-suit mediation for goods was found: a mediation request is not offered. A formal notice and then the Small Claims Court are.
letter-why-not-letter-before-claim = A letter before claim follows the Practice Direction on Pre-Action Conduct of England and Wales; it does not exist under the law of { $jurisdiction }.
letter-fact-returned = { $to ->
    [merchant] On { $date }, I sent the goods back to you ({ $details }).
   *[other] On { $date }, I sent the goods back to the merchant ({ $details }).
}
letter-return-reference = return reference { $reference }
letter-return-proof = proof of dispatch: { $exhibit }
letter-fact-return-acknowledged = { $to ->
    [merchant] On { $date }, you confirmed ({ $channel }) that you had received the returned goods — my note: { $text }
   *[other] On { $date }, the merchant confirmed ({ $channel }) that it had received the returned goods — my note: { $text }
}
letter-fact-return-acknowledged-ref = { $to ->
    [merchant] On { $date }, you confirmed ({ $channel }, return reference { $reference }) that you had received the returned goods — my note: { $text }
   *[other] On { $date }, the merchant confirmed ({ $channel }, return reference { $reference }) that it had received the returned goods — my note: { $text }
}
letter-cb-reason-returned = reason: the goods were returned to the merchant and the refund owed was not paid
letter-heading-trader = The trader concerned
letter-trader-name = name: { $name }
letter-trader-company-id = company identifier: { $id }
letter-trader-address = address: { $address }
letter-sum-cost = { $label }: { $amount }
letter-deadline-cancellation-receipt = The refund is due within { $days } days of your receiving this letter ({ $citation }).
letter-note-law-receipt = { $days } days from the merchant's receipt of the letter: the period set by { $citation }. The letter states the period, not a date, as the law counts it from receipt.

# Letters: second QA pass (refund and costs apart, promises as reported, date order, mediator periods).
letter-sum-refund = that is, sums to refund: { $amount }
letter-demand-costs = { $to ->
    [merchant] In addition, I claim from you { $amount } in damages for the costs this dispute has caused me:
   *[other] In addition, I claim from the merchant { $amount } in damages for the costs this dispute has caused me:
}
letter-part-refund = refund { $amount }
letter-part-increase = increase { $amount } ({ $citation })
letter-part-costs = damages for costs { $amount }
letter-sum-total-parts = Total claimed: { $amount } ({ $parts }).
letter-promised-delivery = to deliver the goods
letter-promised-pickup = that the goods would be ready for pickup
letter-promised-reply = to answer my message
letter-promised-callback = to call me back
letter-promised-refund = to refund me
letter-promised-replacement = to replace the goods
letter-promised-repair = to repair the goods
letter-promised-credit = to give me a credit
letter-promised-other = the following
letter-annex-message-received = Message from the merchant received
letter-annex-reply-received = Reply from the merchant received
letter-then-formal-notice-deliver-qc-from = Failing delivery by that date, I may apply to the Small Claims Division of the Court of Québec without further notice; and if the goods are still not delivered on { $opens }, I may, from that date, cancel the contract (Consumer Protection Act, s. 54.9) and claim a refund.
letter-then-formal-notice-deliver-on-from = If the goods are not delivered by that date, I will file a claim in the Small Claims Court without further notice; and if they are still not delivered on { $opens }, I may, from that date, cancel the agreement (Consumer Protection Act, 2002, Part IV), and you will then have to refund me within 15 days (ss.92, 96(1)).
letter-error-before-agreed-delivery = The letter would say the goods are not delivered, while delivery (or pickup) was agreed for { $date }: at the letter's date nothing is late yet. Date it { $next } or later.
letter-deadline-mediation-request-receipt = Please tell me whether you accept this request; a refusal must be notified to me within three weeks ({ $days } days) of your receiving the file ({ $citation }).
letter-note-law-receipt-mediation-request = { $days } days (three weeks) from the mediator's receipt of the file: the period in which { $citation } requires it to notify a refusal. The letter states the period, not a date, as it runs from receipt.
letter-warning-mediator-french = Warning: this request is not in French, and the mediator “{ $mediator }” takes requests in French, as its practice. Write it in French (--lang fr, or the letter's language “Français”).
