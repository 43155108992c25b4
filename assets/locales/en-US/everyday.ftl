# Everyday use: email import, search across cases, deadlines in the calendar.

calendar-name = Paper Trail deadlines
calendar-case = Case { $id }: { $title }
calendar-promise-due = { $merchant }: promise due ({ $kind })
calendar-reply-due = { $merchant }: reply due ({ $channel }, { $sent })
calendar-clock-due = { $merchant }: last day — { $title }
calendar-not-legal-advice = Computed by Paper Trail from the case's dates. Not legal advice: check the source.
ui-quick-log-zone = Times are in { $zone }
ui-import-emails = Import emails…
ui-export-calendar = Add deadlines to my calendar…
ui-emails-imported = { $count ->
    [0] No new email
    [one] 1 email added as a contact
   *[other] { $count } emails added as contacts
}{ $skipped ->
    [0] .
    [one] ; 1 was already in the case.
   *[other] ; { $skipped } were already in the case.
}
ui-calendar-written = { $count ->
    [0] No open deadline; calendar written to { $path }
    [one] 1 deadline written to { $path }
   *[other] { $count } deadlines written to { $path }
}
ui-search-found-in = Found in the cases
ui-search-hit-case = case details
ui-filters = Filters and order
ui-filters-on = Filters and order (on)
ui-filter-any = Any
ui-filter-client = Client
ui-filter-status = Status
ui-filter-jurisdiction = Law
ui-sort-by = Order
ui-sort-last-activity = Last activity first
ui-sort-title = Title, A to Z
ui-sort-oldest-order = Oldest order first
ui-job-calendar = Writing the calendar
ui-job-email = Importing emails
# Issue 11, the rest: sort by next deadline, Due soon, the promise question, paste, print.
ui-sort-next-deadline = Next deadline first
ui-due-soon-button = { $count ->
    [0] Due soon
   *[other] Due soon ({ $count })
}
ui-due-soon-title = Due soon
ui-due-soon-intro = Promises, replies and legal deadlines of your open cases: overdue, or falling due within { $days } days.
ui-due-soon-empty = Nothing falls due in the next days.
ui-due-in = { $days ->
    [0] today
    [one] tomorrow
   *[other] in { $days } days
}
ui-due-ago = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
ui-promise-question-today = A promise falls due today. Was it kept?
ui-promise-question-past = A promise fell due on { $date }. Was it kept?
ui-promise-answer-kept = It was kept
ui-promise-answer-broken = It was broken
ui-promise-new-date = They gave a new date…
ui-promise-new-date-field = New date
ui-promise-save-date = Save the new date
ui-promise-later = Ask me later
ui-promise-date-error = Type the new date as YYYY-MM-DD, for example 2026-10-02.
ui-promise-gone = This promise is no longer in the case.
ui-promise-recorded-kept = Recorded: the promise was kept.
ui-promise-recorded-broken = Recorded: the promise was broken.
ui-promise-recorded-new-date = Recorded: they gave a new date, { $date }. The first date stays in the history.
ui-paste-title = Pasted image
ui-paste-size = { $width } × { $height } pixels, kept as a PNG file
ui-paste-caption = Caption
ui-paste-file-stem = screenshot
ui-paste-hint = Ctrl+V on a case pastes a screenshot as a file, or text into the quick log.
ui-print = Print…
ui-print-hint = Opens the dossier (without the original files) in your PDF viewer, ready to print.
ui-print-running = Preparing the dossier to print…
ui-print-opened = The dossier is open in your PDF viewer: print it from there. (File: { $path })
ui-error-print = Could not prepare the dossier to print:
ui-print-not-opened = The dossier is ready, but your PDF viewer could not be opened: { $reason } Open it yourself to print it: { $path }
ui-no-opener = no program to open files is installed here ({ $program } was not found).
