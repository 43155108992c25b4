# The formatters of src/i18n/format.rs: durations, sizes, lists, deadlines, day counts.
format-by-deadline = by { $date }
format-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
format-duration-minutes = { $minutes } min
format-duration-hours = { $hours } h { $minutes } min
format-duration-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
format-duration-days-hours = { $days ->
    [one] { $days } day
   *[other] { $days } days
} { $hours } h
format-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
format-size-exact = { $count ->
    [one] { $value } byte
   *[other] { $value } bytes
}
format-size-kb = { $value } KB
format-size-mb = { $value } MB
format-list-and = { $head } and { $last }
format-list-more = { $count } more
