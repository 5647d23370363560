# La vue d'ensemble à `/`, le nombre de demandes dans le menu, et les
# totaux, filtres et numéros de page des listes de demandes, d'avis et du
# journal d'audit.

## layout.html : le menu

layout-overview = Vue d'ensemble
# Une pastille après « Demandes » dans le menu, à côté du nombre de demandes ouvertes.
layout-requests-overdue-badge = { $count } en retard
# Lu par les lecteurs d'écran après « Demandes ».
layout-requests-open = { $count ->
    [one] une demande ouverte
   *[other] { $count } demandes ouvertes
}{ $overdue ->
    [0] {""}
   *[other] , dont { $overdue } en retard
}

## paging.html : sous une liste

paging-label = Pages
paging-page = Page
paging-page-of = page { $page } sur { $pages }
paging-previous = Précédente
paging-next = Suivante

## overview.html

title-overview = Vue d'ensemble
overview-heading = Vue d'ensemble
overview-late = en retard
overview-notices = Avis ouverts
overview-notices-none = Aucun avis n'est ouvert.
overview-notices-all = { $count ->
    [0] Voir les avis
    [one] Voir l'avis ouvert
   *[other] Voir les { $count } avis ouverts
}
overview-requests = Demandes des personnes concernées par échéance
overview-requests-all = { $count ->
    [0] Voir la file des demandes
    [one] Voir la demande ouverte
   *[other] Voir les { $count } demandes ouvertes
}
overview-records = Fiches en fin de durée de conservation
overview-records-expired = Expirées, en attente d'une décision
overview-records-expiring-7 = Expirent dans les 7 jours
overview-records-expiring-30 = Expirent dans les 30 jours
overview-activity = Votre activité récente
overview-activity-record = la fiche
overview-activity-all = Toutes vos entrées du journal d'audit
overview-activity-none = Rien pour l'instant.

## requests.html : filtres, ordre et total

requests-total = { $count ->
    [one] Une demande
   *[other] { $count } demandes
}
requests-filter-form = Filtrer les demandes
requests-filter-kind = Type
requests-filter-kind-any = Tous les types
requests-filter-due = Échéance
requests-filter-due-any = Toutes
requests-due-overdue = En retard
requests-due-soon = Échéance dans les 7 jours
requests-due-later = Échéance plus tard
requests-sort = Ordre
requests-sort-due = Échéance la plus proche d'abord
requests-sort-desc-due = Échéance la plus lointaine d'abord
requests-sort-received = Les plus anciennes d'abord
requests-sort-desc-received = Les plus récentes d'abord
requests-filter-apply = Afficher
requests-filter-clear = Afficher toutes les demandes ouvertes

## notifications.html : filtres et total

notifications-show-all = Tous
notifications-total = { $count ->
    [one] Un avis
   *[other] { $count } avis
}
notifications-filter-form = Filtrer les avis
notifications-filter-show = Lesquels
notifications-filter-kind = Au sujet de
notifications-filter-kind-any = Tout
notifications-filter-apply = Afficher
notifications-filter-clear = Afficher tous les avis ouverts

## audit.html : total

audit-total = { $count ->
    [one] Une entrée
   *[other] { $count } entrées
}
