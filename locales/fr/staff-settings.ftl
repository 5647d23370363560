# Pages du personnel : paramètres de conservation, champs personnalisés et
# intégrations. Les clés commencent par le nom de leur modèle.
#
# Termes : durée de conservation, politique de conservation (policy),
# dossier clôturé, détruire (shred), secret de signature (signing secret),
# instantané des consentements (consent snapshot), envoi (delivery),
# destinataire (receiver). Rôles comme dans staff.ftl : Lecteur,
# Collaborateur, Administrateur, Propriétaire.

## retention.html

retention-heading = Conservation
retention-intro = Un dossier clôturé est conservé pendant la durée indiquée ci-dessous ; Steward applique ensuite l’action choisie.
# { $date } est une date et une heure.
retention-last-changed = Dernière modification le { $date }.
# La phrase d’aperçu est coupée autour de ses deux valeurs mises en évidence :
# retention-preview-period, puis la durée saisie (P90D), puis
# retention-preview-expires, puis une date et une heure, puis retention-preview-end.
retention-preview-period = Avec une durée de
retention-preview-expires = , les dossiers clôturés aujourd’hui arriveront à expiration le
retention-preview-end = .
# { $count } dossiers auraient déjà dépassé la durée.
retention-preview-past = { $count ->
    [one] { $count } dossier clôturé aurait déjà dépassé cette durée.
   *[other] { $count } dossiers clôturés auraient déjà dépassé cette durée.
}
# Comme retention-preview-past ; { $newly } d’entre eux ne sont pas expirés
# selon la politique en vigueur (toujours plus de 0 ici).
retention-preview-past-newly = { $count ->
    [one] { $count } dossier clôturé aurait déjà dépassé cette durée, dont { $newly } pas encore expiré selon la politique actuelle.
   *[other] { $count } dossiers clôturés auraient déjà dépassé cette durée, dont { $newly } pas encore expirés selon la politique actuelle.
}
retention-expire-after = Conserver les dossiers clôturés pendant
retention-expire-after-hint = Choisissez un nombre et une unité. Une semaine compte 7 jours, un mois 31 jours et une année 366 jours, afin qu'une durée ne se termine jamais avant la même date du calendrier ; au maximum 36 500 jours (environ 100 ans).
retention-action = À l’issue de la durée de conservation
retention-action-notify = Nous avertir, de façon répétée jusqu’à ce que quelqu’un intervienne
retention-action-anonymize = Anonymiser le dossier
retention-action-shred = Détruire le dossier
retention-remind-every = Intervalle entre les rappels
retention-remind-every-hint = À quelle fréquence les fiches expirées sont présentées à nouveau jusqu'à ce que quelqu'un agisse. Les mois et les années comptent comme ci-dessus ; vide, c'est une semaine.
retention-email-to = Envoyer les récapitulatifs à
retention-email-to-hint = Une adresse par ligne ; si le champ est vide, ils sont envoyés aux administrateurs et aux propriétaires
retention-webhook = Annoncer également l’expiration aux outils connectés par webhook
retention-save = Enregistrer
retention-preview = Aperçu sans enregistrer

## fields.html

fields-heading = Champs personnalisés
fields-col-label = Libellé
fields-col-key = Clé
fields-col-type = Type
fields-col-visible-to = Visible par
fields-col-rules = Règles
# { $role } est le code enregistré du rôle le plus bas qui voit le champ ;
# la variante other couvre toute autre valeur.
fields-visible-to = { $role ->
    [viewer] Lecteurs et rôles supérieurs
    [staff] Collaborateurs et rôles supérieurs
    [admin] Administrateurs et propriétaires
    [owner] Propriétaires uniquement
   *[other] { $role } et rôles supérieurs
}
fields-rule-required = obligatoire
fields-rule-personal = personnel
fields-none = Aucun champ personnalisé pour l’instant.
fields-new = Nouveau champ
fields-key = Clé
fields-key-hint = Nom du champ dans l’API : a–z, 0–9 et _, p. ex. loyalty_tier ; non modifiable par la suite
fields-kind = Type
fields-add = Ajouter le champ

## field.html

# { $label } est le libellé du champ.
field-heading = Champ personnalisé « { $label } »
field-all = Tous les champs
# Suivi de la clé du champ, puis de son type.
field-key = clé
field-fixed = (ni la clé ni le type ne peuvent être modifiés)
field-save = Enregistrer
field-delete-heading = Supprimer
field-delete-values = Ses valeurs disparaissent immédiatement de tous les dossiers.
field-delete-final = Cette opération est irréversible.
field-delete = Supprimer le champ

## field_form.html

field-form-label = Libellé
field-form-label-hint = Ce que les utilisateurs voient à côté de la valeur
field-form-options = Options (une par ligne)
field-form-options-hint = Uniquement pour un champ à choix dans une liste
# { $n } est le numéro de ligne de l’option ; { $error } ce qui ne va pas.
field-form-option-error = Option { $n } : { $error }
field-form-visible-to = Visible par
field-form-visible-viewer = Tout le monde (lecteurs et rôles supérieurs)
field-form-visible-staff = Collaborateurs et rôles supérieurs
field-form-visible-admin = Administrateurs et propriétaires
field-form-visible-owner = Propriétaires uniquement
field-form-required = Obligatoire : chaque dossier doit comporter une valeur
field-form-personal = Personnel : il peut permettre d’identifier une personne ; l’anonymisation le supprime donc

## integrations.html

integrations-heading = Intégrations
# Suivi de l’adresse de réception, /hooks/marketing/{id}, et d’un point.
integrations-intro = Outils de marketing et autres programmes informés des changements de consentement et des effacements par des webhooks signés, et qui signalent à Steward les désinscriptions à l’adresse
integrations-created = L’intégration est créée.
# Suivi du secret.
integrations-created-secret = Communiquez dès maintenant ce secret de signature à son destinataire ; il ne sera plus affiché :
integrations-open = Ouvrir l’intégration
integrations-col-receiver = Destinataire
integrations-col-events = Événements
integrations-col-status = Statut
integrations-col-pending = En attente
integrations-col-dead = Abandonnés
integrations-on = active
integrations-off = inactive
integrations-none = Aucune intégration pour l’instant.
integrations-new = Nouvelle intégration
integrations-url = URL du destinataire
integrations-url-hint = https://… — l’adresse à laquelle Steward envoie les webhooks signés
integrations-purpose = Finalité de consentement synchronisée
integrations-purpose-hint = La finalité de consentement dont les décisions sont synchronisées.
integrations-snapshot-every = Fréquence d’envoi d’un instantané complet des consentements
integrations-snapshot-every-hint = Au moins 1 heure et au plus 31 jours (un mois compte 31 jours) ; vide, c'est 1 jour.
integrations-enabled = Active : commencer les envois immédiatement
integrations-add = Ajouter l’intégration

## integration.html

integration-heading = Intégration
integration-all = Toutes les intégrations
# Suivi du secret.
integration-new-secret = Le nouveau secret de signature — communiquez-le dès maintenant au destinataire ; il ne sera plus affiché :
# { $until } est une date et une heure.
integration-rotating-until = Jusqu’au { $until }, les messages sont signés à la fois avec l’ancien et avec le nouveau secret.
integration-receiver = Destinataire
integration-status = Statut
integration-on = active
integration-off = inactive
integration-purpose = Finalité de consentement
integration-inbound = Adresse de réception
integration-pending = En attente
integration-dead = Abandonnés
integration-next-snapshot = Prochain instantané
integration-settings = Paramètres
integration-url = URL du destinataire
integration-snapshot-every = Fréquence d’envoi d’un instantané complet des consentements
integration-enabled = Active
integration-save = Enregistrer
integration-snapshot-now = Envoyer un instantané maintenant
integration-grace = Maintenir l’ancien secret valide pendant
integration-grace-hint = Combien de temps l'ancien secret continue de signer à côté du nouveau : au plus 7 jours ; 0 heure l'arrête aussitôt.
integration-rotate = Nouveau secret
integration-delete = Supprimer
integration-refused = « { $action } » n’a pas été fait : { $reason }
integration-deliveries = Envois
integration-filter-all = Tous
integration-filter-pending = En attente
integration-filter-delivered = Remis
integration-filter-dead = Abandonnés
integration-col-made = Créé le
integration-col-event = Événement
integration-col-state = État
integration-col-attempts = Tentatives
integration-col-answer = Dernière réponse
integration-col-action = Action
# Après l’état d’un envoi ; { $at } est une date et une heure.
integration-next-try = prochaine tentative le { $at }
# { $status } est le code de statut HTTP renvoyé par le destinataire.
integration-http-status = HTTP { $status }
integration-retry = Renvoyer
integration-older = Envois plus anciens
integration-none = Aucun envoi.
integration-none-in-state = Aucun envoi dans cet état.

## event_choices.html

event-choices-legend = Événements reçus
purposes-heading = Finalités du consentement
purposes-intro = Ce à quoi les clients peuvent consentir, par exemple une lettre d'information. L'équipe choisit une finalité par son libellé lorsqu'elle enregistre une décision ; les clients voient ce libellé dans leur copie et sur le portail.
purposes-none = Aucune finalité pour l'instant. Ajoutez la première ci-dessous.
purposes-col-label = Libellé
purposes-col-key = Clé pour les programmes
purposes-new-heading = Ajouter une finalité
purposes-label = Libellé
purposes-label-hint = Dans la langue de ces pages, tel que clients et équipe le liront, p. ex. Lettre d'information par e-mail
purposes-description = Description
purposes-description-hint = Facultatif : ce à quoi le client consent, en une ou deux phrases
purposes-key = Clé pour les programmes
purposes-key-hint = Facultatif : laissée vide, elle est formée à partir du libellé (Newsletter par e-mail devient newsletter_par_e_mail). Les programmes et l'API l'utilisent ; elle ne peut pas être modifiée ensuite.
purposes-add = Ajouter la finalité
integrations-purpose-default = La finalité par défaut (marketing_email)
event-type-consent-updated = Consentement donné ou retiré
event-type-consent-snapshot = Instantané complet des consentements
event-type-contact-forget = Contact à supprimer
event-type-customer-expired = Durée de conservation d'une fiche écoulée
event-type-customer-shredded = Fiche détruite
event-type-customer-anonymized = Fiche anonymisée
event-type-customer-merged = Deux fiches fusionnées
event-type-request-received = Demande d'un client reçue
fields-rule-correctable = rectifiable
field-form-correctable = Rectifiable : la personne peut demander via le portail que cette valeur soit corrigée (rectification, art. 16 RGPD)
