# Les pages du personnel consacrées aux dossiers clients : la liste, un
# dossier, son formulaire, et l’effacement d’un dossier ou des dossiers
# cochés dans la liste.
#
# « Shred » se traduit par « détruire » (la clé du dossier est détruite),
# « anonymize » par « anonymiser » ; ce sont deux formes d’effacement.
# « Legal hold » est, comme dans la copie, la « conservation pour motif
# juridique ».

## customers.html

customers-heading = Clients
customers-new = Nouveau client
customers-search-label = Rechercher
customers-search-form = Rechercher et filtrer les clients
customers-search-expired = Cette recherche a expiré : une recherche dure quelques heures, prend fin à la déconnexion et n’appartient qu’à la personne qui l’a lancée. Relancez-la ci-dessous.
customers-search-hint = Une adresse e-mail, un numéro de téléphone ou le début des mots d’un nom ou d’une entreprise (un seul caractère suffit en chinois, japonais, coréen ou thaï)
customers-show = Afficher
customers-search-button = Rechercher
# Suivi d’un lien qui réinitialise la recherche.
customers-search-showing = Dossiers correspondant à votre recherche.
customers-search-clear = Réinitialiser la recherche
customers-caption = Dossiers clients
customers-col-tick = Cocher pour effacer
customers-col-name = Nom
customers-col-email = E-mail
customers-col-company = Entreprise
customers-col-state = État
customers-col-expires = Expiration
# Le libellé de la case à cocher d’une ligne, lu par les lecteurs d’écran.
customers-tick = Cocher { $name } pour effacement
customers-badge-restricted = limité
customers-badge-hold = conservation pour motif juridique
customers-erase-ticked = Effacer les dossiers cochés…
customers-none-match = Aucun dossier ne correspond.
customers-none-yet = Aucun dossier pour l’instant.
customers-next-page = Page suivante
customers-filter-form = Filtrer et trier la liste
customers-filter-within = Expire d’ici (jours)
customers-filter-within-hint = Avec « expire bientôt » : combien de jours à l’avance ; vide pour la valeur habituelle
customers-filter-consent = Consentement donné pour
customers-filter-any = Tous
customers-filter-true = Oui
customers-filter-false = Non
customers-filter-only = Seulement les fiches
customers-filter-restricted = dont le traitement est limité
customers-filter-hold = sous conservation légale
customers-filter-request = avec une demande de personne concernée ouverte
customers-filter-button = Appliquer
customers-filter-clear = Effacer les filtres
customers-sort = Trier par
customers-sort-added = Ordre d’ajout
customers-sort-newest = Plus récentes d’abord
customers-sort-name = Nom, de A à Z
customers-sort-name-desc = Nom, de Z à A
customers-sort-updated-desc = Modifiées récemment d’abord
customers-sort-updated = Inchangées depuis le plus longtemps d’abord
customers-sort-state = État
customers-sort-state-desc = État, inversé
customers-sort-expires = Fin de conservation, la plus proche d’abord
customers-sort-expires-desc = Fin de conservation, la plus lointaine d’abord
customers-total = { $count ->
    [one] { $shown } fiche
   *[other] { $shown } fiches
}
customers-total-about = environ { $shown } fiches
customers-pages = Pages
customers-prev-page = Page précédente
customers-page-n = Page { $n }

## customer.html

customer-badge-expired = expiré
customer-badge-restricted = traitement limité
customer-badge-hold = conservation pour motif juridique
customer-details = Informations
customer-email = E-mail
customer-phone = Téléphone
customer-company = Entreprise
customer-address = Adresse
customer-language = Langue préférée
customer-language-default = Langue par défaut de l’organisation
customer-created = Créé le
customer-completed = Clôturé le
customer-expires = Expire le
customer-restriction-reason = Motif de la limitation
customer-hold-reason = Motif de la conservation
customer-edit = Modifier
customer-actions = Actions
customer-complete = Clôturer
customer-reopen = Rouvrir
customer-download-pdf = Télécharger la copie PDF
customer-download-json = Télécharger l’export JSON
customer-erase = Détruire ou anonymiser…
customer-restriction-lift-summary = Lever la limitation
customer-restriction-set-summary = Limiter le traitement (art. 18 du RGPD)
# Le libellé du motif demandé pour limiter le traitement ou conserver un dossier.
customer-why = Motif
customer-restriction-lift = Lever la limitation
customer-restriction-set = Limiter
customer-hold-release-summary = Lever la conservation pour motif juridique
customer-hold-set-summary = Placer en conservation pour motif juridique
customer-hold-release = Lever la conservation
customer-hold-set = Placer en conservation
customer-anonymized = Ce dossier est anonymisé : il ne contient plus aucune donnée personnelle sur laquelle agir.
customer-read-only = Votre rôle vous permet de consulter ce dossier, mais pas de le modifier.
customer-notes = Notes
# { $at } est une date et une heure ; { $by } l’auteur de la note (« vous », « un membre de l’équipe »…).
customer-note-by = { $at }, par { $by }
customer-notes-none = Aucune note pour l’instant.
customer-note-new = Nouvelle note
customer-note-add = Ajouter la note
customer-consent = Consentement
# La décision actuelle pour une finalité, et une décision de l’historique.
customer-consent-granted = donné
customer-consent-withdrawn = retiré
customer-consent-none = Aucune décision relative au consentement n’est enregistrée.
# Un libellé, et l’en-tête de la colonne de l’historique.
customer-purpose = Finalité
# La légende du choix, et l’en-tête de la colonne de l’historique.
customer-decision = Décision
customer-decision-granted = Donné
customer-decision-withdrawn = Retiré
customer-basis-label = Base juridique
# Les bases juridiques de l’article 6.1 du RGPD ; les clés se terminent par la valeur envoyée.
customer-basis-consent = Consentement
customer-basis-contract = Exécution d’un contrat
customer-basis-legal_obligation = Obligation légale
customer-basis-vital_interests = Sauvegarde des intérêts vitaux
customer-basis-public_task = Mission d’intérêt public
customer-basis-legitimate_interests = Intérêts légitimes
customer-evidence-label = Preuve (modalités du recueil)
customer-consent-record = Enregistrer la décision
customer-history = Historique
customer-col-when = Date
customer-col-basis = Base juridique
customer-col-source = Origine
# En-tête de colonne ; les valeurs sont « vous », « un membre de l’équipe »…
customer-col-by = Par
customer-col-evidence = Preuve
customer-trail = Journal d’audit
customer-col-what = Action
customer-trail-latest = { $count ->
    [one] La dernière entrée concernant ce dossier.
   *[other] Les { $count } dernières entrées concernant ce dossier.
}

## customer_form.html

customer-form-name = Nom
customer-form-email = E-mail
customer-form-phone = Téléphone
customer-form-phone-hint = Avec l’indicatif du pays, par exemple +33 1 23 45 67 89
customer-form-company = Entreprise
customer-form-address = Adresse
customer-form-language = Langue préférée
customer-form-language-hint = Les copies de ses données sont rédigées dans cette langue.
customer-form-language-default = Langue par défaut de l’organisation
# Après le libellé d’un champ obligatoire, pour les lecteurs d’écran.
customer-form-required = (obligatoire)
customer-form-save = Enregistrer
customer-form-cancel = Annuler

## erase.html

erase-heading = Effacer { $name }
erase-on-hold = Ce dossier fait l’objet d’une conservation pour motif juridique : il ne peut pas être effacé tant que cette mesure n’est pas levée.
# En gras ; erase-shredding-text termine la phrase.
erase-shredding = La destruction
erase-shredding-text = supprime la clé du dossier : ses données disparaissent définitivement, y compris des sauvegardes.
# En gras ; erase-anonymizing-text termine la phrase.
erase-anonymizing = L’anonymisation
erase-anonymizing-text = retire les données personnelles et conserve les dates et les champs non personnels à des fins statistiques.
erase-final = Aucune de ces deux opérations n’est réversible.
erase-what = Que souhaitez-vous faire ?
erase-kind-shred = Détruire : tout supprimer
erase-kind-anonymize = Anonymiser : conserver les informations non personnelles
# Le libellé de la confirmation : début, le nom du client en gras, fin.
erase-confirm-start = Saisissez le nom du client,
erase-confirm-end = , pour confirmer
erase-submit = Effacer définitivement
erase-cancel = Annuler

## bulk_erase.html

bulk-erase-heading = { $count ->
    [one] Effacer { $count } dossier
   *[other] Effacer { $count } dossiers
}
# En gras ; bulk-erase-shredding-text termine la phrase.
bulk-erase-shredding = La destruction
bulk-erase-shredding-text = supprime la clé de chaque dossier : ses données disparaissent définitivement, y compris des sauvegardes.
# En gras ; bulk-erase-anonymizing-text termine la phrase.
bulk-erase-anonymizing = L’anonymisation
bulk-erase-anonymizing-text = retire les données personnelles et conserve les dates et les champs non personnels à des fins statistiques.
bulk-erase-final = Aucune de ces deux opérations n’est réversible.
bulk-erase-held = Les dossiers en conservation pour motif juridique restent inchangés.
bulk-erase-ticked = { $count ->
    [one] Le dossier que vous avez coché
   *[other] Les dossiers que vous avez cochés
}
bulk-erase-no-name = Un dossier sans nom (anonymisé ou qui n’existe plus)
bulk-erase-what = Que souhaitez-vous faire ?
bulk-erase-kind-shred = Détruire : tout supprimer
bulk-erase-kind-anonymize = Anonymiser : conserver les informations non personnelles
# Le libellé de la confirmation : début, le nombre de dossiers en gras, fin.
bulk-erase-confirm-start = Saisissez le nombre de dossiers,
bulk-erase-confirm-end = , pour confirmer
bulk-erase-submit = { $count ->
    [one] Effacer définitivement { $count } dossier
   *[other] Effacer définitivement { $count } dossiers
}
bulk-erase-cancel = Annuler

## bulk_erased.html

# Le pluriel suit { $erased }, le nombre de dossiers effacés.
bulk-erased-heading-anonymized = { $erased ->
    [one] { $erased } dossier anonymisé sur { $count }
   *[other] { $erased } dossiers anonymisés sur { $count }
}
bulk-erased-heading-shredded = { $erased ->
    [one] { $erased } dossier détruit sur { $count }
   *[other] { $erased } dossiers détruits sur { $count }
}
# { $count } est le nombre de dossiers cochés.
bulk-erased-all-anonymized = { $count ->
    [one] Le dossier coché est anonymisé : ses données personnelles ont définitivement disparu.
   *[other] Tous les dossiers cochés sont anonymisés : leurs données personnelles ont définitivement disparu.
}
bulk-erased-all-shredded = { $count ->
    [one] Le dossier coché est détruit : ses données ont définitivement disparu, sauvegardes comprises.
   *[other] Tous les dossiers cochés sont détruits : leurs données ont définitivement disparu, sauvegardes comprises.
}
# { $count } est le nombre de dossiers restés inchangés.
bulk-erased-left = { $count ->
    [one] { $count } dossier est resté inchangé ; le tableau en indique la raison.
   *[other] { $count } dossiers sont restés inchangés ; le tableau en indique les raisons.
}
bulk-erased-receipt = Chaque effacement fait l’objet d’un justificatif dans le journal d’audit.
bulk-erased-caption = Résultat pour chaque dossier
bulk-erased-col-record = Dossier
bulk-erased-col-outcome = Résultat
bulk-erased-no-name = Un dossier sans nom
bulk-erased-shredded = Détruit
bulk-erased-anonymized = Anonymisé
# Un badge, suivi de bulk-erased-on-hold.
bulk-erased-unchanged = Inchangé
bulk-erased-on-hold = Il fait l’objet d’une conservation pour motif juridique ; levez d’abord cette mesure.
bulk-erased-already-shredded = Déjà détruit auparavant
bulk-erased-already-anonymized = Déjà anonymisé auparavant
# Un badge, suivi de bulk-erased-not-found-text.
bulk-erased-not-found = Introuvable
bulk-erased-not-found-text = Ce dossier n’existe pas dans cette organisation.
bulk-erased-back = Retour aux clients
customer-purpose-add = Ajouter une finalité de consentement
customer-purposes-none = Cette organisation n'a pas encore de finalités de consentement ; aucune décision ne peut donc être enregistrée ici.
customer-objected-marketing-since = Opposition à la prospection depuis le { $date }
customer-fresh-consent = La personne a donné un nouveau consentement explicite
customer-fresh-consent-hint = Seulement alors un consentement marketing peut être enregistré ; indiquez dans la preuve comment il a été donné.
