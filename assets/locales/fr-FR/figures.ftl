# Les chiffres nommés (src/analysis/figures.rs) : le libellé après le nombre, et comment il est
# compté (l'info-bulle « Comment est-ce compté ? »). Mêmes définitions que docs/analysis.md.
figure-how-counted = Comment est-ce compté ?
figure-days-since-order = { $count ->
    [one] jour depuis la commande
   *[other] jours depuis la commande
}
figure-days-since-order-help = Jours de calendrier depuis la date de commande jusqu’à aujourd’hui, dans le fuseau horaire du dossier.
figure-days-since-first-complaint = { $count ->
    [one] jour depuis la première réclamation
   *[other] jours depuis la première réclamation
}
figure-days-since-first-complaint-help = Jours de calendrier depuis votre première tentative de contact jusqu’à aujourd’hui.
figure-contact-attempts = { $count ->
    [one] tentative de contact
   *[other] tentatives de contact
}
figure-contact-attempts-help = Chaque contact que vous avez pris avec le commerçant : messages, lettres, appels et visites, avec ou sans réponse.
figure-merchant-contacts = { $count ->
    [one] contact du commerçant
   *[other] contacts du commerçant
}
figure-merchant-contacts-help = Chaque contact venu du commerçant, réponses automatiques comprises.
figure-expecting-reply = { $count ->
    [one] tentative appelant une réponse
   *[other] tentatives appelant une réponse
}
figure-expecting-reply-help = Vos tentatives de contact qui appelaient une réponse : celles qui attendaient une réponse dans le délai de leur canal (ou celui que vous avez fixé), et les appels ou visites où quelqu’un du commerçant a parlé.
figure-answered = { $count ->
    [one] avec réponse
   *[other] avec réponse
}
figure-answered-help = Tentatives appelant une réponse qui en ont reçu une : une réponse du commerçant (pas une réponse automatique), ou un appel ou une visite où quelqu’un du commerçant a parlé.
figure-unanswered = { $count ->
    [one] sans réponse
   *[other] sans réponse
}
figure-unanswered-help = Tentatives dont la réponse était due et n’est jamais venue. Un message dont la réponse n’est pas encore due est « en attente de réponse ».
figure-awaiting-reply = { $count ->
    [one] en attente de réponse
   *[other] en attente de réponse
}
figure-awaiting-reply-help = Tentatives qui attendent une réponse pas encore due.
figure-live-conversations = { $count ->
    [one] conversation de vive voix
   *[other] conversations de vive voix
}
figure-live-conversations-help = Appels, visites et chats où quelqu’un du commerçant a répondu, quelle qu’en soit l’issue (un appel coupé pendant l’attente n’en est pas un). Ils mettent fin à un silence, sans répondre aux messages écrits antérieurs.
figure-real-answers = { $count ->
    [one] réponse du commerçant
   *[other] réponses du commerçant
}
figure-real-answers-help = Contacts venus du commerçant qui ne sont pas des réponses automatiques.
figure-auto-replies = { $count ->
    [one] réponse automatique
   *[other] réponses automatiques
}
figure-auto-replies-help = Accusés de réception automatiques ; ils ne comptent jamais comme une réponse.
figure-answer-rate = taux de réponse
figure-answer-rate-help = Tentatives avec réponse divisées par les tentatives appelant une réponse.
figure-promises-made = { $count ->
    [one] promesse faite
   *[other] promesses faites
}
figure-promises-made-help = Engagements pris par le commerçant ; une promesse répétée avec une nouvelle date reste une seule promesse, avec son historique.
figure-promises-kept = { $count ->
    [one] tenue
   *[other] tenues
}
figure-promises-broken = { $count ->
    [one] non tenue
   *[other] non tenues
}
figure-promises-overdue = { $count ->
    [one] en retard
   *[other] en retard
}
figure-promises-pending = { $count ->
    [one] en attente
   *[other] en attente
}
figure-promises-late = { $count ->
    [one] promesse non tenue ou en retard
   *[other] promesses non tenues ou en retard
}
figure-promises-late-help = Promesses notées non tenues, et promesses dont la première date est passée sans qu’elles soient tenues. Le retard court depuis la première date promise.
figure-restatements = { $count ->
    [one] promesse répétée avec une nouvelle date
   *[other] promesses répétées avec une nouvelle date
}
figure-worst-days-late = { $count ->
    [one] jour de retard au plus
   *[other] jours de retard au plus
}
figure-contradictions = { $count ->
    [one] contradiction
   *[other] contradictions
}
figure-contradictions-help = Sujets sur lesquels le commerçant a dit des choses différentes, et promesses manquées puis répétées avec une nouvelle date.
figure-minutes-on-hold = { $count ->
    [one] minute d’attente
   *[other] minutes d’attente
}
figure-minutes-on-hold-help = Minutes passées en attente au téléphone, additionnées sur tous les appels.
figure-minutes-in-calls = { $count ->
    [one] minute en appel ou en rendez-vous
   *[other] minutes en appel ou en rendez-vous
}
figure-longest-silence = { $count ->
    [one] jour de silence au plus long
   *[other] jours de silence au plus long
}
figure-longest-silence-help = La plus longue attente entre une tentative appelant une réponse et la parole suivante du commerçant (une réponse ou une conversation de vive voix).
