# The desktop app (src/ui/). Keys: ui-…
ui-app-name = Paper Trail
ui-cases = Cases
ui-new-case = New case
ui-new-case-title = New case
ui-search = Search cases
ui-search-hint = Merchant or title
ui-search-nothing = No case matches the search.
ui-days-open = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
ui-badge-unanswered = { $count } unanswered
ui-badge-overdue = { $count ->
    [one] { $count } promise broken or overdue
   *[other] { $count } promises broken or overdue
}
ui-badge-contradictions = { $count ->
    [one] { $count } contradiction
   *[other] { $count } contradictions
}
ui-empty-what = Paper Trail keeps the record of a dispute with a merchant: every call, email and letter, every promise they made and everything they stated, with your files kept safe and unaltered.
ui-empty-how = It counts the delays, unanswered messages, broken promises and contradictions as they pile up, and prepares a dated PDF dossier for a mediator, your bank or a court.
ui-open-demo = Open the demo cases
ui-pick-a-case = Pick a case on the left, or:
ui-import-case-file = Import a case file…
ui-export-case-file = Export case file…
ui-settings = Settings
ui-help = Help
ui-quick-log = Quick log
ui-export-pdf = Export PDF…
ui-add-files = Add files…
ui-delete-case = Delete case…
ui-tab-timeline = Timeline
ui-tab-contacts = Contacts
ui-tab-promises = Promises
ui-tab-statements = Statements
ui-tab-attachments = Attachments
ui-tab-notes = Notes
ui-tab-details = Case details
ui-card-answer-rate = answer rate ({ $answered } of { $expected ->
    [one] { $expected } expecting a reply
   *[other] { $expected } expecting a reply
})
ui-chart-attempts = Your contact attempts
ui-chart-answers = Their answers (automatic replies excluded)
ui-chart-promises-due = Promises fallen due
ui-timeline-empty = Nothing logged yet. Press Ctrl+L to log a contact.
ui-timeline-order = Order placed
ui-timeline-contact = Contact
ui-timeline-promise-made = Promise made
ui-timeline-promise-due = Promise due
ui-timeline-promise-kept = Promise kept
ui-timeline-promise-broken = Promise recorded as broken
ui-timeline-statement = Statement
ui-timeline-attachment = File
ui-timeline-note = Note
ui-incoming-mark = (from them)
ui-flag-unanswered = unanswered
ui-flag-overdue = overdue
ui-flag-broken = broken
ui-flag-contradicted = contradicted
ui-add-contact = Log a contact…
ui-add-promise = Add a promise
ui-add-statement = Add a statement
ui-add-note = Add a note
ui-none-yet = Nothing here yet.
ui-due = due
ui-promise-overdue = Overdue
ui-promise-broken = Broken
ui-promise-kept = Kept
ui-promise-pending = Pending
ui-edit-contact = Contact
ui-edit-promise = Promise
ui-edit-statement = Statement
ui-edit-attachment = File
ui-edit-note = Note
ui-new-entry-hint = New: saved as soon as you fill in a field.
ui-close = Close
ui-delete = Delete
ui-save = Save
ui-cancel = Cancel
ui-undo = Undo
ui-dismiss = Dismiss
ui-browse = Browse…
ui-open-original = Open the original
ui-field-when = When
ui-field-channel = Channel
ui-field-direction = Direction
ui-field-outcome = Outcome
ui-field-counterpart = Who
ui-field-reference = Reference
ui-field-summary = Summary
ui-field-wait = Minutes on hold
ui-field-duration = Minutes in the call
ui-field-made = Made on
ui-field-kind = Kind
ui-field-promise-text = What they promised
ui-field-due = Due
ui-field-status = Status
ui-field-settled = Kept or broken on
ui-field-topic = Topic
ui-field-value = What they stated
ui-field-context = Context
ui-field-note = Note
ui-field-file = File
ui-field-sha256 = SHA-256
ui-field-caption = Caption
ui-field-received = Received on
ui-field-title = Title
ui-field-merchant = Merchant
ui-field-merchant-email = Merchant email
ui-field-merchant-phone = Merchant phone
ui-field-merchant-website = Merchant website
ui-field-order-reference = Order number
ui-field-product = What you bought
ui-field-price = Price
ui-field-currency = Currency
ui-field-ordered = Ordered on
ui-field-zone = Time zone
ui-field-jurisdiction = Consumer law
ui-field-case-language = Case language
ui-field-consumer = Your name
ui-field-consumer-email = Your email
ui-field-desired = What you ask for
ui-field-narrative = The story
ui-field-language = Language
ui-field-paper = Paper
ui-field-save-to = Save to
ui-field-path = File path
ui-date-time-hint = Dates: 2026-08-15 or 2026-08-15 15:41 (the case's time zone).
ui-autosave-hint = Changes are saved by themselves when you leave a field.
ui-they-promised = They promised something
ui-they-stated = They stated something
ui-quick-log-keys = Enter saves, Esc cancels.
ui-quick-log-no-case = Open or create a case first, then press Ctrl+L.
ui-logged = Contact logged.
ui-export-title = Export the dossier (PDF)
ui-paper-a4 = A4
ui-paper-letter = US Letter
ui-redact = Hide my contact details and the agents' names
ui-redact-limits = Redaction covers the fields the dossier prints; the words you typed (summaries, story) and the exhibits are printed as they are — read them before sending.
ui-export-damaged = { $count ->
    [one] The dossier was written, but one exhibit's original is missing from the store or altered; the dossier says so on its page and in the list of exhibits:
   *[other] The dossier was written, but { $count } exhibits' originals are missing from the store or altered; the dossier says so on its page and in the list of exhibits:
}
ui-originals = Include the original files inside the PDF
ui-export = Export
ui-export-running = Preparing the dossier…
ui-export-done = Dossier saved: { $path }
ui-export-cancelled = Export cancelled.
ui-open-pdf = Open PDF
ui-show-in-folder = Show in folder
ui-email = Email…
ui-email-hint = Your mail program opens with a message ready; attach the PDF yourself.
ui-email-subject = Dispute with { $merchant }: { $title }
ui-email-body = Hello,

    Please find attached the dossier of my dispute ({ $file }), with the dated record of every contact.

    Regards,
ui-type-a-path = Type a path…
ui-drop-hint = Or drop files onto the window.
ui-drop-here = Drop to attach to this case
ui-attach = Attach
ui-import = Import
ui-attach-no-case = Open a case first to attach files.
ui-dialog-unavailable = The system file dialog cannot open here. Type the file's full path below, or drop files onto the window.
ui-attached = { $count ->
    [one] File attached.
   *[other] { $count } files attached.
}
ui-imported = { $count ->
    [one] Case imported.
   *[other] { $count } cases imported.
}
ui-bundle-written = Case file written: { $path }
ui-delete-case-title = Delete this case?
ui-delete-case-warning = Its contacts, promises, statements and notes will be deleted. This cannot be undone; export a case file first to keep a copy.
ui-delete-case-confirm = Delete the case
ui-case-deleted = Case deleted.
ui-entry-deleted = Deleted.
ui-setting-language = Language
ui-language-system = Follow the system
ui-setting-scale = Text size
ui-scale-keys = Ctrl+Plus and Ctrl+Minus also change it.
ui-setting-theme = Appearance
ui-theme-system = Follow the system
ui-theme-light = Light
ui-theme-dark = Dark
ui-data-folder = Data folder
ui-help-shortcuts = Keyboard shortcuts
ui-help-drop = Drop files onto the window to attach them to the open case.
ui-help-quick-log = Log a contact
ui-help-new-case = New case
ui-help-search = Search cases
ui-help-export = Export the PDF dossier
ui-help-undo = Undo the last delete
ui-help-settings = Settings
ui-help-zoom = Larger or smaller text
ui-help-help = This help
ui-help-tab = Move between fields and buttons
ui-shortcut-quick-log = Ctrl+L
ui-shortcut-export = Ctrl+E
ui-shortcut-new-case = Ctrl+N
ui-shortcut-search = Ctrl+F
ui-job-attach = Attaching files
ui-job-import = Importing
ui-job-export-bundle = Writing the case file
ui-job-pdf = Preparing the PDF
ui-job-badges = Counting
ui-job-thumbnail = Preview
ui-job-busy = Already working on that; wait for it to finish.
ui-job-cancelled = Cancelled.
ui-error-list = Could not read the cases:
ui-error-load = Could not open the case:
ui-error-save = Could not save:
ui-error-delete = Could not delete:
ui-error-open = Could not open it:
ui-error-job = Could not start:
ui-error-job-failed = Failed: { $job }:
ui-error-no-path = Choose where to save the file.
ui-error-no-such-file = No such file:

# Drafts: errors beside the field at fault, and "keep editing / discard" (ui::draft).
ui-field-error-date = “{ $field }” must be a date like 2026-08-15 (or 2026-08-15 15:41).
ui-field-error-date-time = “{ $field }” must be a date and time like 2026-08-15 15:41.
ui-field-error-minutes = “{ $field }” must be a whole number of minutes.
ui-field-error-price = “{ $field }” must be an amount like 899.00.
ui-field-error-card-last4 = “{ $field }” takes only the last four digits of the card, like 0005.
ui-field-error-refund = Each line of “{ $field }” must be a date then an amount, like 2026-05-04 100.00.
ui-field-error-cost = Each line of “{ $field }” must be an amount then what it was, a date first if you know it, like 2026-10-23 15.20 Premium-rate call.
ui-field-error-currency = “{ $field }” must be a three-letter currency code like EUR or CAD.
ui-field-error-zone = “{ $field }” must be a time zone like Europe/Paris or America/Montreal.
ui-field-error-required = “{ $field }” cannot be left empty.
ui-leave-title = Some of what you typed cannot be saved yet
ui-leave-title-closing = Close Paper Trail?
ui-leave-body = What you typed is kept. This needs fixing before it can be saved:
ui-keep-editing = Keep editing
ui-discard = Discard these changes
ui-discard-and-close = Discard these changes and close

# The dossier to email (issue 11, part 6).
ui-export-kind = Kind of dossier
ui-export-full = Full evidence (default) — about { $size } MB
ui-export-for-email = For email — about { $size } MB
ui-export-for-email-hint = Pictures are reduced and the original files are not included; each exhibit still shows its file's name, size and SHA-256, and says the original is available on request.

# A window that fits, and the keyboard (issue 11, part 5).
ui-chart-y-axis = Running total
ui-case-list-toggle = Show or hide the list of cases (Esc hides it)
ui-help-enter = Press a dialog's main button (the highlighted one); in a text of several lines, start a new line
ui-help-esc = Close a dialog, a list or the side panel; fold the list of cases in a narrow window
ui-help-space = Press the button, tick the box or open the list that has the keyboard focus
ui-help-arrows = In a list that has the focus, pick the previous or next choice
