# Rights and deadlines: rules, clocks, next steps, the case facts they need.

jurisdiction-ca-on = Ontario

contract_kind-distance = Distance (online, phone, mail order)
contract_kind-off_premises = Off premises (door to door, fair)
contract_kind-in_store = In store

payment_method-credit_card = Credit card
payment_method-debit_card = Debit card
payment_method-bank_transfer = Bank transfer
payment_method-cash = Cash
payment_method-paypal = PayPal
payment_method-other = Other

card_network-visa = Visa
card_network-mastercard = Mastercard
card_network-amex = American Express
card_network-interac = Interac
card_network-cb = CB
card_network-other = Other

contact_party-merchant = Merchant
contact_party-card_issuer = Card issuer
contact_party-mediator = Mediator
contact_party-agency = Agency
contact_party-court = Court
contact_party-other = Other

contact_purpose-none = No legal purpose
contact_purpose-complaint = Written complaint
contact_purpose-formal_notice = Formal notice
contact_purpose-cancellation = Cancellation
contact_purpose-withdrawal = Withdrawal (cooling-off)
contact_purpose-chargeback_request = Chargeback request
contact_purpose-mediation_request = Mediation request
contact_purpose-agency_complaint = Complaint to an agency
contact_purpose-final_response = Final response

# Rule titles (one per rule id, dots and hyphens as hyphens).
law-fr-l216-1 = Delivery by the agreed date, or within 30 days
law-fr-l216-6 = Cancel the contract for non-delivery
law-fr-l216-7 = Refund within 14 days of the cancellation
law-fr-l216-3-pre2022 = Refund within 14 days of the cancellation (contracts before 2022)
law-fr-l241-4 = Automatic increase for a late refund (+10 %, +20 %, +50 %)
law-fr-l241-4-pre2022 = Automatic increase for a late refund (contracts before 2022)
law-fr-l221-18 = 14-day withdrawal period
law-fr-l221-24 = Refund within 14 days of a withdrawal
law-fr-l242-4 = Increase for a late refund after a withdrawal
law-fr-l217-3 = Two-year legal guarantee of conformity
law-fr-l612-2 = Consumer mediator, within one year of the written complaint
law-fr-cpc-750-1 = Court for claims up to €5,000 after an amicable attempt
law-qc-lpc-54-9 = Cancel the contract: not delivered 30 days after the date
law-qc-lpc-54-13 = Refund within 15 days of the cancellation
law-qc-lpc-54-14 = Credit-card chargeback request within 60 days
law-qc-ccq-1595 = Formal notice (mise en demeure): the merchant's last time to perform
law-qc-small-claims = Small claims court
law-uk-cra-28 = Delivery within the agreed time, or 30 days
law-uk-cra-28-end = Treat the contract as ended
law-uk-ccr-cancel = 14-day cancellation period
law-uk-pd-pac = Letter before claim: 14 days to answer
law-uk-fos = Financial Ombudsman about the card issuer
law-uk-cca-75 = Card issuer jointly liable (section 75)
law-eu-crd-18 = Delivery within 30 days
law-eu-crd-9 = 14-day withdrawal period
law-eu-crd-13 = Refund within 14 days of a withdrawal
law-on-cpa-delivery = Cancel: not delivered 30 days after the date
law-on-cpa-refund = Refund within 15 days of the cancellation
law-on-cpa-chargeback = Credit-card chargeback request
law-on-small-claims = Small Claims Court (up to $50,000)
law-us-ftc-435 = Shipping within the stated time, or 30 days
law-us-fcba = Billing-error notice within 60 days of the statement
law-visa-13-1 = Visa chargeback: merchandise not received
law-mastercard-4853 = Mastercard chargeback: goods not provided
law-visa-13-7 = Visa chargeback: goods returned, no refund

clock-kind-merchant_duty = Merchant's duty
clock-kind-consumer_window = Your right
clock-status-pending = pending
clock-status-met = met
clock-status-missed = missed
clock-status-not_yet = not open yet
clock-status-open = open
clock-status-used = used
clock-status-closed = closed
clock-status-never_opened = does not apply (never opened)
confidence-sure = statutory text seen
confidence-verify = to verify

step-action-formal_notice = Send a formal notice
step-action-cancel = Cancel the contract
step-action-letter_before_claim = Send a letter before claim
step-action-chargeback = Ask your card issuer for a chargeback
step-action-mediation = Refer to the consumer mediator
step-action-ombudsman = Refer to the ombudsman
step-action-agency_complaint = Complain to the agency
step-action-small_claims = Go to the small claims court

# A countdown: "13 days left to ask your card issuer for a chargeback".
step-countdown = { $count ->
    [0] Last day today: { $action }
    [one] 1 day left: { $action }
   *[other] { $count } days left: { $action }
}
step-no-deadline = { $action } (no legal deadline)
step-by = by { $date }

clock-opens = opens { $date }
clock-open-since = open since { $date }
clock-opened = opened { $date }
clock-duty-from = from { $date }
clock-due = last day { $date }
clock-days-left = { $count ->
    [0] last day today
    [one] 1 day left
   *[other] { $count } days left
}
clock-weekend-extended = moved past a weekend
clock-from-sending = counted from sending (receipt not recorded)
clock-amount = owed so far: { $amount }
clock-computation = { $base } × { $rate } % = { $amount }

law-disclaimer = Not legal advice. Rules as of { $date }; each rule gives its article and source. Rules marked "to verify" rest on secondary sources.
law-practice-notice = Practice, not law: a formal notice usually gives 8 to 15 days in France, 14 days in England and Wales, about 10 days in Québec.
law-no-clock = No deadline can be computed yet.
law-unlock = Would unlock more deadlines: { $facts }

unlock-case-ordered_at = order date
unlock-case-contract_kind = how the contract was made
unlock-case-payment = payment method
unlock-case-payment-network = card network
unlock-case-payment-statement_date = card statement date
unlock-case-price = amount paid
unlock-case-jurisdiction = a supported jurisdiction
unlock-contacts-deadline = the deadline given in the formal notice

# Case details, contact editor.
ui-law-contract-kind = Contract
ui-law-delivery-agreed = Agreed delivery date
ui-law-delivery-essential = Date was essential (said before ordering)
ui-law-delivered-at = Delivered on
ui-law-payment-method = Paid by
ui-law-payment-network = Card network
ui-law-card-last4 = Card (last 4 digits)
ui-law-issuer = Card issuer or bank
ui-law-statement-date = First statement with the charge
ui-law-paid-amount = Amount charged
ui-law-refunds = Refunds received
ui-law-costs = Costs the dispute caused
ui-law-costs-hint = 2026-10-23 15.20 Premium-rate call to the hotline
ui-law-company-id = Company number
ui-law-mediator = Mediator named by the merchant
ui-law-unknown = (not known)
ui-law-party = With
ui-law-purpose = Purpose in law
ui-law-deadline = Deadline given
ui-law-received = Received on
ui-law-date-hint = YYYY-MM-DD

ui-rights-title = Rights and deadlines
ui-rights-next-steps = Next steps
ui-rights-clocks = Every deadline
ui-rights-source = source
ui-deadlines-title = Deadlines
ui-deadlines-empty = No open deadline in any case.
ui-case-next-deadline = next: { $date }

report-law-title = Rights and deadlines
report-law-clock = { $title } ({ $citation }): { $status }
report-law-next-steps = Next steps

dossier-law-title = Legal basis and deadlines
dossier-law-cover-next = Next deadline: { $action }, by { $date }

# What became of a sent letter, on its contact in the entry editor.
ui-law-letter-status = Letter
ui-law-not-collected = Not collected, returned on
ui-field-error-receipt-future = “{ $field }” cannot be a date still to come.
ui-field-error-receipt-before-sent = “{ $field }” cannot be before the letter was sent.
ui-field-error-receipt-both = A letter received was collected: clear “Received on” or “{ $field }”.

# The dossier is read by a third party (issuer, mediator, court): whose move, and the next steps,
# in the third person.
dossier-clock-kind-merchant_duty = Merchant's duty
dossier-clock-kind-consumer_window = Consumer's right
dossier-step-action-formal_notice = The consumer may send a formal notice
dossier-step-action-cancel = The consumer may cancel the contract
dossier-step-action-letter_before_claim = The consumer may send a letter before claim
dossier-step-action-chargeback = The consumer may ask the card issuer for a chargeback
dossier-step-action-mediation = The consumer may refer the dispute to the consumer mediator
dossier-step-action-ombudsman = The consumer may refer the dispute to the ombudsman
dossier-step-action-agency_complaint = The consumer may complain to the agency
dossier-step-action-small_claims = The consumer may go to the small claims court

# What the law (or practice) asks before a window is used, shown under its clock.
clock-before = { $label }: { $text } ({ $citation })
clock-before-required = Required first
clock-before-advisable = Advisable first
clock-before-practice = practice, not law
clock-before-done = done on { $date }
law-before-qc-ccq-1596 = a written formal notice (mise en demeure) giving the merchant a sufficient time; without one, if the merchant performs within a reasonable time, the claimant bears the costs
law-before-qc-small-claims-mediation = for claims up to $5,000, free mediation (in force since 23 Nov 2023, district by district)
