# Labels of the case file's enumerations: <kind>-<value>.
channel-email = Email
channel-phone = Phone
channel-chat = Chat
channel-letter = Letter
channel-in_person = In person
channel-web_form = Web form
channel-social_media = Social media
channel-sms = Text message
channel-other = Other
direction-outgoing = Outgoing
direction-incoming = Incoming
outcome-answered = Answered
outcome-no_answer = No answer
outcome-voicemail_left = Voicemail left
outcome-auto_reply_only = Auto-reply only
outcome-transferred = Transferred
outcome-disconnected = Disconnected
outcome-callback_promised = Callback promised
outcome-refused = Refused
outcome-resolved = Resolved
outcome-other = Other
promise_kind-delivery = Delivery
promise_kind-pickup = Pickup
promise_kind-reply = Reply
promise_kind-callback = Callback
promise_kind-refund = Refund
promise_kind-replacement = Replacement
promise_kind-repair = Repair
promise_kind-credit = Credit
promise_kind-other = Other
promise_status-pending = Pending
promise_status-kept = Kept
promise_status-broken = Broken
case_status-open = Open
case_status-escalated = Escalated
case_status-resolved = Resolved
case_status-abandoned = Abandoned
jurisdiction-fr = France
jurisdiction-ca-qc = Québec
jurisdiction-ca = Canada
jurisdiction-uk = United Kingdom
jurisdiction-eu = European Union
jurisdiction-us = United States
jurisdiction-other = Other
language-fr = French
language-en = English
# Used by the i18n module's own tests.
test-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
