# L'histoire d'une fiche : chronologie, tâches et consultations résumées
# dans son journal d'audit.

notice-task-due = Une tâche sur une fiche arrive à échéance

## The timeline

timeline-heading = Chronologie
timeline-none = Rien ne s’est encore passé sur cette fiche.
timeline-show-more = Afficher toute la chronologie
timeline-changed-from-to = { $field } modifié de « { $before } » à « { $after } »
timeline-changed = { $field } modifié
timeline-empty = vide
timeline-note = Note
timeline-consent-granted = Consentement donné pour { $purpose }
timeline-consent-withdrawn = Consentement retiré pour { $purpose }
timeline-request-open = ouvrir la demande
timeline-field-name = Nom
timeline-field-email = E-mail
timeline-field-phone = Téléphone
timeline-field-company = Entreprise
timeline-field-address = Adresse
timeline-field-language = Langue préférée

## Tasks

tasks-heading = Tâches
tasks-none = Aucune tâche.
tasks-text = À faire
tasks-due = Échéance le
tasks-assignee = Pour
tasks-add = Ajouter la tâche
tasks-due-for = échéance { $due }, pour { $who }
tasks-overdue = en retard
tasks-mark-done = Marquer comme faite
tasks-done-at = faite { $at }
flash-task-added = La tâche est ajoutée.
flash-task-done = La tâche est marquée comme faite.

## The audit trail's reads

trail-reads-summary = Consultée { $times ->
    [one] une fois
   *[other] { $times } fois
} par { $people ->
    [one] une personne
   *[other] { $people } personnes
}, dernière fois { $last }.
trail-reads-show = Afficher aussi les consultations
trail-reads-hide = Masquer les consultations
