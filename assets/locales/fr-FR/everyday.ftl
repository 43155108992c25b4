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
