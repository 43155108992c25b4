# L'application de bureau (src/ui/). Clés : ui-…
ui-app-name = Paper Trail
ui-cases = Dossiers
ui-new-case = Nouveau dossier
ui-new-case-title = Nouveau dossier
ui-search = Chercher un dossier
ui-search-hint = Marchand ou titre
ui-search-nothing = Aucun dossier ne correspond.
ui-days-open = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
ui-badge-unanswered = { $count ->
    [one] { $count } sans réponse
   *[other] { $count } sans réponse
}
ui-badge-overdue = { $count ->
    [one] { $count } promesse non tenue ou en retard
   *[other] { $count } promesses non tenues ou en retard
}
ui-badge-contradictions = { $count ->
    [one] { $count } contradiction
   *[other] { $count } contradictions
}
ui-empty-what = Paper Trail tient le registre d'un litige avec un marchand : chaque appel, courriel et courrier, chaque promesse faite et chaque affirmation, avec vos fichiers gardés intacts et en sûreté.
ui-empty-how = Il compte les retards, les messages sans réponse, les promesses non tenues et les contradictions à mesure qu'ils s'accumulent, et prépare un dossier PDF daté pour un médiateur, votre banque ou un tribunal.
ui-open-demo = Ouvrir les dossiers de démonstration
ui-pick-a-case = Choisissez un dossier à gauche, ou :
ui-import-case-file = Importer un dossier…
ui-export-case-file = Exporter le dossier…
ui-settings = Réglages
ui-help = Aide
ui-quick-log = Saisie rapide
ui-export-pdf = Exporter en PDF…
ui-add-files = Ajouter des fichiers…
ui-delete-case = Supprimer le dossier…
ui-tab-timeline = Chronologie
ui-tab-contacts = Contacts
ui-tab-promises = Promesses
ui-tab-statements = Affirmations
ui-tab-attachments = Pièces jointes
ui-tab-notes = Notes
ui-tab-details = Détails du dossier
ui-card-answer-rate = taux de réponse ({ $answered } sur { $expected ->
    [one] { $expected } appelant une réponse
   *[other] { $expected } appelant une réponse
})
ui-chart-attempts = Vos tentatives de contact
ui-chart-answers = Leurs réponses (hors réponses automatiques)
ui-chart-promises-due = Promesses arrivées à échéance
ui-timeline-empty = Rien de noté pour l'instant. Ctrl+L pour noter un contact.
ui-timeline-order = Commande passée
ui-timeline-contact = Contact
ui-timeline-promise-made = Promesse faite
ui-timeline-promise-due = Échéance d'une promesse
ui-timeline-promise-kept = Promesse tenue
ui-timeline-promise-broken = Promesse constatée non tenue
ui-timeline-statement = Affirmation
ui-timeline-attachment = Fichier
ui-timeline-note = Note
ui-incoming-mark = (de leur part)
ui-flag-unanswered = sans réponse
ui-flag-overdue = en retard
ui-flag-broken = rompue
ui-flag-contradicted = contredit
ui-add-contact = Noter un contact…
ui-add-promise = Ajouter une promesse
ui-add-statement = Ajouter une affirmation
ui-add-note = Ajouter une note
ui-none-yet = Rien pour l'instant.
ui-due = échéance
ui-promise-overdue = En retard
ui-promise-broken = Rompue
ui-promise-kept = Tenue
ui-promise-pending = En attente
ui-edit-contact = Contact
ui-edit-promise = Promesse
ui-edit-statement = Affirmation
ui-edit-attachment = Fichier
ui-edit-note = Note
ui-new-entry-hint = Nouveau : enregistré dès que vous remplissez un champ.
ui-close = Fermer
ui-delete = Supprimer
ui-save = Enregistrer
ui-cancel = Annuler
ui-undo = Annuler la suppression
ui-dismiss = Masquer
ui-browse = Parcourir…
ui-open-original = Ouvrir l'original
ui-field-when = Quand
ui-field-channel = Canal
ui-field-direction = Sens
ui-field-outcome = Résultat
ui-field-counterpart = Interlocuteur
ui-field-reference = Référence
ui-field-summary = Résumé
ui-field-wait = Minutes d'attente
ui-field-duration = Minutes d'appel
ui-field-made = Faite le
ui-field-kind = Type
ui-field-promise-text = Ce qu'ils ont promis
ui-field-due = Échéance
ui-field-status = État
ui-field-settled = Tenue ou non tenue le
ui-field-topic = Sujet
ui-field-value = Ce qu'ils ont affirmé
ui-field-context = Contexte
ui-field-note = Note
ui-field-file = Fichier
ui-field-sha256 = SHA-256
ui-field-caption = Légende
ui-field-received = Reçu le
ui-field-title = Titre
ui-field-merchant = Marchand
ui-field-merchant-email = Courriel du marchand
ui-field-merchant-phone = Téléphone du marchand
ui-field-merchant-website = Site du marchand
ui-field-order-reference = Numéro de commande
ui-field-product = Ce que vous avez acheté
ui-field-price = Prix
ui-field-currency = Devise
ui-field-ordered = Commandé le
ui-field-zone = Fuseau horaire
ui-field-jurisdiction = Droit de la consommation
ui-field-case-language = Langue du dossier
ui-field-consumer = Votre nom
ui-field-consumer-email = Votre courriel
ui-field-desired = Ce que vous demandez
ui-field-narrative = Le récit
ui-field-language = Langue
ui-field-paper = Papier
ui-field-save-to = Enregistrer sous
ui-field-path = Chemin du fichier
ui-date-time-hint = Dates : 2026-08-15 ou 2026-08-15 15:41 (fuseau du dossier).
ui-autosave-hint = Les modifications s'enregistrent d'elles-mêmes quand vous quittez un champ.
ui-they-promised = Ils ont promis quelque chose
ui-they-stated = Ils ont affirmé quelque chose
ui-quick-log-keys = Entrée enregistre, Échap annule.
ui-quick-log-no-case = Ouvrez ou créez d'abord un dossier, puis Ctrl+L.
ui-logged = Contact noté.
ui-export-title = Exporter le dossier (PDF)
ui-paper-a4 = A4
ui-paper-letter = Lettre US
ui-redact = Masquer mes coordonnées et le nom des agents
ui-redact-limits = Le masquage porte sur les champs que le dossier imprime ; les mots que vous avez saisis (résumés, récit) et les pièces sont imprimés tels quels : relisez-les avant l’envoi.
ui-export-damaged = { $count ->
    [one] Le dossier est écrit, mais l’original d’une pièce manque dans le stockage ou a été modifié ; le dossier le signale sur sa page et dans le bordereau :
   *[other] Le dossier est écrit, mais les originaux de { $count } pièces manquent dans le stockage ou ont été modifiés ; le dossier le signale sur sa page et dans le bordereau :
}
ui-originals = Inclure les fichiers originaux dans le PDF
ui-export = Exporter
ui-export-running = Préparation du dossier…
ui-export-done = Dossier enregistré : { $path }
ui-export-cancelled = Export annulé.
ui-open-pdf = Ouvrir le PDF
ui-show-in-folder = Afficher dans le dossier
ui-email = Envoyer par courriel…
ui-email-hint = Votre logiciel de courriel s'ouvre avec un message prêt ; joignez-y le PDF vous-même.
ui-email-subject = Litige avec { $merchant } : { $title }
ui-email-body = Bonjour,

    Veuillez trouver ci-joint le dossier de mon litige ({ $file }), avec le relevé daté de chaque contact.

    Cordialement,
ui-type-a-path = Saisir un chemin…
ui-drop-hint = Ou déposez des fichiers sur la fenêtre.
ui-drop-here = Déposez pour joindre à ce dossier
ui-attach = Joindre
ui-import = Importer
ui-attach-no-case = Ouvrez d'abord un dossier pour y joindre des fichiers.
ui-dialog-unavailable = La fenêtre de choix de fichier du système ne peut pas s'ouvrir ici. Saisissez le chemin complet du fichier ci-dessous, ou déposez des fichiers sur la fenêtre.
ui-attached = { $count ->
    [one] Fichier joint.
   *[other] { $count } fichiers joints.
}
ui-imported = { $count ->
    [one] Dossier importé.
   *[other] { $count } dossiers importés.
}
ui-bundle-written = Dossier exporté : { $path }
ui-delete-case-title = Supprimer ce dossier ?
ui-delete-case-warning = Ses contacts, promesses, affirmations et notes seront supprimés. C'est définitif ; exportez d'abord le dossier pour en garder une copie.
ui-delete-case-confirm = Supprimer le dossier
ui-case-deleted = Dossier supprimé.
ui-entry-deleted = Supprimé.
ui-setting-language = Langue
ui-language-system = Celle du système
ui-setting-scale = Taille du texte
ui-scale-keys = Ctrl+Plus et Ctrl+Moins la changent aussi.
ui-setting-theme = Apparence
ui-theme-system = Celle du système
ui-theme-light = Claire
ui-theme-dark = Sombre
ui-data-folder = Dossier des données
ui-help-shortcuts = Raccourcis clavier
ui-help-drop = Déposez des fichiers sur la fenêtre pour les joindre au dossier ouvert.
ui-help-quick-log = Noter un contact
ui-help-new-case = Nouveau dossier
ui-help-search = Chercher un dossier
ui-help-export = Exporter le dossier PDF
ui-help-undo = Annuler la dernière suppression
ui-help-settings = Réglages
ui-help-zoom = Texte plus grand ou plus petit
ui-help-help = Cette aide
ui-help-tab = Passer d'un champ ou d'un bouton à l'autre
ui-shortcut-quick-log = Ctrl+L
ui-shortcut-export = Ctrl+E
ui-shortcut-new-case = Ctrl+N
ui-shortcut-search = Ctrl+F
ui-job-attach = Ajout des fichiers
ui-job-import = Importation
ui-job-export-bundle = Écriture du dossier
ui-job-pdf = Préparation du PDF
ui-job-badges = Calcul
ui-job-thumbnail = Aperçu
ui-job-busy = Déjà en cours ; attendez la fin.
ui-job-cancelled = Annulé.
ui-error-list = Impossible de lire les dossiers :
ui-error-load = Impossible d'ouvrir le dossier :
ui-error-save = Impossible d'enregistrer :
ui-error-delete = Impossible de supprimer :
ui-error-open = Impossible de l'ouvrir :
ui-error-job = Impossible de démarrer :
ui-error-job-failed = Échec : { $job } :
ui-error-no-path = Choisissez où enregistrer le fichier.
ui-error-no-such-file = Fichier introuvable :

# Brouillons : erreurs à côté du champ en cause, et « continuer / abandonner » (ui::draft).
ui-field-error-date = « { $field } » doit être une date comme 2026-08-15 (ou 2026-08-15 15:41).
ui-field-error-date-time = « { $field } » doit être une date et une heure comme 2026-08-15 15:41.
ui-field-error-minutes = « { $field } » doit être un nombre entier de minutes.
ui-field-error-price = « { $field } » doit être un montant comme 899,00.
ui-field-error-card-last4 = « { $field } » ne prend que les quatre derniers chiffres de la carte, comme 0005.
ui-field-error-refund = Chaque ligne de « { $field } » doit être une date puis un montant, comme 2026-05-04 100,00.
ui-field-error-cost = Chaque ligne de « { $field } » doit être un montant puis sa nature, précédés de la date si vous la connaissez, comme 2026-10-23 15,20 Appel surtaxé.
ui-field-error-currency = « { $field } » doit être un code de devise de trois lettres comme EUR ou CAD.
ui-field-error-zone = « { $field } » doit être un fuseau horaire comme Europe/Paris ou America/Montreal.
ui-field-error-required = « { $field } » ne peut pas rester vide.
ui-leave-title = Une partie de votre saisie ne peut pas encore être enregistrée
ui-leave-title-closing = Fermer Paper Trail ?
ui-leave-body = Votre saisie est conservée. Ceci est à corriger avant de pouvoir l'enregistrer :
ui-keep-editing = Continuer la saisie
ui-discard = Abandonner ces modifications
ui-discard-and-close = Abandonner ces modifications et fermer

# Le dossier à envoyer par courriel (issue 11, partie 6).
ui-export-kind = Type de dossier
ui-export-full = Preuves complètes (par défaut) — environ { $size } Mo
ui-export-for-email = Pour courriel — environ { $size } Mo
ui-export-for-email-hint = Les images sont réduites et les fichiers originaux ne sont pas inclus ; chaque pièce indique toujours le nom, la taille et le SHA-256 de son fichier, et précise que l’original est disponible sur demande.

# A window that fits, and the keyboard (issue 11, part 5).
ui-chart-y-axis = Total cumulé
ui-case-list-toggle = Afficher ou masquer la liste des dossiers (Échap la masque)
ui-help-enter = Appuyer sur le bouton principal d’une fenêtre (celui mis en couleur) ; dans un texte de plusieurs lignes, aller à la ligne
ui-help-esc = Fermer une fenêtre, une liste ou le panneau latéral ; replier la liste des dossiers dans une fenêtre étroite
ui-help-space = Appuyer sur le bouton, cocher la case ou ouvrir la liste qui a le focus du clavier
ui-help-arrows = Dans une liste qui a le focus, passer au choix précédent ou suivant
