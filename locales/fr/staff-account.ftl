# Pages du personnel : connexion, compte personnel, jetons d’API,
# utilisateurs et journal d’audit. Les clés commencent par le nom de leur
# modèle.
#
# Le lecteur est vouvoyé. Rôles comme dans staff.ftl : Lecteur,
# Collaborateur, Administrateur, Propriétaire.

## login.html

# Le titre de l’onglet du navigateur sur la page de connexion.
login-page-title = Connexion · Steward
login-heading = Se connecter à Steward
login-organisation = Organisation
login-email = E-mail
login-password = Mot de passe
login-totp = Code de votre application d’authentification
login-submit = Se connecter

## account.html

account-heading = Votre compte
account-totp-heading = Authentification à deux facteurs
account-totp-on = Activée : la connexion exige un code de votre application d’authentification.
account-totp-disable-code-label = Code actuel, pour la désactiver
account-totp-disable = Désactiver
account-totp-enrol-intro = Ajoutez ce compte à votre application d’authentification à l’aide de la clé ci-dessous (ou ouvrez le lien sur le téléphone où l’application est installée), puis saisissez le code qu’elle affiche.
account-totp-key = Clé
account-totp-link = Lien
account-totp-pending = La configuration a commencé : saisissez le code affiché par votre application d’authentification pour activer l’authentification à deux facteurs.
account-totp-confirm-code-label = Code de l’application
account-totp-confirm = Activer
account-totp-restart = Recommencer avec une nouvelle clé
# Suivi de account-totp-off-explained dans le même paragraphe.
account-totp-off = Désactivée.
account-totp-off-explained = Lorsqu’elle est activée, la connexion exige, en plus de votre mot de passe, un code fourni par une application, par exemple une application d’authentification installée sur votre téléphone.
account-totp-set-up = Configurer l’authentification à deux facteurs
account-zone-heading = Fuseau horaire
# Le libellé de la liste des fuseaux horaires.
account-zone-label = Afficher les heures dans le fuseau
account-zone-save = Enregistrer
account-password-heading = Mot de passe
account-password-current-label = Mot de passe actuel
account-password-new-label = Nouveau mot de passe
account-password-new-hint = 12 caractères minimum
account-password-change = Changer le mot de passe
account-password-ends-sessions = Le changement de mot de passe met fin à vos autres sessions.
account-sessions-heading = Vos sessions ouvertes
# En-têtes du tableau des sessions ; « Provenance » est l’adresse IP.
account-sessions-signed-in = Ouverte le
account-sessions-last-used = Dernière activité
account-sessions-from = Provenance
account-sessions-browser = Navigateur
account-sessions-action = Action
account-sessions-this = cette session
account-sessions-end = Fermer

## tokens.html

tokens-heading = Jetons d’API
# Suivi de l’en-tête (tokens-intro-header, affiché comme du code) et d’un point.
tokens-intro-sent-as = Les programmes s’authentifient à l’aide d’un jeton, transmis sous la forme
# L’en-tête HTTP lui-même : identique dans toutes les langues.
tokens-intro-header = Authorization: Bearer stw_…
tokens-intro-role = Un jeton agit avec les droits de son rôle, jamais au-delà des vôtres.
tokens-created = Le jeton « { $name } » est créé.
# Suivi du secret du jeton.
tokens-created-copy = Copiez-le maintenant ; il ne sera plus affiché :
tokens-name = Nom
tokens-role = Rôle
tokens-made = Créé le
tokens-last-used = Dernière utilisation
tokens-status = Statut
tokens-never-used = jamais
tokens-revoked = révoqué le { $date }
# Le bouton ; les lecteurs d’écran entendent ensuite le nom du jeton.
tokens-revoke = Révoquer
tokens-none = Aucun jeton pour l’instant.
tokens-new-heading = Nouveau jeton
tokens-new-name-label = Usage prévu
tokens-new-name-hint = p. ex. le système de facturation
tokens-new-submit = Créer le jeton

## users.html

users-heading = Utilisateurs
users-created = { $email } peut désormais se connecter.
# Suivi du mot de passe généré, puis de users-created-password-after.
users-created-password = Son mot de passe est
users-created-password-after = — transmettez-le-lui par un moyen sûr ; il ne sera plus affiché.
users-caption = Utilisateurs de cette organisation
users-name = Nom
users-email = E-mail
users-role = Rôle
users-status = Statut
users-change = Modifier
# Après le nom de la personne qui consulte la page.
users-you = (vous)
users-refused = Rien n’a été modifié pour { $name } : { $reason }
users-disabled = désactivé
users-active = actif
users-totp = deux facteurs
users-role-of = Rôle de l’utilisateur { $name }
users-set-role = Définir le rôle
# Pour les lecteurs d’écran uniquement, après users-set-role.
users-set-role-of = de l’utilisateur { $name }
# Les boutons ; les lecteurs d’écran entendent ensuite le nom de l’utilisateur.
users-enable = Activer
users-disable = Désactiver
users-reset-totp = Réinitialiser l’authentification à deux facteurs
# Pour les lecteurs d’écran uniquement, après users-reset-totp.
users-reset-totp-of = de l’utilisateur { $name }
users-new-heading = Nouvel utilisateur
users-password = Mot de passe
users-password-hint = 12 caractères minimum ; laissez vide pour en générer un automatiquement
users-new-submit = Ajouter l’utilisateur
users-roles-explained = Les lecteurs consultent les dossiers ; les collaborateurs peuvent en outre les modifier et répondre aux demandes ; les administrateurs peuvent en outre effacer des dossiers et gérer la conservation, les utilisateurs, les jetons et les intégrations ; les propriétaires peuvent en outre désigner d’autres propriétaires.

## audit.html

audit-heading = Journal d’audit
audit-intro = Qui a fait quoi, quand et d’où — jamais aucune donnée personnelle.
audit-intro-chain = Chaque entrée est chaînée à la précédente par une empreinte (hachage) : toute entrée modifiée ou supprimée est ainsi détectée.
audit-check-ok = { $count ->
    [one] La chaîne est intacte : { $count } entrée vérifiée.
   *[other] La chaîne est intacte : { $count } entrées vérifiées.
}
# { $reason } explique le problème, tel que la vérification l’a constaté.
audit-check-broken = La chaîne est rompue à l’entrée { $seq } : { $reason }
audit-check = Vérifier la chaîne
audit-caption = Entrées du journal d’audit, les plus récentes en premier
audit-when = Date
audit-what = Action
audit-who = Auteur
audit-about = Objet
# L’adresse IP d’où provient l’action.
audit-from = Provenance
audit-older = Entrées plus anciennes
audit-newest = Entrées les plus récentes

## audit.html: the filter, the export, names
audit-filter-heading = Filtrer
audit-filter-actor = Qui
audit-filter-actor-any = Tout le monde
audit-filter-actor-system = Steward lui-même (tâches, ligne de commande)
audit-filter-action = Ce qui s’est passé
audit-filter-action-any = Tout événement
audit-filter-record = ID du dossier ou de l’élément
audit-filter-from = Du
audit-filter-to = Au (inclus)
audit-filter-dates-hint = Les jours vont de minuit à minuit UTC.
audit-filter-apply = Afficher
audit-filter-clear = Afficher toutes les entrées
audit-export = Exporter ces entrées (CSV)
audit-export-hint = Le fichier contient toutes les entrées correspondant au filtre, pas seulement cette page ; l’export est lui-même consigné.
audit-none = Aucune entrée ne correspond au filtre.
audit-token = jeton d’API

## Audit events in words (the code shows beside them)
audit-event-auth-login = Connexion
audit-event-auth-login_failed = Échec de connexion
audit-event-auth-logout = Déconnexion
audit-event-auth-password_changed = Mot de passe modifié
audit-event-auth-session_revoked = Session fermée manuellement
audit-event-auth-totp_enrol_started = Configuration de la double authentification commencée
audit-event-auth-totp_enabled = Double authentification activée
audit-event-auth-totp_disabled = Double authentification désactivée
audit-event-customer-created = Dossier créé
audit-event-customer-bulk_created = Dossiers créés en lot
audit-event-customer-updated = Dossier modifié
audit-event-customer-read = Dossier ouvert
audit-event-customer-listed = Dossiers affichés dans une liste
audit-event-customer-notes_read = Notes lues
audit-event-customer-note_added = Note ajoutée
audit-event-customer-consent_read = Consentements lus
audit-event-customer-consent_changed = Consentement modifié
audit-event-customer-objected_to_marketing = Opposition à la prospection
audit-event-customer-processing_stopped = Traitement arrêté après une opposition
audit-event-customer-completed = Dossier clos
audit-event-customer-reopened = Dossier rouvert
audit-event-customer-restricted = Traitement limité
audit-event-customer-restriction_lifted = Limitation levée
audit-event-customer-hold_placed = Conservation pour motif juridique posée
audit-event-customer-hold_released = Conservation pour motif juridique levée
audit-event-customer-copied = Copie faite pour la personne
audit-event-customer-merged = Dossiers fusionnés
audit-event-customer-history_read = Historique des champs lu
audit-event-customer-task_added = Tâche ajoutée
audit-event-customer-task_done = Tâche faite
audit-event-customer-tasks_read = Tâches lues
audit-event-customer-shredded = Dossier détruit
audit-event-customer-anonymized = Dossier anonymisé
audit-event-customers-exported = Liste des clients exportée
audit-event-export-downloaded = Export téléchargé
audit-event-field-created = Champ personnalisé ajouté
audit-event-field-updated = Champ personnalisé modifié
audit-event-field-deleted = Champ personnalisé supprimé
audit-event-import-uploaded = Fichier d’import envoyé
audit-event-import-mapped = Colonnes d’import choisies
audit-event-import-started = Import lancé
audit-event-import-finished = Import terminé
audit-event-import-failed = Échec de l’import
audit-event-import-cancelled = Import annulé
audit-event-import-expired = Import expiré sans être lancé
audit-event-import-refused_read = Lignes refusées téléchargées
audit-event-integration-created = Intégration ajoutée
audit-event-integration-updated = Intégration modifiée
audit-event-integration-deleted = Intégration supprimée
audit-event-integration-disabled = Intégration désactivée
audit-event-integration-secret_rotated = Secret de l’intégration renouvelé
audit-event-integration-delivery_retried = Envoi relancé
audit-event-integration-hook_received = Message reçu d’un outil
audit-event-integration-snapshot_requested = Liste complète des consentements demandée
audit-event-notification-acknowledged = Notification prise en compte
audit-event-purpose-labelled = Finalité nommée
audit-event-purpose-unlabelled = Nom de la finalité retiré
audit-event-recipient-created = Destinataire ajouté
audit-event-recipient-changed = Destinataire modifié
audit-event-recipient-deleted = Destinataire supprimé
audit-event-request-received = Demande reçue
audit-event-request-verified = Demande confirmée par e-mail
audit-event-request-fulfilled = Demande satisfaite
audit-event-request-rejected = Demande refusée
audit-event-request-extended = Délai de la demande prolongé
audit-event-request-restricted = Fiches limitées pendant l'examen d'une demande
audit-event-request-lift_announced = Levée de la limitation d'une demande annoncée à la personne
audit-event-request-restriction_lifted = Limitation accordée sur demande levée
audit-event-request-downloaded = Copie téléchargée par la personne
audit-event-request-identity_document_uploaded = Pièce d’identité téléversée par la personne
audit-event-request-identity_confirmed = Identité du demandeur confirmée
audit-event-request-identity_refused = Identité du demandeur non confirmée ; demande rejetée
audit-event-retention-changed = Règle de conservation modifiée
audit-event-retention-expired = Durées de conservation écoulées
audit-event-retention-reminded = Rappels envoyés
audit-event-retention-anonymized = Dossiers anonymisés par la règle
audit-event-retention-shredded = Dossiers détruits par la règle
audit-event-tenant-created = Organisation créée
audit-event-tenant-settings_changed = Paramètres de l’organisation modifiés
audit-event-tenant-logo_set = Logo défini
audit-event-tenant-logo_removed = Logo supprimé
audit-event-tenant-exported = Organisation exportée
audit-event-tenant-cancelled = Organisation résiliée
audit-event-tenant-purge_warned = Avertissement avant la suppression définitive
audit-event-token-created = Jeton d’API créé
audit-event-token-revoked = Jeton d’API révoqué
audit-event-user-created = Utilisateur ajouté
audit-event-user-updated = Utilisateur modifié
audit-event-user-language_set = Langue des pages choisie
audit-event-user-time_zone_set = Fuseau horaire choisi
audit-event-audit-exported = Journal d’audit exporté
audit-event-request-viewed = Détails d’une demande consultés
audit-event-request-rectified = Rectification décidée (champs nommés)
