# Usage quotidien : import de courriels, recherche dans tous les dossiers, échéances dans l'agenda.

calendar-name = Échéances Paper Trail
calendar-case = Dossier { $id } : { $title }
calendar-promise-due = { $merchant } : échéance d'une promesse ({ $kind })
calendar-reply-due = { $merchant } : réponse attendue ({ $channel }, { $sent })
calendar-clock-due = { $merchant } : dernier jour — { $title }
calendar-not-legal-advice = Calculé par Paper Trail à partir des dates du dossier. Ce n’est pas un conseil juridique : vérifiez la source.
ui-quick-log-zone = Heures dans le fuseau { $zone }
ui-import-emails = Importer des courriels…
ui-export-calendar = Ajouter les échéances à mon agenda…
ui-emails-imported = { $count ->
    [0] Aucun nouveau courriel
    [one] 1 courriel ajouté comme contact
   *[other] { $count } courriels ajoutés comme contacts
}{ $skipped ->
    [0] .
    [one] {" "}; 1 était déjà dans le dossier.
   *[other] {" "}; { $skipped } étaient déjà dans le dossier.
}
ui-calendar-written = { $count ->
    [0] Aucune échéance ouverte ; agenda écrit dans { $path }
    [one] 1 échéance écrite dans { $path }
   *[other] { $count } échéances écrites dans { $path }
}
ui-search-found-in = Trouvé dans les dossiers
ui-search-hit-case = détails du dossier
ui-filters = Filtres et tri
ui-filters-on = Filtres et tri (actifs)
ui-filter-any = Tous
ui-filter-client = Client
ui-filter-status = Statut
ui-filter-jurisdiction = Droit applicable
ui-sort-by = Ordre
ui-sort-last-activity = Dernière activité d'abord
ui-sort-title = Titre, de A à Z
ui-sort-oldest-order = Commande la plus ancienne d'abord
ui-job-calendar = Écriture de l'agenda
ui-job-email = Import des courriels
# Issue 11, la suite : tri par prochaine échéance, échéances proches, la question sur une promesse, coller, imprimer.
ui-sort-next-deadline = Prochaine échéance d'abord
ui-due-soon-button = { $count ->
    [0] Échéances proches
   *[other] Échéances proches ({ $count })
}
ui-due-soon-title = Échéances proches
ui-due-soon-intro = Promesses, réponses attendues et délais légaux de vos dossiers ouverts : en retard, ou à échéance dans les { $days } jours.
ui-due-soon-empty = Rien n'arrive à échéance dans les prochains jours.
ui-due-in = { $days ->
    [0] aujourd'hui
    [one] demain
   *[other] dans { $days } jours
}
ui-due-ago = { $days ->
    [one] il y a 1 jour
   *[other] il y a { $days } jours
}
ui-promise-question-today = Une promesse arrive à échéance aujourd'hui. A-t-elle été tenue ?
ui-promise-question-past = Une promesse est arrivée à échéance le { $date }. A-t-elle été tenue ?
ui-promise-answer-kept = Elle a été tenue
ui-promise-answer-broken = Elle n'a pas été tenue
ui-promise-new-date = Une nouvelle date a été donnée…
ui-promise-new-date-field = Nouvelle date
ui-promise-save-date = Enregistrer la nouvelle date
ui-promise-later = Me le redemander plus tard
ui-promise-date-error = Saisissez la nouvelle date sous la forme AAAA-MM-JJ, par exemple 2026-10-02.
ui-promise-gone = Cette promesse n'est plus dans le dossier.
ui-promise-recorded-kept = Enregistré : la promesse a été tenue.
ui-promise-recorded-broken = Enregistré : la promesse n'a pas été tenue.
ui-promise-recorded-new-date = Enregistré : une nouvelle date a été donnée, le { $date }. La première date reste dans l'historique.
ui-paste-title = Image collée
ui-paste-size = { $width } × { $height } pixels, conservée en fichier PNG
ui-paste-caption = Légende
ui-paste-file-stem = capture
ui-paste-hint = Ctrl+V sur un dossier colle une capture d'écran comme fichier, ou du texte dans la saisie rapide.
ui-print = Imprimer…
ui-print-hint = Ouvre le dossier de preuves (sans les fichiers originaux) dans votre lecteur PDF, prêt à imprimer.
ui-print-running = Préparation du dossier à imprimer…
ui-print-opened = Le dossier est ouvert dans votre lecteur PDF : imprimez-le depuis celui-ci. (Fichier : { $path })
ui-error-print = Impossible de préparer le dossier à imprimer :
ui-print-not-opened = Le dossier est prêt, mais votre lecteur PDF n'a pas pu être ouvert : { $reason } Ouvrez-le vous-même pour l'imprimer : { $path }
ui-no-opener = aucun programme pour ouvrir les fichiers n'est installé ici ({ $program } est introuvable).
