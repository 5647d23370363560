# Les pages du personnel : le cadre, les titres des pages, les pages d’erreur,
# les rôles et les messages affichés après une action. Les textes de chaque
# page se trouvent dans les autres fichiers staff-*.ftl.
#
# Termes : client, dossier (record), dossier client, demande d’exercice de
# droits, consentement, effacer (erase), détruire (shred), anonymiser,
# conservation pour motif juridique (legal hold), durée / politique de
# conservation (retention), intégration, destinataire, journal d’audit.
# Le lecteur est vouvoyé.

## Le cadre de chaque page après connexion

layout-skip = Aller au contenu
layout-menu = Menu principal
layout-customers = Clients
layout-inbox = Boîte de réception
layout-requests = Demandes
layout-retention = Conservation
layout-request-settings = Vérification d’identité
layout-fields = Champs
layout-users = Utilisateurs
layout-tokens = Jetons d’API
layout-integrations = Intégrations
layout-recipients = Destinataires
layout-audit = Journal d’audit
layout-organisation = Organisation
layout-sign-out = Se déconnecter
layout-search-form = Rechercher partout
layout-search-label = Rechercher des clients
layout-search-placeholder = Rechercher (touche /)
layout-search-button = Rechercher
layout-cancelled = Le compte de cette organisation est résilié : tout est en lecture seule jusqu’à la suppression définitive de ses données, sauf ce à quoi les clients ont droit — le consentement peut toujours être retiré et leurs demandes (y compris d’effacement) peuvent toujours recevoir une réponse.
field-required = (obligatoire)

## Rôles

role-viewer = Lecteur
role-staff = Collaborateur
role-admin = Administrateur
role-owner = Propriétaire

## Titres des pages

title-audit = Journal d’audit
title-sign-in = Connexion
title-account = Votre compte
title-tokens = Jetons d’API
title-fields = Champs personnalisés
title-field = Champ personnalisé
title-inbox = Boîte de réception
title-recipients = Destinataires
title-requests = Demandes
title-request-settings = Vérification d’identité
title-retention = Conservation
title-integrations = Intégrations
title-integration = Intégration
title-organisation = Organisation
title-users = Utilisateurs
title-customers = Clients
title-customer = Dossier client
title-edit-customer = Modifier le client
title-new-customer = Nouveau client
title-erase = Effacer un dossier client
title-bulk-erase = Effacer des dossiers
title-bulk-erased = Dossiers effacés

## Pages d’erreur

title-error-forbidden = Action non autorisée
title-error-not-found = Page introuvable
title-error-conflict = Impossible pour le moment
title-error-gone = Définitivement supprimé
title-error-too-many = Trop de tentatives
title-error-busy = Service momentanément surchargé
title-error-internal = Une erreur est survenue
title-error-invalid = Requête non valide
error-back = Retour aux clients

## La langue des pages de chacun, sur la page du compte

language-picker-heading = Langue
language-picker-label = Langue des pages
language-picker-hint = Les langues dans lesquelles les pages de Steward sont entièrement rédigées. Tant que vous n’en choisissez pas une, la langue par défaut de votre organisation s’applique.
language-picker-default = Langue par défaut de l’organisation ({ $language })
language-picker-save = Enregistrer

## Messages affichés après une action

flash-session-ended = Votre session a pris fin après une période d’inactivité. Veuillez vous reconnecter pour continuer.
flash-totp-required = Votre organisation exige que les administrateurs utilisent l’authentification à deux facteurs. Veuillez la configurer pour continuer.
flash-signed-in = Connexion réussie.
flash-signed-out = Déconnexion effectuée.
flash-session-revoked = Cette session a pris fin.
flash-totp-on = L’authentification à deux facteurs est activée : un code vous sera désormais demandé à chaque connexion.
flash-totp-off = L’authentification à deux facteurs est désactivée.
flash-time-zone-set = Les heures sont désormais affichées dans le fuseau horaire { $zone }.
flash-language-set = Les pages s’affichent désormais dans la langue choisie : { $language }.
flash-password-changed = { $count ->
    [one] Votre mot de passe est modifié ; { $count } autre session a pris fin.
   *[other] Votre mot de passe est modifié ; { $count } autres sessions ont pris fin.
}
flash-token-revoked = Le jeton est révoqué.
flash-retention-saved = La politique de conservation est enregistrée.
flash-customer-created = Le dossier client est enregistré.
flash-customer-saved = Vos modifications sont enregistrées.
flash-note-added = La note est ajoutée.
flash-consent-recorded = La décision relative au consentement est enregistrée.
flash-record-completed = Le dossier est clôturé ; sa durée de conservation a commencé à courir.
flash-record-reopened = Le dossier est de nouveau ouvert ; il n’arrive plus à expiration.
flash-record-restricted = Le traitement du dossier fait l’objet d’une limitation.
flash-record-unrestricted = La limitation du traitement est levée.
flash-record-held = Le dossier est placé en conservation pour motif juridique : il ne sera pas effacé.
flash-record-released = La conservation pour motif juridique est levée.
flash-record-shredded = Le dossier est détruit : ses données ont définitivement disparu, sauvegardes comprises.
flash-record-anonymized = Le dossier est anonymisé : ses données personnelles ont définitivement disparu.
flash-notice-acknowledged = Réception de la notification confirmée ; les rappels cessent.
flash-request-fulfilled = La demande a reçu une réponse.
flash-request-rejected = La demande est refusée ; le motif est communiqué à la personne.
flash-request-extended = Le délai est prolongé ; le motif est communiqué à la personne.
flash-request-identity-confirmed = Identité confirmée ; la demande est dans la file.
flash-request-identity-refused = Identité non confirmée ; la demande est rejetée et le motif est communiqué à la personne.
flash-request-settings-saved = Les réglages de vérification d’identité sont enregistrés.
flash-integration-saved = L’intégration est enregistrée.
flash-integration-snapshot = Un instantané des consentements sera envoyé lors de la prochaine exécution.
flash-integration-deleted = L’intégration est supprimée, ainsi que tout ce qui était encore en attente pour elle.
flash-delivery-retried = L’envoi est relancé.
flash-organisation-saved = Les paramètres sont enregistrés.
flash-organisation-cancelled = Le compte est résilié. Tout est désormais en lecture seule ; téléchargez l’export avant la suppression définitive.
flash-logo-saved = Le logo est enregistré.
flash-logo-removed = Le logo est supprimé.
flash-field-added = Le champ { $key } est ajouté.
flash-field-saved = Le champ est enregistré.
flash-field-deleted = Le champ est supprimé ; ses valeurs ont disparu de tous les dossiers.
flash-recipient-added = L’entrée est ajoutée au registre.
flash-recipient-saved = L’entrée du registre est enregistrée.
flash-recipient-removed = L’entrée est retirée du registre.
flash-user-role-changed = Le rôle est modifié.
flash-user-disabled = Le compte est désactivé ; ses sessions et ses jetons ne fonctionnent plus.
flash-user-enabled = Le compte est réactivé.
flash-user-totp-reset = L’authentification à deux facteurs est réinitialisée ; l’utilisateur peut la configurer de nouveau.

## Refus sur la page de connexion

sign-in-code-needed = Saisissez le code actuel de votre application d’authentification.
sign-in-refused = Connexion refusée : l’organisation, l’adresse e-mail ou le mot de passe est incorrect.
sign-in-throttled = { $seconds ->
    [one] Trop de tentatives infructueuses ; réessayez dans { $seconds } seconde.
   *[other] Trop de tentatives infructueuses ; réessayez dans { $seconds } secondes.
}

## Filtres au-dessus des listes (les clés reprennent la valeur du filtre)

filter-all = Tous les dossiers
filter-active = Ouverts
filter-complete = Clôturés
filter-expiring = Expirant bientôt
filter-expired = Expirés
filter-anonymized = Anonymisés
tab-open = Ouvertes
tab-identity = Identité à confirmer
tab-unverified = Non confirmées
tab-fulfilled = Traitées
tab-rejected = Refusées
tab-all = Toutes

## L’objet d’une notification, et les types de demande

notice-expired = Durée de conservation écoulée : effacer ou conserver ce dossier
notice-anonymized = Dossier anonymisé par la politique de conservation
notice-shredded = Dossier détruit par la politique de conservation
notice-returned = Un dossier restauré depuis une sauvegarde a de nouveau été effacé
notice-request-received = Une nouvelle demande d’exercice de droits a été confirmée et attend une réponse
notice-request-identity = Une nouvelle demande d’exercice de droits a été confirmée ; l’identité du demandeur doit être confirmée avant la réponse
notice-request-due-soon = Une demande d’exercice de droits arrive bientôt à échéance
notice-request-overdue = Une demande d’exercice de droits est en retard
notice-integration-disabled = Un outil de marketing a été désactivé
request-kind-copy = Copie des données
request-kind-erasure = Effacement
request-kind-withdraw-consent = Retrait du consentement
request-kind-portability = Données à emporter

## Auteur et objet d’une action, dans le journal d’audit

audit-actor-user = utilisateur { $id }
audit-actor-token = jeton { $id }
audit-actor-system = système
audit-actor-anonymous = anonyme
audit-actor-integration = intégration { $id }
audit-target-customer = client { $id }
audit-target-user = utilisateur { $id }
audit-target-api_token = jeton d’API { $id }
audit-target-field = champ { $id }
audit-target-import = import { $id }
audit-target-integration = intégration { $id }
audit-target-notification = notification { $id }
audit-target-purpose = finalité { $id }
audit-target-recipient = destinataire { $id }
audit-target-request = demande { $id }
audit-target-session = session { $id }
audit-target-tenant = organisation { $id }
audit-actor-other = { $kind } { $id }
audit-target-other = { $kind } { $id }

## Les types de champs personnalisés

field-kind-text = Texte
field-kind-number = Nombre
field-kind-date = Date
field-kind-bool = Oui ou non
field-kind-select = Choix dans une liste

## Valeurs enregistrées, telles que les pages les affichent

customer-state-active = ouvert
customer-state-complete = clôturé
customer-state-anonymized = anonymisé
customer-source-staff = personnel
customer-source-portal = portail
customer-source-sync = outil de marketing
customer-source-import = importation
# Après « par » (note) et dans la colonne « Par ».
actor-you = vous
actor-user = un membre de l’équipe
actor-token = un jeton d’API
actor-integration = un outil connecté
actor-customer = le client
actor-steward = Steward
field-yes = oui
field-no = non
# Après « fermée : » (une notification).
notice-closed-acknowledged = réception confirmée
notice-closed-reopened = dossier rouvert
notice-closed-held = conservation pour motif juridique
notice-closed-rescheduled = échéance recalculée
notice-closed-closed = demande clôturée
notice-closed-shredded = dossier détruit
notice-closed-anonymized = dossier anonymisé
# L’état d’une demande (féminin).
request-state-unverified = non confirmée
request-state-identity = identité à confirmer
request-state-open = ouverte
request-state-fulfilling = en cours de traitement
request-state-fulfilled = traitée
request-state-rejected = refusée
request-outcome-copy_sent = copie envoyée
request-outcome-no_data = aucune donnée
request-outcome-erased = données effacées
request-outcome-erased_partly = données partiellement effacées
request-outcome-refused_hold = refusée : conservation pour motif juridique
request-outcome-withdrawn = consentement retiré
request-outcome-rejected = refusée
request-kind-copy-lower = copie des données
request-kind-erasure-lower = effacement
request-kind-withdraw-consent-lower = retrait du consentement
request-kind-portability-lower = données à emporter
safeguard-short-adequacy = Décision d’adéquation (art. 45 du RGPD)
safeguard-short-scc = Clauses types de protection des données (art. 46.2.c du RGPD)
safeguard-short-bcr = Règles d’entreprise contraignantes (art. 47 du RGPD)
safeguard-short-derogation = Dérogation pour une situation particulière (art. 49 du RGPD)
recipients-sent-consent = adresse e-mail et décisions en matière de consentement pour la finalité { $purpose }
recipients-sent-erasure = adresse e-mail en cas d’effacement des données de la personne
recipients-sent-record-events = identifiant du dossier lorsque celui-ci arrive à expiration ou est effacé

## Refus expliqués par les pages elles-mêmes

erase-refused-name = Pour confirmer, saisissez le nom du client exactement tel qu’il est affiché.
bulk-erase-refused-count = Pour confirmer, saisissez le nombre de dossiers : { $count }. Aucun dossier n’a été effacé.
customer-form-conflict = Une autre personne a modifié ce dossier pendant que vous le modifiiez. Le formulaire contient toujours vos modifications ; vérifiez le dossier, puis enregistrez de nouveau pour remplacer les siennes.

## The inbox: the count in the menu (read after "Inbox"), acknowledging several
layout-inbox-open =
{ $count ->
    [one] une notification ouverte
   *[other] { $count } notifications ouvertes
}
flash-notices-acknowledged =
{ $count ->
    [one] Une notification prise en compte ; ses rappels s’arrêtent.
   *[other] { $count } notifications prises en compte ; leurs rappels s’arrêtent.
}
flash-notices-none-ticked = Sélectionnez au moins une notification.
field-fault-predicate = « { $label } » { $reason }.
field-fault = « { $label } » : { $reason }
form-fix-fields =
    { $count ->
        [one] Corrigez ce champ :
       *[other] Corrigez ces { $count } champs :
    }
form-other-field = Un autre champ (voir le formulaire ci-dessous)
period-amount = Nombre
period-unit = Unité
period-unit-seconds = secondes
period-unit-minutes = minutes
period-unit-hours = heures
period-unit-days = jours
period-unit-weeks = semaines
period-unit-months = mois
period-unit-years = années
period-stored-as = Enregistré comme { $period }
layout-purposes = Finalités du consentement
title-purposes = Finalités du consentement
flash-purpose-added = La finalité est ajoutée ; l'équipe peut maintenant la choisir.

request-kind-objection = Opposition
request-kind-objection-lower = opposition
request-outcome-objected = prospection arrêtée
request-outcome-processing_stopped = traitement arrêté

# Rectification requests (Art. 16).
request-kind-rectification = Rectification
request-kind-rectification-lower = rectification
request-outcome-rectified = informations rectifiées
request-outcome-rectification_declined = rectification refusée
requests-rectification-review = Examiner les corrections
requests-rectification-review-skip = demandées dans cette demande
flash-request-rectified = Décisions enregistrées ; la personne a été informée.
title-rectification = Rectification
rectification-heading = Corrections demandées
rectification-back = Retour à la demande
rectification-intro = La personne indique que ces informations sont inexactes. Décidez pour chacune : accepter corrige chaque fiche correspondante ; refuser exige un motif communiqué à la personne.
rectification-note = Explication de la personne
rectification-caption = Valeurs actuelles dans { $count } fiches correspondantes à côté des valeurs demandées
rectification-col-detail = Information
rectification-col-record = Fiche { $n }
rectification-col-proposed = Demandé
rectification-col-decision = Décision
rectification-empty = aucune valeur
rectification-decide = Décision sur { $detail }
rectification-accept = Accepter
rectification-decline = Refuser
rectification-reason = Motif du refus (communiqué à la personne)
rectification-accepted = Acceptée
rectification-declined = Refusée
rectification-submit = Enregistrer les décisions et informer la personne
request-kind-restriction = Limitation
request-kind-restriction-lower = limitation
request-outcome-restricted = traitement limité
requests-stop-processing = Cesser le traitement
requests-uphold = Maintenir — indiquer les motifs impérieux
requests-uphold-button = Maintenir le traitement
requests-restrict-now = Limiter les fiches dès maintenant, le temps de décider
requests-restricted-meanwhile = Les fiches sont limitées le temps de décider ; la personne est informée avant toute levée.
flash-request-restricted = Les fiches sont limitées le temps de décider de la demande.
