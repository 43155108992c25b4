# Lettres (issue 10) : mise en demeure, résolution, lettre avant action, rétrofacturation, médiation.

letter-kind-formal-notice = Mise en demeure
letter-kind-cancellation = Résolution du contrat
letter-kind-letter-before-claim = Lettre avant action (letter before claim)
letter-kind-chargeback-request = Demande de rétrofacturation
letter-kind-mediation-request = Demande de médiation

letter-error-missing = Cette lettre a besoin de faits que le dossier n'indique pas encore : { $facts }.
letter-error-not-applicable = Une lettre « { $kind } » n'existe pas dans le droit applicable ({ $jurisdiction }).
letter-error-after-delivery = Dans le droit applicable ({ $jurisdiction }), une lettre « { $kind } » repose sur le retard de livraison, et le dossier indique que le bien a été livré : elle n'est pas proposée pour ce dossier.
letter-missing-case-consumer-name = votre nom
letter-missing-case-consumer-address = votre adresse postale
letter-missing-case-merchant-name = le nom du commerçant
letter-missing-case-merchant-address = l'adresse postale du commerçant
letter-missing-case-price = le prix payé
letter-missing-case-ordered_at = la date de commande
letter-missing-case-payment = le moyen de paiement
letter-missing-case-payment-method = un paiement par carte (crédit ou débit)
letter-missing-case-payment-card_last4 = les quatre derniers chiffres de la carte
letter-missing-case-payment-issuer = l'émetteur de la carte
letter-missing-case-merchant-mediator = le médiateur du commerçant
letter-missing-contacts-complaint = une réclamation écrite préalable au commerçant (un contact avec l'objet « réclamation écrite »)

letter-place-date = { $place }, le { $date }
letter-date-only = Le { $date }
letter-mode-registered = Lettre recommandée avec accusé de réception
letter-order-ref = commande n° { $reference }
letter-subject-formal-notice = Objet : mise en demeure — { $what }
letter-subject-cancellation = Objet : résolution du contrat — { $what }
letter-subject-letter-before-claim = Objet : lettre avant action — { $what }
letter-subject-chargeback-request = Objet : demande de rétrofacturation — { $what }
letter-subject-mediation-request = Objet : demande de médiation — { $what }
letter-salutation = Madame, Monsieur,
letter-cb-intro = Je conteste le paiement par carte décrit ci-dessous et vous demande de l'annuler.
letter-issuer-disputes = Service des litiges cartes

letter-heading-cb-details = Le paiement contesté
letter-heading-facts = Les faits
letter-heading-law = Fondement juridique
letter-heading-demand-formal-notice = Ma demande
letter-heading-demand-cancellation = Résolution et remboursement
letter-heading-demand-letter-before-claim = Ce que je réclame et son calcul
letter-heading-demand-chargeback-request = Ma demande
letter-heading-demand-mediation-request = Ma demande
letter-heading-enclosures = Pièces jointes

letter-the-goods = les biens commandés
letter-fact-order = { $to ->
    [merchant] Le { $date }, je vous ai commandé, pour { $price }, { $product }.
   *[other] Le { $date }, j'ai commandé au commerçant, pour { $price }, { $product }.
}
letter-fact-order-ref = { $to ->
    [merchant] Le { $date }, je vous ai commandé (commande n° { $reference }), pour { $price }, { $product }.
   *[other] Le { $date }, j'ai commandé au commerçant (commande n° { $reference }), pour { $price }, { $product }.
}
letter-fact-paid = J'ai payé { $amount } { $method } le { $date }.
letter-by-credit_card = par carte de crédit
letter-by-debit_card = par carte de débit
letter-by-bank_transfer = par virement
letter-by-cash = en espèces
letter-by-paypal = par PayPal
letter-by-other = par un autre moyen
letter-fact-agreed = La livraison était convenue pour le { $date }.
letter-fact-delivered = Les biens ont été livrés le { $date }.
letter-fact-not-delivered = Au { $date }, les biens ne sont toujours pas livrés.
letter-fact-promise = { $to ->
    [merchant] Le { $made }, vous avez promis { $what }, pour le { $due } — noté : { $text }. Cette promesse n'a pas été tenue.
   *[other] Le { $made }, le commerçant a promis { $what }, pour le { $due } — noté : { $text }. Cette promesse n'a pas été tenue.
}
letter-fact-promise-nodue = { $to ->
    [merchant] Le { $made }, vous avez promis { $what } — noté : { $text }. Cette promesse n'a pas été tenue.
   *[other] Le { $made }, le commerçant a promis { $what } — noté : { $text }. Cette promesse n'a pas été tenue.
}
letter-fact-sent-complaint = { $to ->
    [merchant] Le { $date }, je vous ai adressé une réclamation écrite ({ $channel }).
   *[other] Le { $date }, j'ai adressé au commerçant une réclamation écrite ({ $channel }).
}
letter-fact-sent-formal_notice = { $to ->
    [merchant] Le { $date }, je vous ai adressé une mise en demeure ({ $channel }).
   *[other] Le { $date }, j'ai adressé au commerçant une mise en demeure ({ $channel }).
}
letter-fact-sent-cancellation = { $to ->
    [merchant] Le { $date }, je vous ai notifié la résolution du contrat ({ $channel }).
   *[other] Le { $date }, j'ai notifié au commerçant la résolution du contrat ({ $channel }).
}
letter-fact-sent-withdrawal = { $to ->
    [merchant] Le { $date }, je vous ai notifié ma rétractation ({ $channel }).
   *[other] Le { $date }, j'ai notifié au commerçant ma rétractation ({ $channel }).
}
letter-fact-unanswered = { $count ->
    [one] Mon message du { $list } est resté sans réponse.
   *[other] Mes { $count } messages sont restés sans réponse : { $list }.
}
letter-fact-refund = J'ai reçu un remboursement de { $amount } le { $date }.

letter-basis-fr-civ-1344 = Mise en demeure, et résolution du contrat par notification après un délai raisonnable ; intérêts au taux légal à compter de la mise en demeure

letter-demand-deliver = Je vous mets en demeure de me livrer { $product }.
letter-demand-formal-notice = Je vous mets en demeure de me payer { $total }, somme ainsi calculée :
letter-demand-cancellation = { $parts ->
    [yes] Par la présente, je résous le contrat. Je vous demande de me rembourser les sommes que je vous ai versées, ainsi calculées :
   *[no] Par la présente, je résous le contrat. Je vous demande de me rembourser { $total }, somme ainsi calculée :
}
letter-demand-letter-before-claim = Je réclame { $total }, somme ainsi calculée :
letter-demand-chargeback-request = Je vous demande de recréditer mon compte de { $total }, somme ainsi calculée :
letter-demand-mediation-request = Je vous demande de m'aider à obtenir du commerçant { $total }, somme ainsi calculée :
letter-sum-paid = prix payé : { $amount }
letter-sum-increase = majoration pour remboursement tardif ({ $rate }, { $citation }) : { $amount }
letter-sum-refunded = moins les remboursements déjà reçus : −{ $amount }
letter-sum-total = total dû : { $amount }

letter-deadline-formal-notice = Je vous laisse jusqu'au { $date } ({ $days } jours) pour vous exécuter.
letter-deadline-cancellation = Le remboursement est dû au plus tard le { $date } ({ $days } jours).
letter-deadline-letter-before-claim = Je vous prie de répondre complètement, par écrit, au plus tard le { $date } ({ $days } jours), en indiquant si vous acceptez la demande et, sinon, pourquoi.
letter-deadline-chargeback-request = Je vous prie d'accuser réception de cette demande par écrit au plus tard le { $date } ({ $days } jours).
letter-deadline-mediation-request = Je vous prie de m'indiquer au plus tard le { $date } ({ $days } jours) si vous acceptez cette demande.
letter-deadline-law = Ce délai est fixé par { $citation }.
letter-note-practice = { $days } jours : un délai d'usage, que la loi ne fixe pas. Vous pouvez en choisir un autre avec --deadline-days.
letter-note-law = { $days } jours : le délai fixé par { $citation }.
letter-note-chosen = { $days } jours : le délai que vous avez choisi.

letter-lbc-documents = Les documents essentiels sont énumérés en pièces jointes ; copie en est jointe.
letter-lbc-adr = Je suis disposé à envisager un mode alternatif de règlement (par exemple une médiation) et vous invite à me dire si vous l'êtes aussi.

letter-then-formal-notice-deliver-fr = À défaut de livraison dans ce délai, je résoudrai le contrat par écrit (Code de la consommation, art. L216-6) ; vous devrez alors me rembourser dans les 14 jours (art. L216-7), faute de quoi la somme sera majorée de plein droit (art. L241-4).
letter-then-formal-notice-fr = À défaut de paiement dans ce délai, je saisirai le médiateur de la consommation ou le tribunal sans autre avis. La somme due porte intérêt au taux légal à compter de la présente mise en demeure (Code civil, art. 1231-6).
letter-then-formal-notice-deliver-qc = À défaut de livraison dans ce délai, je pourrai résoudre le contrat (Loi sur la protection du consommateur, art. 54.9) et exiger le remboursement, ou m'adresser à la division des petites créances de la Cour du Québec, sans autre avis.
letter-then-formal-notice-qc = À défaut de paiement dans ce délai, je m'adresserai à la division des petites créances de la Cour du Québec sans autre avis.
letter-then-formal-notice-deliver-uk = À défaut de livraison dans ce délai, je tiendrai le contrat pour terminé (Consumer Rights Act 2015, s.28) et réclamerai le remboursement intégral.
letter-then-formal-notice-uk = À défaut de paiement dans ce délai, je vous adresserai une lettre avant action et pourrai ensuite saisir le tribunal.
letter-then-formal-notice-deliver-other = À défaut de livraison dans ce délai, j'annulerai la commande, réclamerai le remboursement intégral et donnerai suite sans autre avis.
letter-then-formal-notice-other = À défaut de paiement dans ce délai, je donnerai suite sans autre avis.
letter-then-formal-notice-deliver-on = À défaut de livraison dans ce délai, j'annulerai la convention (Loi de 2002 sur la protection du consommateur, partie IV) ; vous devrez alors me rembourser dans les 15 jours (art. 92 et 96(1)). À défaut, je m'adresserai à la Cour des petites créances sans autre avis.
letter-then-formal-notice-on = À défaut de paiement dans ce délai, je m'adresserai à la Cour des petites créances sans autre avis.
letter-then-cancellation-fr = À défaut de remboursement dans ce délai, les sommes que je vous ai versées seront majorées de plein droit ({ $increase }), et je saisirai le médiateur de la consommation ou le tribunal sans autre avis.
letter-then-cancellation-qc = { $card ->
    [credit] À défaut de remboursement dans ce délai, je demanderai la rétrofacturation à l'émetteur de ma carte de crédit (Loi sur la protection du consommateur, art. 54.14), ou m'adresserai à la division des petites créances de la Cour du Québec, sans autre avis.
    [other] À défaut de remboursement dans ce délai, je m'adresserai à la division des petites créances de la Cour du Québec sans autre avis.
   *[unknown] À défaut de remboursement dans ce délai, je demanderai la rétrofacturation à l'émetteur de ma carte si j'ai payé par carte de crédit (Loi sur la protection du consommateur, art. 54.14), ou m'adresserai à la division des petites créances de la Cour du Québec, sans autre avis.
}
letter-then-cancellation-uk = À défaut de remboursement dans ce délai, je vous adresserai une lettre avant action et pourrai ensuite saisir le tribunal.
letter-then-cancellation-other = À défaut de remboursement dans ce délai, je donnerai suite sans autre avis.
letter-then-cancellation-on = { $card ->
    [credit] À défaut de remboursement dans ce délai, je demanderai l'annulation du débit à l'émetteur de ma carte de crédit (Loi de 2002 sur la protection du consommateur, art. 99), ou m'adresserai à la Cour des petites créances, sans autre avis.
    [other] À défaut de remboursement dans ce délai, je m'adresserai à la Cour des petites créances sans autre avis.
   *[unknown] À défaut de remboursement dans ce délai, je demanderai l'annulation du débit à l'émetteur de ma carte si j'ai payé par carte de crédit (Loi de 2002 sur la protection du consommateur, art. 99), ou m'adresserai à la Cour des petites créances, sans autre avis.
}
letter-then-letter-before-claim = Sans réponse complète dans ce délai, je pourrai saisir le tribunal sans autre avis et demander les intérêts (County Courts Act 1984, s.69) et les frais.
letter-then-chargeback-request = Le commerçant n'a pas réglé le litige malgré les démarches énumérées en annexe.
letter-then-mediation-request = Aucun tribunal ni autre médiateur n'est saisi de ce litige.
letter-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

letter-cb-cardholder = titulaire de la carte : { $name }
letter-card-credit_card = carte de crédit
letter-card-debit_card = carte de débit
letter-cb-card = carte : { $network } se terminant par { $last4 }
letter-cb-merchant = commerçant : { $name }
letter-cb-merchant-descriptor = commerçant : { $name } (sur le relevé : { $descriptor })
letter-cb-contract-date = date du contrat : { $date }
letter-cb-charged = montant débité : { $amount }
letter-cb-to-refund = montant à rembourser : { $amount }
letter-cb-description = biens ou services : { $product }
letter-cb-reason-not-delivered = motif : les biens n'ont pas été livrés
letter-cb-reason-not-refunded = motif : le remboursement dû n'a pas été versé
letter-cb-cancelled = avis de résolution envoyé au commerçant le { $date } ({ $channel })

letter-annex-title = Annexe — Démarches auprès du commerçant
letter-annex-date = Date
letter-annex-person = Interlocuteur
letter-annex-channel = Canal
letter-annex-outcome = Résultat

letter-enclosure-annex = l'annexe « Démarches auprès du commerçant »
letter-enclosure-dossier = le dossier du litige (Paper Trail)
letter-enclosure-exhibit = pièce n° { $number } : { $caption }

# Lettres (issue 10)
ui-letter-write = Écrire une lettre…
ui-letter-title = Écrire une lettre
ui-letter-kind = Lettre
ui-letter-suggested = { $kind } (conseillée maintenant)
ui-letter-deadline-days = Délai en jours (vide = usage)
ui-letter-bad-days = Le nombre de jours doit être un nombre entier.
ui-letter-tracking = Numéro de suivi
ui-letter-export = Exporter le PDF
ui-letter-copy = Copier le texte
ui-letter-mark-sent = Marquer comme envoyée
ui-letter-mark-sent-hint = Enregistre la lettre comme un contact envoyé à la date indiquée, avec son PDF en pièce jointe, pour que le délai suivant en parte.
ui-letter-sent = La lettre est enregistrée comme envoyée, avec son PDF en pièce jointe.
ui-letter-email-hint = Ouvre votre messagerie avec ce texte ; joignez-y vous-même le PDF exporté.
ui-letter-not-offered = Non proposées pour un dossier relevant du droit applicable ({ $jurisdiction }) : { $kinds }.
ui-letter-edited = Vos modifications sont conservées avec cette lettre et servent au PDF, à la copie et au courriel ; les choix ci-dessus ne changent plus le texte tant que vous ne le réinitialisez pas.
ui-letter-reset = Revenir au texte généré
ui-letter-sources = D'où vient chaque fait
ui-letter-sources-hint = Cliquez sur une entrée pour l'afficher dans le dossier (vos modifications sont conservées).
ui-letter-source-contact = contact { $id } du { $date }
ui-letter-source-promise = promesse { $id } du { $date }
ui-letter-source-entry = entrée { $id }
ui-letter-annex-row = Annexe : { $date }, { $person }
ui-letter-sent-on = Envoyée le (AAAA-MM-JJ)
ui-letter-channel = Envoyée par
ui-letter-bad-date = La date d'envoi doit s'écrire AAAA-MM-JJ et ne pas être dans le futur.
ui-letter-sent-list = Lettres envoyées : noter la réception
ui-letter-receipt-date = Reçue ou retournée le (AAAA-MM-JJ)
ui-letter-received = Reçue à cette date
ui-letter-not-collected = Non réclamée
ui-letter-status-received = reçue le { $date }
ui-letter-status-not-collected = non réclamée (retournée le { $date })
ui-letter-status-unknown = réception pas encore notée
ui-letter-receipt-recorded = La réception est notée ; les délais qui en partent sont mis à jour.
ui-letter-sent-row = { $date } : { $subject }
ui-letter-tracking-shown = numéro de suivi { $tracking }
ui-letter-preview = La lettre (vous pouvez la modifier)

# An enclosed exhibit, labelled as in the dossier (issue 13).
letter-enclosure-exhibit-label = { $label } : { $caption }

# Lettres : corrections après la recette (retour du bien, le professionnel, délais à compter de la réception, droits pas encore ouverts).
letter-item = l'article suivant : { $product }
letter-error-not-open-yet = Une lettre « { $kind } » exerce un droit qui n'est pas encore ouvert : il s'ouvre le { $date }. Écrivez-la à cette date ou après.
letter-error-closed = Une lettre « { $kind } » exerce un droit que ce dossier n’a plus : son dernier jour était le { $date }.
letter-error-never-opened = Une lettre « { $kind } » exerce un droit qui ne s’applique pas à ce dossier : il ne s’est jamais ouvert.
letter-error-deadline-days = Le délai doit être compris entre { $min } et { $max } jours (et non { $days }).
letter-error-before-order = La date de la lettre est antérieure à la commande du { $date } : choisissez une date égale ou postérieure.
letter-why-not-mediation-qc = Au Québec, la médiation ne se demande pas par lettre : on accède à Parle consommation (PARLe) en ligne, par l'Office de la protection du consommateur (opc.gouv.qc.ca/parle-consommation), et la médiation des petites créances (demandes jusqu'à 5 000 $) est organisée par le tribunal une fois la demande déposée.
letter-why-not-mediation-on = En Ontario, aucun ombudsman de la consommation ni aucune médiation préalable pour les biens n'a été trouvé : la demande de médiation n'est pas proposée. La mise en demeure, puis la Cour des petites créances, le sont.
letter-why-not-letter-before-claim = La lettre avant action suit la Practice Direction on Pre-Action Conduct d'Angleterre et du pays de Galles ; elle n'existe pas dans le droit applicable ({ $jurisdiction }).
letter-fact-returned = { $to ->
    [merchant] Le { $date }, je vous ai renvoyé le bien ({ $details }).
   *[other] Le { $date }, j'ai renvoyé le bien au commerçant ({ $details }).
}
letter-return-reference = référence du retour { $reference }
letter-return-proof = preuve d'envoi : { $exhibit }
letter-fact-return-acknowledged = { $to ->
    [merchant] Le { $date }, vous avez confirmé ({ $channel }) avoir reçu le bien renvoyé — noté : { $text }
   *[other] Le { $date }, le commerçant a confirmé ({ $channel }) avoir reçu le bien renvoyé — noté : { $text }
}
letter-fact-return-acknowledged-ref = { $to ->
    [merchant] Le { $date }, vous avez confirmé ({ $channel }, référence du retour { $reference }) avoir reçu le bien renvoyé — noté : { $text }
   *[other] Le { $date }, le commerçant a confirmé ({ $channel }, référence du retour { $reference }) avoir reçu le bien renvoyé — noté : { $text }
}
letter-cb-reason-returned = motif : le bien a été renvoyé au commerçant et le remboursement dû n'a pas été versé
letter-heading-trader = Le professionnel concerné
letter-trader-name = nom : { $name }
letter-trader-company-id = identifiant de l'entreprise : { $id }
letter-trader-address = adresse : { $address }
letter-sum-cost = { $label } : { $amount }
letter-deadline-cancellation-receipt = Le remboursement est dû dans les { $days } jours suivant la réception de la présente lettre ({ $citation }).
letter-note-law-receipt = { $days } jours à compter de la réception de la lettre par le commerçant : le délai fixé par { $citation }. La lettre indique le délai, non une date, car la loi le compte à partir de la réception.

# Lettres : seconde recette (remboursement et frais séparés, promesses rapportées, dates, délais du médiateur).
letter-sum-refund = soit, sommes à rembourser : { $amount }
letter-demand-costs = { $to ->
    [merchant] Je vous réclame en outre { $amount } à titre de dommages et intérêts, pour les frais que ce litige m'a causés :
   *[other] Je réclame en outre au commerçant { $amount } à titre de dommages et intérêts, pour les frais que ce litige m'a causés :
}
letter-part-refund = remboursement { $amount }
letter-part-increase = majoration { $amount } ({ $citation })
letter-part-costs = dommages et intérêts pour frais { $amount }
letter-sum-total-parts = Total réclamé : { $amount } ({ $parts }).
letter-promised-delivery = de livrer les biens
letter-promised-pickup = que les biens seraient prêts à être retirés
letter-promised-reply = de répondre à mon message
letter-promised-callback = de me rappeler
letter-promised-refund = de me rembourser
letter-promised-replacement = de remplacer les biens
letter-promised-repair = de réparer les biens
letter-promised-credit = de m'accorder un avoir
letter-promised-other = ce qui suit
letter-annex-message-received = Message du commerçant reçu
letter-annex-reply-received = Réponse du commerçant reçue
letter-then-formal-notice-deliver-qc-from = À défaut de livraison dans ce délai, je pourrai m'adresser à la division des petites créances de la Cour du Québec sans autre avis ; et si les biens ne sont toujours pas livrés le { $opens }, je pourrai, à compter de cette date, résoudre le contrat (Loi sur la protection du consommateur, art. 54.9) et exiger le remboursement.
letter-then-formal-notice-deliver-on-from = À défaut de livraison dans ce délai, je m'adresserai à la Cour des petites créances sans autre avis ; et si les biens ne sont toujours pas livrés le { $opens }, je pourrai, à compter de cette date, annuler la convention (Loi de 2002 sur la protection du consommateur, partie IV), et vous devrez alors me rembourser dans les 15 jours (art. 92 et 96(1)).
letter-error-before-agreed-delivery = La lettre dirait que les biens ne sont pas livrés, alors que la livraison (ou le retrait) était convenue pour le { $date } : à la date de la lettre, rien n'est encore en retard. Datez-la du { $next } ou après.
letter-deadline-mediation-request-receipt = Je vous prie de m'indiquer si vous acceptez cette demande ; un refus doit m'être notifié dans les trois semaines ({ $days } jours) suivant la réception du dossier ({ $citation }).
letter-note-law-receipt-mediation-request = { $days } jours (trois semaines) à compter de la réception du dossier par le médiateur : le délai dans lequel { $citation } lui impose de notifier un refus. La lettre indique le délai, non une date, car il court à partir de la réception.
letter-warning-mediator-french = Attention : la demande est rédigée dans une autre langue que le français, or le médiateur « { $mediator } » demande, selon sa pratique, des demandes en français. Écrivez-la en français (--lang fr, ou la langue « Français » de la lettre).
