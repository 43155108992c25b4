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
headline-contacts = { $attempts ->
    [one] { $attempts } tentative
   *[other] { $attempts } tentatives
} de contact, { $unanswered } sans réponse.
headline-contacts-awaiting = { $attempts ->
    [one] { $attempts } tentative
   *[other] { $attempts } tentatives
} de contact, { $unanswered } sans réponse, { $awaiting } en attente de réponse.
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
report-days-since-last-answer = Depuis la dernière parole du commerçant : { $days }
report-no-order-date = Depuis la commande : date de commande non renseignée
report-longest-silence = Plus long silence : { $days } (du { $from } au { $to })
report-longest-silence-ongoing = Plus long silence : { $days } (depuis le { $from }, toujours en cours)
report-section-contacts = { $attempts ->
    [one] { $attempts } tentative de contact
   *[other] { $attempts } tentatives de contact
}, { $incoming ->
    [one] { $incoming } contact du commerçant
   *[other] { $incoming } contacts du commerçant
}
report-channel-line = { $channel } : { $outgoing } { $outgoing ->
    [one] sortant
   *[other] sortants
}, { $incoming } { $incoming ->
    [one] entrant
   *[other] entrants
}
report-answered = Sur { $expected ->
    [one] { $expected } tentative appelant une réponse
   *[other] { $expected } tentatives appelant une réponse
} : { $answered } avec réponse (dont { $late ->
    [one] { $late } tardive
   *[other] { $late } tardives
}), { $unanswered } sans réponse, { $awaiting } en attente de réponse
report-answers = { $answers ->
    [one] { $answers } réponse du commerçant
   *[other] { $answers } réponses du commerçant
}, { $auto ->
    [one] { $auto } réponse automatique
   *[other] { $auto } réponses automatiques
}, { $live ->
    [one] { $live } conversation de vive voix
   *[other] { $live } conversations de vive voix
}
report-section-unanswered = Sans réponse ({ $count })
report-section-awaiting = En attente de réponse ({ $count })
report-unanswered-line = { $id } · { $channel } · { $date } · réponse due { $due } · attente { $waiting }, retard { $overdue }
report-awaiting-line = { $id } · { $channel } · { $date } · réponse due { $due }
report-chasers = { $count ->
    [one] relancé une fois
   *[other] relancé { $count } fois
}
report-section-promises = Promesses : { $made ->
    [one] { $made } faite
   *[other] { $made } faites
}, { $kept ->
    [one] { $kept } tenue
   *[other] { $kept } tenues
}, { $broken ->
    [one] { $broken } non tenue
   *[other] { $broken } non tenues
}, { $overdue } en retard, { $pending } en attente
report-worst-days-late = Plus long retard d’une promesse : { $days }
report-promise-line = { $id } · { $kind } · { $status }
report-promise-line-restated = { $id } · { $kind }
report-promise-late = { $days } de retard
report-promise-late-since-first = { $days } de retard depuis la première date promise ({ $date })
report-promise-kept-by = tenue par { $id }
report-promise-restated-by = répétée avec une nouvelle date par { $id }
report-status-pending = en attente
report-status-kept = tenue
report-status-broken = non tenue
report-status-overdue = en retard
report-section-contradictions = Contradictions ({ $count })
report-restated-promise = { $topic }, promesse répétée avec une nouvelle date
report-value-line = { $value } : { $entries }
report-entry = { $id } ({ $date })
report-entry-with-source = { $id } ({ $date }, source { $source })
report-section-effort = Efforts et qualité de service
report-minutes-on-hold = Temps d’attente : { $duration }
report-minutes-in-calls = Temps en appel et en rendez-vous : { $duration }
report-transfers = Transferts : { $count }
report-agents = Interlocuteurs différents : { $count }
report-answer-rate = Taux de réponse : { $percent } ({ $answered } sur { $expected ->
    [one] { $expected } tentative appelant une réponse
   *[other] { $expected } tentatives appelant une réponse
})
report-median-to-answer = Délai médian de réponse : { $duration }
report-worst-to-answer = Pire délai de réponse : { $duration }
# The topic of a promise restated with another due date.
analysis-restated-topic = date promise ({ $kind })
