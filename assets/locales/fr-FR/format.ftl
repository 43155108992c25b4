# Les formats de src/i18n/format.rs : durées, tailles, listes, échéances, nombres de jours.
format-by-deadline = au plus tard le { $date }
format-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
format-duration-minutes = { $minutes } min
format-duration-hours = { $hours } h { $minutes } min
format-duration-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
format-duration-days-hours = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} { $hours } h
format-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
format-size-exact = { $count ->
    [one] { $value } octet
   *[other] { $value } octets
}
format-size-kb = { $value } Ko
format-size-mb = { $value } Mo
format-list-and = { $head } et { $last }
format-list-more = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
