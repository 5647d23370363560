# Saved views, each user's columns and actions on ticked records of the
# customers list.

title-views = Vues enregistrées
title-bulk = Fiches cochées
title-bulk-done = Fiches cochées
customers-col-pick = Cocher
customers-pick = Cocher { $name }
customers-col-phone = Téléphone
customers-col-created = Créée
customers-col-updated = Modifiée
columns-summary = Colonnes
columns-legend = Colonnes à afficher en plus du nom
columns-button = Afficher ces colonnes
flash-columns-chosen = Vos colonnes sont enregistrées.
views-nav = Vues enregistrées
views-shared-badge = partagée
views-manage = Gérer les vues
views-save-summary = Enregistrer cette vue
views-name-label = Nom de la vue
views-save-hint = Garde les filtres et l’ordre affichés, jamais les mots recherchés.
views-with-columns = Avec mes colonnes
views-share = Partager avec l’équipe
views-save-button = Enregistrer la vue
views-query-label = Filtres de la liste
flash-view-saved = Vue enregistrée.
flash-view-changed = Vue modifiée.
flash-view-deleted = Vue supprimée.
views-heading = Vues enregistrées
views-intro = Une vue garde sous un nom les filtres et l’ordre de la liste des clients. Les vôtres ne sont vues que par vous ; les vues partagées par toute l’organisation, et seuls les admins les partagent, les renomment ou les suppriment.
views-caption = Vues enregistrées
views-col-name = Nom
views-col-who = Visible par
views-col-change = Modifier
views-shared = Tout le monde
views-yours = Vous
views-rename-label = Nouveau nom pour { $name }
views-rename-button = Enregistrer
views-delete-button = Supprimer
views-delete-label = Supprimer la vue { $name }
views-none = Aucune vue enregistrée : choisissez des filtres dans la liste des clients, puis « Enregistrer cette vue ».
views-back = Retour aux clients
bulk-legend = Avec les fiches cochées
bulk-action-label = Action
bulk-action-complete = Clore
bulk-action-reopen = Rouvrir
bulk-action-note = Ajouter une note
bulk-action-set_field = Renseigner un champ
bulk-body-label = Note
bulk-body-hint = Pour « Ajouter une note ».
bulk-set-label = Champ et valeur
bulk-set-none = Aucun
bulk-set-hint = Pour « Renseigner un champ ».
bulk-apply = Appliquer aux fiches cochées
bulk-export = Exporter les fiches cochées
bulk-heading = { $count ->
    [one] Appliquer à { $count } fiche cochée
   *[other] Appliquer à { $count } fiches cochées
}
bulk-ids-label = Fiches cochées
bulk-back = Retour aux clients
bulk-done-heading = Fiches cochées
bulk-done-complete = { $count ->
    [one] { $count } close
   *[other] { $count } closes
}
bulk-done-reopen = { $count ->
    [one] { $count } rouverte
   *[other] { $count } rouvertes
}
bulk-done-note = { $count ->
    [one] Note ajoutée à { $count } fiche
   *[other] Note ajoutée à { $count } fiches
}
bulk-done-set_field = { $count ->
    [one] Champ renseigné sur { $count } fiche
   *[other] Champ renseigné sur { $count } fiches
}
bulk-not = { $count } non :
bulk-no-name = Une fiche sans nom
bulk-why-restricted = son traitement est limité
bulk-why-anonymized = elle est anonymisée
bulk-why-state-complete = elle n’est pas active
bulk-why-state-reopen = elle n’est pas close
bulk-why-gone = elle n’existe plus
audit-event-user-columns_set = Colonnes de la liste choisies
audit-event-view-saved = Vue enregistrée
audit-event-view-changed = Vue modifiée
audit-event-view-deleted = Vue supprimée
fault-is-the-name-of-another-view-already = est déjà le nom d’une autre vue
fault-tick-at-least-one-record = cochez au moins une fiche
fault-tick-at-most-n-records-at-once = cochez au plus { $n1 } fiches à la fois
fault-choose-a-custom-field-of-this-organisation = choisissez un champ personnalisé de cette organisation
fault-only-a-choice-or-yes-no-field-is-set-on-many-records-at-once = seul un champ à choix ou oui/non se renseigne sur plusieurs fiches à la fois
fault-must-be-complete-reopen-note-or-set-field = doit être complete, reopen, note ou set_field
fault-must-be-at-most-n-columns = doit compter au plus { $n1 } colonnes
fault-only-admins-and-owners-share-views-with-everyone-save-it-as-your-own = seuls les admins et propriétaires partagent des vues avec tous ; enregistrez-la comme la vôtre
fault-only-admins-and-owners-change-or-delete-a-view-shared-with-everyone = seuls les admins et propriétaires modifient ou suppriment une vue partagée avec tous
fault-you-keep-n-views-already-delete-one-first = vous avez déjà { $n1 } vues ; supprimez-en une d’abord
fault-export-either-the-ticked-records-or-a-list-view-state-q-not-both = exportez soit les fiches cochées, soit une vue de la liste (state, q), pas les deux
audit-target-view = vue { $id }
