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
