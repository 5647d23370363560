# Pages du personnel : la boîte de réception des notifications, la file des
# demandes, le registre des destinataires et les paramètres de
# l’organisation. Les clés commencent par le nom de leur modèle.
#
# La destruction d’un dossier (« shred ») l’efface définitivement,
# sauvegardes comprises ; l’anonymisation ne retire que les données
# personnelles. La conservation pour motif juridique (« legal hold »)
# empêche tout effacement.

## notifications.html

notifications-heading = Boîte de réception
# Liens qui basculent entre les notifications ouvertes et fermées.
notifications-show-open = Ouvertes
notifications-show-closed = Fermées
# Après l’heure de la notification : combien de rappels ont été envoyés.
notifications-reminded = { $count ->
    [one] relancée { $count } fois
   *[other] relancée { $count } fois
}
notifications-record-gone = Dossier plus conservé
notifications-see-request = Voir la demande
notifications-integration-back-on = Réactivez l’intégration dans ses paramètres dès que l’outil accepte de nouveau les envois.
# Boutons d’une notification dont la durée de conservation est écoulée ; le
# nom du client suit pour les lecteurs d’écran.
notifications-shred = Détruire…
notifications-anonymize = Anonymiser…
notifications-reopen = Rouvrir
# Le motif demandé avant de placer le dossier en conservation pour motif juridique.
notifications-hold-reason = Motif de la conservation
notifications-hold = Placer en conservation
notifications-acknowledge = Accuser réception
notifications-none-closed = Aucune notification fermée pour l’instant.
notifications-none-open = Rien ne requiert votre attention.
notifications-more = Afficher plus

## requests.html

requests-heading = Demandes
requests-caption = Demandes d’exercice de droits, les plus proches de leur échéance en premier
# En-têtes de colonnes de la file.
requests-col-request = Demande
requests-col-received = Reçue le
requests-col-due = Échéance
requests-col-state = État
requests-col-records = Dossiers
requests-col-answer = Réponse
# Badges à côté de la date d’échéance.
requests-overdue = en retard
requests-extended = prolongée
# requests-fulfil-erasure ouvre la confirmation ; les lecteurs d’écran
# entendent ensuite requests-fulfil-erasure-skip.
requests-fulfil-erasure = Donner suite…
requests-fulfil-erasure-skip = à cette demande d’effacement
requests-shred-warning = { $count ->
    [one] Cette action détruit définitivement { $count } dossier correspondant, sauvegardes comprises, sauf s’il fait l’objet d’une conservation pour motif juridique.
   *[other] Cette action détruit définitivement les { $count } dossiers correspondants, sauvegardes comprises, sauf ceux qui font l’objet d’une conservation pour motif juridique.
}
requests-shred-and-answer = Détruire et répondre
requests-erasure-admin-only = Les demandes d’effacement sont traitées par un administrateur.
# Le bouton ; les lecteurs d’écran entendent ensuite requests-fulfil-skip,
# avec le type de demande en minuscules (« copie des données »).
requests-fulfil = Donner suite
requests-fulfil-skip = à cette demande ({ $kind })
requests-reject = Refuser
# Le libellé du motif donné lors d’un refus ou d’une prolongation.
requests-reason-label = Motif (communiqué à la personne)
requests-extend = Prolonger
# Le libellé du choix du nombre de mois de prolongation du délai.
requests-extend-by = Prolonger de
requests-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
requests-none = Aucune demande ici.
requests-due-rule = (un mois à compter de la réception)
requests-identity-waiting = Confirmez l’identité du demandeur avant de répondre ; le délai court pendant ce temps.
requests-identity-document = Voir la pièce d’identité
requests-identity-confirm = Identité confirmée
requests-identity-refuse = Identité non confirmée
requests-identity-how = Comment l’identité a été confirmée (conservé scellé ; la personne n’en est pas informée)
requests-identity-why = Pourquoi pas (communiqué à la personne)
request-settings-heading = Identité des demandeurs
request-settings-intro = Les demandes des types cochés attendent que l’équipe confirme que le demandeur est bien la personne concernée par les données (RGPD art. 12, paragraphes 2 et 6) ; sinon, l’adresse e-mail confirmée suffit.
request-settings-never = Le retrait du consentement et l’opposition à la prospection n’attendent jamais : ils doivent rester aussi simples que le fait de donner son consentement (RGPD art. 7, paragraphe 3, et art. 21, paragraphe 3).
request-settings-kinds = Types nécessitant une confirmation d’identité
request-settings-objection = à un traitement fondé sur l’intérêt légitime
request-settings-documents = Les personnes peuvent téléverser une pièce d’identité
request-settings-documents-hint = Un fichier JPEG, PNG ou PDF de 5 Mo au plus par demande, conservé scellé ; supprimé dès que l’équipe a décidé, et au plus tard 14 jours après le téléversement. Jamais inclus dans une copie ni dans un export.
request-settings-due = Le délai d’un mois court à compter de la réception (RGPD art. 12, paragraphe 3) ; l’attente de la confirmation d’identité ne le suspend pas.
request-settings-save = Enregistrer

## recipients.html

recipients-heading = Destinataires
recipients-intro = Le registre des destinataires et des sous-traitants : qui reçoit les données de vos clients, lesquelles, pourquoi, où et pendant combien de temps.
# L’adresse de la page publique du registre se place entre ces deux textes.
recipients-intro-shown-before = Les copies des données des clients et la page publique
recipients-intro-shown-after = en reprennent le contenu.
recipients-intro-integrations = Chaque intégration y figure également ; une entrée peut en décrire une de façon détaillée.
# En-têtes de colonnes du registre.
recipients-col-name = Nom
recipients-col-receives = Données reçues
recipients-col-purpose = Finalité
recipients-col-country = Pays
recipients-col-safeguard = Garanties
recipients-col-kept = Conservation
recipients-col-source = Origine
# L’origine d’une ligne : une des intégrations, ou une entrée du registre.
recipients-source-integration = intégration
recipients-no-entry = (aucune entrée au registre)
recipients-source-register = registre
recipients-integration-deleted = son intégration est supprimée
recipients-none = Aucun destinataire pour l’instant : personne ne reçoit les données de vos clients.
recipients-form-change = Modifier l’entrée
recipients-form-new = Nouvelle entrée
recipients-name-label = Nom
recipients-name-hint = L’entreprise ou le service, p. ex. Example Hosting SAS
recipients-receives-label = Données reçues
recipients-receives-hint = p. ex. tous les dossiers clients, en tant qu’hébergeur
recipients-purpose-label = Finalité
recipients-purpose-hint = Pourquoi il reçoit les données
recipients-country-label = Pays
recipients-country-choose = Choisir…
recipients-safeguard-label = Garanties encadrant un transfert hors de l’EEE
recipients-safeguard-hint = Requises hors de l’UE, de l’Islande, du Liechtenstein et de la Norvège ; laissez ce champ vide pour un destinataire situé dans ces pays.
recipients-safeguard-none = Aucune (au sein de l’EEE)
recipients-retention-label = Durée de conservation des données par le destinataire
recipients-retention-hint = Facultatif, p. ex. 30 jours après la fin du contrat
recipients-integration-label = Intégration décrite
recipients-integration-none = Aucune : il reçoit les données de tous les clients
recipients-save = Enregistrer
recipients-add = Ajouter l’entrée
recipients-back-to-new = Revenir à une nouvelle entrée
recipients-remove-heading = Retirer
recipients-remove-explained = Les copies cessent immédiatement de le mentionner ; une intégration qu’il décrit reste listée sous son nom d’hôte.
recipients-remove = Retirer l’entrée

## organisation.html

organisation-heading = Organisation
organisation-cancelled = Ce compte est résilié.
# { $until } et { $purge } sont des dates avec heures.
organisation-cancelled-until = Chacun peut encore se connecter, consulter et exporter les données jusqu’au { $until } ; le { $purge }, tous les dossiers, utilisateurs et entrées du journal d’audit seront détruits avec les clés qui les chiffraient.
organisation-slug = Nom court (pour la connexion)
organisation-portal = Portail clients
organisation-settings-heading = Paramètres
organisation-name-label = Nom
organisation-contact-email-label = E-mail de contact
organisation-contact-email-hint = L’adresse à laquelle Steward écrit au sujet du compte lui-même
organisation-language-label = Langue pour les clients
organisation-language-hint = Utilisée par le portail, les e-mails et les copies lorsque la langue de la personne n’est pas connue
organisation-require-totp = Les administrateurs et les propriétaires doivent utiliser l’authentification à deux facteurs
organisation-suppress-erased = Tenir une liste d’exclusion des adresses effacées (la désactiver vide la liste)
organisation-identity-heading = Qui vous êtes, pour les personnes figurant dans vos dossiers
organisation-identity-intro = Ces informations figurent sur le portail, dans les e-mails adressés aux personnes et sur la première page de chaque copie.
organisation-legal-name-label = Raison sociale (si elle diffère du nom)
organisation-postal-address-label = Adresse postale
organisation-privacy-email-label = E-mail pour les questions relatives à la protection des données
organisation-privacy-email-hint = Communiqué aux personnes pour les questions sur leurs données ; à défaut, l’e-mail de contact est utilisé
organisation-privacy-notice-label = Politique de confidentialité (adresse web)
organisation-dpo-name-label = Délégué à la protection des données
organisation-dpo-name-hint = Laissez vide si aucun délégué n’a été désigné
organisation-dpo-contact-label = Coordonnées du délégué à la protection des données
organisation-authority-label = Autorité de contrôle
organisation-authority-hint = L’autorité auprès de laquelle les personnes peuvent introduire une réclamation. Elle ne figure pas dans la liste (p. ex. l’autorité d’un Land allemand) ? Choisissez « Aucune sélectionnée » et indiquez ci-dessous son nom et son adresse web.
organisation-authority-none = Aucune sélectionnée
organisation-authority-name-label = Ou une autre autorité : son nom
organisation-authority-url-label = Son adresse web
organisation-automated-label = Décisions automatisées concernant des personnes
organisation-automated-hint = Décrivez toute décision fondée exclusivement sur un traitement automatisé, y compris le profilage (art. 22 du RGPD) ; laissez vide s’il n’y en a aucune
organisation-accent-label = Couleur d’accentuation
organisation-accent-hint = Au format #rrggbb ; un texte blanc sur cette couleur doit rester lisible (contraste d’au moins 4,5:1)
organisation-save = Enregistrer
organisation-logo-heading = Logo
# Le texte de remplacement du logo.
organisation-logo-current = Le logo actuel
organisation-logo-replace = Remplacer le logo
organisation-logo-upload-label = Importer un logo
organisation-logo-hint = PNG ou JPEG, 512 Ko au maximum ; il est redimensionné pour tenir dans 600 × 200 pixels
organisation-logo-upload = Importer
organisation-logo-remove = Supprimer le logo
organisation-export-heading = Tout exporter
organisation-export-contents = Tous les clients avec leurs notes, l’historique des consentements et les champs personnalisés, ainsi que les utilisateurs, les définitions de champs, la politique de conservation et le journal d’audit, dans un seul fichier NDJSON.
# La dernière ligne de l’export, affichée comme du code, se place entre ces deux textes.
organisation-export-last-line-before = Le téléchargement commence immédiatement et se fait en continu ; sa dernière ligne,
organisation-export-last-line-after = , indique qu’il est complet.
organisation-export-download = Télécharger l’export
organisation-cancel-heading = Résilier le compte
organisation-cancel-read-only = La résiliation fait passer l’ensemble du compte en lecture seule.
organisation-cancel-window = { $count ->
    [one] Chacun peut encore se connecter, consulter et exporter les données pendant { $count } jour ; ensuite, toutes les données sont définitivement détruites.
   *[other] Chacun peut encore se connecter, consulter et exporter les données pendant { $count } jours ; ensuite, toutes les données sont définitivement détruites.
}
organisation-cancel-emails = Les propriétaires sont avertis par e-mail immédiatement, puis 7 jours et 1 jour avant la destruction.
# Le nom court, en gras, se place entre ces deux textes.
organisation-cancel-confirm-before = Saisissez le nom court,
organisation-cancel-confirm-after = , pour confirmer
organisation-cancel-confirm-label = Nom court pour confirmer
organisation-cancel-confirm-wrong = « { $label } » doit être le nom court { $slug }, pour confirmer que toutes les fiches seront détruites. Rien n’a été résilié.
organisation-cancel = Résilier le compte

## notifications.html: the record in a heading, selecting, why a notice closed
notifications-record-anonymized = Dossier anonymisé
notifications-tick = Sélectionner
notifications-acknowledge-ticked = Prendre connaissance de la sélection
notice-done-acknowledged = Prise en compte le { $at }.
notice-done-acknowledged-by = Prise en compte par { $who } le { $at }.
notice-done-reopened = Fermée le { $at } car le dossier a été rouvert.
notice-done-held = Fermée le { $at } car le dossier a été placé en conservation pour motif juridique.
notice-done-rescheduled = Fermée le { $at } car la date concernée a changé.
notice-done-answered = Fermée le { $at } car la demande a reçu une réponse.
notice-done-shredded = Fermée le { $at } car le dossier a été détruit.
notice-done-anonymized = Fermée le { $at } car le dossier a été anonymisé.
notice-done-other = Fermée le { $at }.

# One request on its own page.
title-request = Demande
request-back-to-queue = ← Toutes les demandes
request-reference = Référence
request-confirmed = Confirmée par la personne
request-extension-reason = Motif de la prolongation
request-objection-to = Opposition à
request-objection-marketing = la prospection commerciale
request-objection-legitimate-interests = un traitement fondé sur les intérêts légitimes
request-answered = Répondue
request-reason-told = Motif communiqué à la personne
request-details-heading = Ce que la personne a écrit
request-records-heading = Fiches de la personne
request-record-hold = conservation légale
request-record-restricted = limitée
request-record-gone = Une fiche qui n’est plus détenue (effacée ou anonymisée)
request-records-none = L’adresse ne correspond à aucune fiche : la réponse indique à la personne qu’aucune donnée n’est détenue à son sujet.
request-preview-heading = Ce que fait la réponse
request-preview-unverified = La personne n’a pas encore suivi le lien envoyé. Rien ne peut être répondu avant qu’elle confirme la demande.
request-preview-no-data = Aucune fiche n’est détenue pour cette adresse : satisfaire la demande indique à la personne qu’aucune donnée n’est détenue à son sujet.
request-preview-copy = { $count ->
    [one] Satisfaire la demande envoie à la personne un lien à usage unique pour télécharger sa fiche sous forme de ces fichiers :
   *[other] Satisfaire la demande envoie à la personne un lien à usage unique pour télécharger chacune de ses { $count } fiches sous forme de ces fichiers :
}
request-preview-portability = { $count ->
    [one] Satisfaire la demande envoie à la personne un lien à usage unique pour télécharger les données qu’elle a fournies, sous forme de ces fichiers :
   *[other] Satisfaire la demande envoie à la personne un lien à usage unique pour télécharger les données qu’elle a fournies dans chacune de ses { $count } fiches, sous forme de ces fichiers :
}
request-preview-erasure = { $count ->
    [one] Satisfaire la demande détruit définitivement la fiche ci-dessus, sauvegardes comprises, et en informe la personne.
   *[other] Satisfaire la demande détruit définitivement les { $count } fiches ci-dessus, sauvegardes comprises, et en informe la personne.
}
request-preview-erasure-held = Une fiche ci-dessus fait l’objet d’une conservation légale : satisfaire la demande refuse l’effacement et en donne le motif à la personne.
request-preview-objection = Cesser le traitement limite les fiches ci-dessus et en informe la personne. Pour maintenir le traitement, rejetez la demande en indiquant les motifs légitimes impérieux ; la personne en est informée.
request-answer-heading = Répondre
request-history-heading = Historique
request-step-by-person = la personne
request-step-by-system = Steward
request-step-by-other = un outil connecté
request-state-unverified-long = En attente de confirmation par la personne via le lien envoyé
request-state-open-long = En attente de votre réponse
request-state-fulfilling-long = En cours : les fiches sont en cours d’effacement
request-state-fulfilled-long = Répondue
request-state-rejected-long = Refusée, le motif a été communiqué à la personne
requests-filter-reference = Référence
requests-find-form = Trouver une demande par sa référence
requests-find = Trouver
request-preview-rectification = Examinez les rectifications proposées à côté des valeurs actuelles, acceptez ou refusez chacune avec un motif ; celles acceptées sont appliquées aux fiches ci-dessus et la personne apprend ce qui a changé et pourquoi pas.
request-preview-restriction = Satisfaire la demande limite les fiches ci-dessus — conservées mais plus utilisées autrement — et en informe la personne ; la limitation n’est levée que depuis cette demande, après en avoir informé la personne.
request-state-identity-long = En attente de la confirmation de l’identité de la personne
request-preview-identity = Confirmez d’abord l’identité de la personne (la manière reste scellée) ou refusez avec un motif qui lui est communiqué ; une pièce d’identité téléversée est supprimée dans les deux cas.
