# Analyse : la phrase de synthèse (tableau de bord, couverture du dossier) et `papertrail report`.

## Phrases de synthèse.
headline-days-since-order = { $count ->
    [one] { $count } jour depuis la commande.
   *[other] { $count } jours depuis la commande.
}
headline-days-since-first-complaint = { $count ->
    [one] { $count } jour depuis la première réclamation.
   *[other] { $count } jours depuis la première réclamation.
}
headline-unanswered = { $unanswered } sur { $expected } { $expected ->
    [one] tentative
   *[other] tentatives
} de contact sans réponse.
headline-promises-broken = { $count ->
    [one] { $count } promesse non tenue
   *[other] { $count } promesses non tenues
} ({ $details }).
headline-promises-overdue = { $count ->
    [one] { $count } promesse en retard
   *[other] { $count } promesses en retard
} ({ $details }).
headline-promise-late = { $kind }, { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
headline-contradictions = { $count ->
    [one] { $count } contradiction
   *[other] { $count } contradictions
} : { $topics }.
headline-nothing-yet = Rien n’est encore consigné.

## Rapport (`papertrail report`).
report-as-of = Constat au { $date }
report-section-elapsed = Délais
report-days-since-order = Depuis la commande : { $days }
report-days-since-first-complaint = Depuis la première réclamation : { $days }
report-days-since-last-answer = Depuis la dernière réponse : { $days }
report-no-order-date = Depuis la commande : date de commande non renseignée
report-longest-silence = Plus long silence : { $days } (du { $from } au { $to })
report-longest-silence-ongoing = Plus long silence : { $days } (depuis le { $from }, toujours en cours)
report-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
report-section-contacts = Contacts : { $total } ({ $outgoing } { $outgoing ->
    [one] sortant
   *[other] sortants
}, { $incoming } { $incoming ->
    [one] entrant
   *[other] entrants
})
report-channel-line = { $channel } : { $outgoing } { $outgoing ->
    [one] sortant
   *[other] sortants
}, { $incoming } { $incoming ->
    [one] entrant
   *[other] entrants
}
report-section-unanswered = Sans réponse ({ $count })
report-unanswered-line = { $id } · { $channel } · { $date } · attente { $waiting }, retard { $overdue }
report-chasers = { $count ->
    [one] relancé une fois
   *[other] relancé { $count } fois
}
report-answered = { $answered } sur { $expected } avec réponse (dont { $late } en retard)
report-section-promises = Promesses : { $made } { $made ->
    [one] faite
   *[other] faites
}, { $kept } { $kept ->
    [one] tenue
   *[other] tenues
}, { $broken } non { $broken ->
    [one] tenue
   *[other] tenues
}, { $overdue } en retard, { $pending } en attente
report-total-days-late = Jours de retard au total : { $days }
report-promise-line = { $id } · { $kind } · { $status }
report-promise-due = échéance { $date }
report-promise-late = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
report-promise-kept-by = tenue par { $id }
report-status-pending = en attente
report-status-kept = tenue
report-status-broken = non tenue
report-status-overdue = en retard
report-section-contradictions = Contradictions ({ $count })
report-restated-promise = promesse réitérée
report-value-line = « { $value } » : { $entries }
report-entry = { $id } ({ $date })
report-entry-with-source = { $id } ({ $date }, source { $source })
report-section-effort = Efforts et qualité de service
report-minutes-on-hold = Temps d’attente : { $duration }
report-minutes-in-calls = Temps en appel et en rendez-vous : { $duration }
report-transfers = Transferts : { $count }
report-agents = Interlocuteurs différents : { $count }
report-answer-rate = Taux de réponse : { $percent } %
report-median-to-answer = Délai médian de réponse : { $duration }
report-worst-to-answer = Pire délai de réponse : { $duration }
report-none = aucun
report-duration-minutes = { $minutes } min
report-duration-hours = { $hours } h { $minutes } min
report-duration-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} { $hours } h
# The topic of a promise restated with another due date.
analysis-restated-topic = date promise ({ $kind })
