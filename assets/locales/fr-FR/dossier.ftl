# Le dossier PDF (src/dossier).
dossier-label = Dossier
dossier-prepared-on = Établi le { $date } ({ $zone })
dossier-cover-consumer = Consommateur
dossier-cover-merchant = Commerçant
dossier-cover-order-reference = Référence de commande
dossier-cover-product = Produit
dossier-cover-price = Prix payé
dossier-cover-ordered-at = Date de commande
dossier-cover-request = Demande
dossier-cover-status = État du dossier
dossier-key-figures = Chiffres clés
dossier-contents = Sommaire
dossier-section-summary = Résumé des faits
dossier-section-chronology = Chronologie
dossier-section-promises = Promesses
dossier-section-contradictions = Contradictions
dossier-section-effort = Démarches effectuées
dossier-section-exhibits = Pièces
dossier-narrative = Récit du consommateur
dossier-generated-summary = Ce que montre le dossier
dossier-none = Rien n’a été consigné.
dossier-col-when = Date et heure
dossier-col-what = Objet
dossier-col-channel = Canal
dossier-col-outcome = Résultat
dossier-col-marks = Signalements
dossier-chronology-legend = Signalements : ⚠ sans réponse · ◷ en retard · ✗ non tenue · ≠ contradiction. Heures exprimées en { $zone }.
dossier-mark-unanswered = ⚠ SANS RÉPONSE
dossier-mark-overdue = ◷ EN RETARD
dossier-mark-broken = ✗ NON TENUE
dossier-mark-contradicted = ≠ CONTRADICTION
dossier-kind-order = Commande passée
dossier-kind-attachment = Document reçu
dossier-kind-note = Note
dossier-col-promise = Promesse
dossier-col-made = Faite le
dossier-col-source = Par / source
dossier-col-status = État
dossier-col-days-late = Jours de retard
dossier-state-pending = En attente
dossier-state-kept = Tenue
dossier-state-broken = ✗ Non tenue
dossier-state-overdue = ◷ En retard
dossier-no-due-date = sans date
dossier-contradiction-statements = Déclarations divergentes sur un même sujet
dossier-contradiction-restated = Promesse non tenue renouvelée avec une nouvelle date
dossier-contradiction-value = Version { $number }
dossier-col-count-channel = Canal
dossier-col-outgoing = Du consommateur
dossier-col-incoming = Du commerçant
dossier-effort-answer-rate = Taux de réponse
dossier-effort-on-hold = Temps d’attente
dossier-effort-in-calls = Temps en appel ou en rendez-vous
dossier-effort-transfers = Transferts
dossier-effort-agents = Interlocuteurs différents
dossier-effort-median = Délai médian de réponse
dossier-effort-worst = Plus longue attente d’une réponse
dossier-effort-silence = Plus long silence
dossier-silence-range = { $days }, du { $from } au { $to }
dossier-silence-ongoing = { $days }, depuis le { $from } (toujours en cours)
dossier-exhibit-sha = SHA-256
dossier-note-missing = Remarque : le fichier est introuvable dans le stockage.
dossier-note-mismatch = Remarque : le fichier stocké ne correspond pas à son SHA-256 enregistré ; il a pu être endommagé.
dossier-note-unreadable = Remarque : l’image n’a pas pu être lue ; seules ses caractéristiques sont indiquées.
dossier-note-not-image = Ce fichier n’est pas une image ; voir l’original joint.
dossier-note-too-large = Remarque : l’image est trop grande pour être dessinée ; voir l’original joint.
dossier-footer = { $title } · établi le { $date } · page { $page } / { $total }
dossier-redacted = [masqué]
dossier-agent = Interlocuteur { $number }
dossier-meta-subject = Litige de consommation avec { $merchant }
dossier-meta-keywords = litige, consommation, dossier, pièces
dossier-page-label-cover = Couverture
dossier-unknown = —
dossier-answer-rate = { $percent } ({ $answered } sur { $expected ->
    [one] { $expected } tentative appelant une réponse
   *[other] { $expected } tentatives appelant une réponse
})
dossier-effort-live = Conversations de vive voix (appels et visites où le commerçant a parlé)
dossier-summary-contacts = { $attempts ->
    [one] { $attempts } tentative de contact du consommateur
   *[other] { $attempts } tentatives de contact du consommateur
}{ " ;" } { $incoming ->
    [one] { $incoming } contact du commerçant
   *[other] { $incoming } contacts du commerçant
}, dont { $answers ->
    [one] { $answers } vraie réponse
   *[other] { $answers } vraies réponses
} et { $auto ->
    [one] { $auto } réponse automatique
   *[other] { $auto } réponses automatiques
}.
dossier-summary-unanswered = Sur { $expected ->
    [one] { $expected } tentative appelant une réponse
   *[other] { $expected } tentatives appelant une réponse
}{ " :" } { $answered } avec réponse, { $unanswered } sans réponse, { $awaiting } en attente de réponse (pas encore due).
dossier-summary-promises = { $made ->
    [one] { $made } promesse du commerçant
   *[other] { $made } promesses du commerçant
}{ " :" } { $kept ->
    [one] { $kept } tenue
   *[other] { $kept } tenues
}, { $broken ->
    [one] { $broken } non tenue
   *[other] { $broken } non tenues
}, { $overdue } en retard, { $pending } en attente.
dossier-summary-contradictions = Le commerçant a donné des informations contradictoires { $count ->
    [one] sur { $count } sujet
   *[other] sur { $count } sujets
}.
dossier-summary-silence = Plus long silence du commerçant : { $days }.

# L’exemplaire à envoyer par courriel (issue 11, partie 6).
dossier-exhibit-reduced = L’image présentée est une copie réduite, pour que l’exemplaire puisse être envoyé par courriel.
dossier-exhibit-on-request = Le fichier d’origine n’est pas joint à cet exemplaire pour courriel ; il est disponible sur demande, et son nom, sa taille et son SHA-256 ci-dessus l’identifient exactement.
dossier-note-too-large-detached = Remarque : l’image est trop grande pour être dessinée ; ses références figurent ci-dessus.

# La chronologie, une ligne par contact, et la liste des interlocuteurs ; les promesses comme obligations (issue 13).
dossier-people = Interlocuteurs
dossier-col-person = Nom
dossier-col-role = Rôle ou service
dossier-col-details = Coordonnées
dossier-col-contacts = Contacts
dossier-col-channel-who = Canal, interlocuteur, référence
dossier-col-first-due = Échéance (première date)
dossier-chronology-lines = Une ligne par contact ; les promesses et déclarations faites lors du contact figurent dessous. Les échéances sont dans le tableau des promesses.
dossier-people-channel = { $channel } : { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
dossier-line-promise = Promesse — { $kind } : { $words }
dossier-line-promise-due = Promesse — { $kind } : { $words }, échéance le { $due }
dossier-line-promise-again = Promesse répétée — { $kind } : { $words }, nouvelle échéance le { $due } (promis d’abord pour le { $first })
dossier-line-statement = Déclaration — { $topic } : { $value }
dossier-promise-restated = Répétée le { $date }, { $source } : nouvelle échéance le { $due }
dossier-days-late-since = depuis le { $date }
# Chaque pièce lisible (issue 13, partie 4).
dossier-exhibit-label = { $style ->
    [fr] Pièce n° { $number }
    [qc] P-{ $number }
   *[other] Pièce { $number }
}
dossier-exhibit-proves = Prouve
dossier-proves-contact = le contact du { $date } ({ $details })
dossier-proves-promise = la promesse faite le { $made } ({ $kind }) : { $text }
dossier-proves-promise-due = la promesse faite le { $made } ({ $kind }), pour le { $due } : { $text }
dossier-proves-statement = ce qui a été affirmé le { $date } sur « { $topic } » : { $value }
dossier-proves-with = les mêmes faits, avec la { $label }
dossier-exhibit-dated = Datée du { $date }
dossier-exhibit-page = { $label }, page { $page } sur { $total }
dossier-exhibit-continued = { $label } (suite)
dossier-exhibit-pages-cut = Seules les { $shown } premières pages sur { $total } sont reproduites ici ; l’original, joint, les contient toutes.
dossier-exhibit-pages-cut-detached = Seules les { $shown } premières pages sur { $total } sont reproduites ici.
dossier-exhibit-text-cut = Le texte s’arrête ici ; l’original, joint, le contient en entier.
dossier-exhibit-text-cut-detached = Le texte s’arrête ici.
dossier-email-from = De
dossier-email-to = À
dossier-email-date = Date
dossier-email-subject = Objet
dossier-note-pdf-encrypted = Ce PDF est protégé par un mot de passe ou des restrictions : ses pages ne peuvent pas être reproduites ici ; l’original est joint.
dossier-note-pdf-unreadable = Ce PDF n’a pas pu être lu (il est peut-être endommagé) : ses pages ne peuvent pas être reproduites ici ; l’original est joint.
dossier-note-pdf-too-large = Ce PDF est trop volumineux pour être reproduit ici ; l’original est joint.
dossier-note-pdf-empty = Ce PDF ne contient aucune page à reproduire ; l’original est joint.
dossier-note-email-unreadable = Ce courriel n’a pas pu être lu (ni expéditeur ni date) : il n’est pas reproduit ; l’original est joint.
dossier-note-email-too-large = Ce courriel est trop volumineux pour être reproduit ici ; l’original est joint.
dossier-note-not-printable = Ce type de fichier ne peut pas être reproduit ici ; l’original est joint (voir le bordereau des pièces).
dossier-note-not-printable-detached = Ce type de fichier ne peut pas être reproduit ici ; il est décrit dans le bordereau des pièces.
dossier-section-exhibit-list = Bordereau des pièces
dossier-exhibit-list-attached = L’original de chaque pièce est joint à ce PDF sous le nom de fichier ci-dessous ; son SHA-256 l’identifie exactement.
dossier-exhibit-list-attached-except = L’original de chaque pièce est joint à ce PDF sous le nom de fichier ci-dessous, sauf celles marquées ⚠ ; son SHA-256 l’identifie exactement.
dossier-exhibit-list-not-attached = Les originaux ne sont pas joints à cet exemplaire ; le nom, la taille et le SHA-256 ci-dessous identifient chacun exactement.
dossier-exhibit-list-col-exhibit = Pièce
dossier-exhibit-list-col-file = Fichier d’origine, type, taille, date et SHA-256
dossier-exhibit-list-page = p. { $page }
dossier-exhibit-on-request-list = Le fichier d’origine n’est pas joint à cet exemplaire pour courriel ; il est disponible sur demande, et le bordereau des pièces l’identifie exactement.
# La fiche de réclamation en page 1 (issue 13, partie 1).
dossier-claim-title = Fiche de réclamation
dossier-claim-parties = Les parties
dossier-claim-company-id = Identifiant de l’entreprise : { $id }
dossier-claim-mediator = Médiateur : { $name }
dossier-claim-purchase = L’achat et le paiement
dossier-claim-order = Commande
dossier-claim-charged = Montant débité
dossier-claim-charged-with-taxes = { $charged } (prix { $price } + taxes et frais { $taxes })
dossier-claim-charged-and-price = { $charged } (prix { $price })
dossier-claim-paid-by = Payé par
dossier-claim-card-value = { $network } se terminant par { $last4 }
dossier-claim-issuer = Émetteur de la carte
dossier-claim-dates = Dates
dossier-claim-paid-on = débité le { $date }
dossier-claim-statement-on = premier relevé le montrant : { $date }
dossier-claim-descriptor = Libellé sur le relevé
dossier-claim-dispute = Ce qui a été promis et ce qui a manqué
dossier-claim-promised = Promis
dossier-claim-due = pour le { $date }
dossier-claim-failed = Ce qui a manqué
dossier-claim-late = { $state } : { $days } de retard au { $date }
dossier-claim-promises-late = Sur { $made } promesses : { $broken ->
    [one] { $broken } non tenue
   *[other] { $broken } non tenues
}, { $overdue } en retard.
dossier-claim-first-complaint = Première réclamation écrite
dossier-claim-sent = { $channel }, { $date }
dossier-claim-none-recorded = Aucune enregistrée
dossier-claim-notice = Mise en demeure
dossier-claim-notice-deadline = délai donné : { $date }
dossier-claim-notice-received = reçue le { $date }
dossier-claim-notice-receipt-unknown = réception non enregistrée
dossier-claim-last-word = Dernière position du commerçant
dossier-claim-request = La demande
dossier-claim-asked = Demande
dossier-claim-item-price = Prix
dossier-claim-item-taxes = Taxes et frais débités
dossier-claim-item-increase = Majoration légale ({ $articles })
dossier-claim-item-refunded = Remboursements reçus
dossier-claim-item-total = Total réclamé
dossier-claim-offer = Offre du commerçant
dossier-claim-offer-value = { $amount }, annoncée le { $date }
dossier-claim-basis = Fondement juridique et prochaine échéance
dossier-claim-articles = Articles applicables
dossier-claim-next = Prochaine échéance
dossier-claim-next-step = { $action }, au plus tard le { $date }
dossier-claim-next-clock = { $title } (dernier jour le { $date })

# La déclaration (issue 13, partie 5).
dossier-declaration-title = Déclaration sur l’honneur
dossier-declaration-text = Je soussigné(e) { $name }, déclare que les faits exposés ci-dessus sont exacts à ma connaissance et que les originaux des pièces sont disponibles.
dossier-declaration-name = Nom : { $name }
dossier-declaration-place-date = Fait à ____________________________, le { $date }
dossier-declaration-signature = Signature :

# Manques signalés avant l’export (issue 13, partie 6) : ce qu’un destinataire cherche, et comment l’ajouter.
gap-no-written-complaint = Pas encore de réclamation écrite au commerçant
gap-no-written-complaint-fix = Les médiateurs exigent une réclamation écrite préalable : envoyez-la par courriel ou par lettre, puis enregistrez-la avec la portée juridique « Réclamation écrite ».
gap-complaint-not-marked = Aucun message n’est marqué comme votre réclamation écrite
gap-complaint-not-marked-fix = Ouvrez votre premier courriel ou votre première lettre au commerçant et choisissez la portée juridique « Réclamation écrite ».
gap-complaint-without-copy = Aucune copie de votre première réclamation écrite n’est jointe
gap-complaint-without-copy-fix = Joignez le courriel ou la lettre envoyés et liez-les à ce contact.
gap-notice-receipt = Aucune preuve de réception de la mise en demeure
gap-notice-receipt-fix = Enregistrez la date de l’avis de réception (ou « non réclamé ») et joignez l’avis.
gap-no-payment = Aucun détail du paiement
gap-no-payment-fix = Indiquez comment vous avez payé : réseau de la carte, quatre derniers chiffres, émetteur, montant débité et libellé du relevé.
gap-payment-details = Détails du paiement manquants : { $details }
gap-payment-details-fix = Recopiez-les depuis votre relevé de carte ; n’indiquez jamais plus que les quatre derniers chiffres.
gap-detail-network = réseau de la carte
gap-detail-last-four = quatre derniers chiffres
gap-detail-issuer = émetteur de la carte
gap-detail-descriptor = libellé du relevé
gap-detail-paid-at = date du paiement
gap-no-company-id = L’identifiant de l’entreprise manque
gap-no-company-id-fix = Ajoutez son SIREN, son NEQ ou son numéro d’entreprise, lus dans ses mentions légales ou sur sa facture.
gap-no-merchant-address = L’adresse du commerçant manque
gap-no-merchant-address-fix = Ajoutez son siège social, lu dans ses mentions légales, ses conditions de vente ou sa facture.
gap-no-mediator = Le médiateur du commerçant n’est pas indiqué
gap-no-mediator-fix = Tout professionnel doit désigner un médiateur de la consommation : cherchez-le dans ses conditions de vente et ajoutez-le.
gap-no-request = Votre demande n’est pas écrite
gap-no-request-fix = Écrivez votre demande dans les détails du dossier : livraison avant une date, remboursement d’un montant…
gap-exhibit-caption = Pièce sans légende : { $file }
gap-exhibit-caption-fix = Donnez-lui une légende qui dit ce qu’elle montre.
gap-exhibit-unlinked = Pièce liée à rien : { $file }
gap-exhibit-unlinked-fix = Liez-la au contact, à la promesse ou à la déclaration qu’elle prouve.
dossier-claim-restated = répétée le { $date } : { $words }
dossier-claim-broken-on = { $state } le { $date }
dossier-claim-broken-on-late = { $state } le { $on } : { $days } de retard au { $date }
dossier-claim-offer-from = { $amount } — { $source }
dossier-figure-out-of-expecting = { $label } (sur { $total } appelant une réponse)
dossier-figure-out-of-made = { $label } (sur { $total ->
    [one] { $total } faite
   *[other] { $total } faites
})
gap-list-title = { $count ->
    [one] Avant d’envoyer : { $count } élément qu’un destinataire cherchera
   *[other] Avant d’envoyer : { $count } éléments qu’un destinataire cherchera
}
gap-list-none = Rien de ce qu’un destinataire cherche d’habitude ne manque.
dossier-claim-item-cost = Frais
dossier-claim-item-cost-value = { $amount } — { $what }

# Ce qu’est devenue une lettre envoyée par la poste : sur sa ligne de la chronologie, et là où
# la fiche de réclamation cite la mise en demeure.
dossier-letter-received = Reçue le { $date }
dossier-letter-not-collected = Non réclamée — retournée le { $date }
dossier-claim-notice-not-collected = non réclamée — retournée le { $date }
