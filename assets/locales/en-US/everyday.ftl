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
