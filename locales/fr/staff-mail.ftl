# E-mails adressés à l’équipe d’une organisation, dans sa langue par défaut :
# le récapitulatif des demandes d’exercice de droits, le rapport de
# conservation, une intégration désactivée et les étapes de la fermeture
# d’un compte. Les clés commencent par le nom de leur modèle
# (templates/email/<nom>.subject.txt, .txt et .html).
#
# Un message utilisé dans un e-mail en texte brut (.txt) passe à la ligne là
# où l’e-mail doit passer à la ligne (environ 78 caractères au plus) ; dans
# l’e-mail HTML, ces retours à la ligne ne sont que des espaces.
#
# Termes comme sur les pages du personnel : demande d’exercice de droits,
# durée et politique de conservation, dossier client, détruire (shred),
# anonymiser, conservation pour motif juridique (legal hold), boîte de
# réception (notifications), instantané des consentements (consent
# snapshot), destinataire (receiver), journal d’audit.

## requests_digest

# { $count } est le nombre de demandes listées ; { $overdue } vaut yes si au
# moins l’une d’elles est en retard.
requests-digest-subject = { $tenant } : { $count ->
    [one] { $count } demande d’exercice de droits
   *[other] { $count } demandes d’exercice de droits
} { $overdue ->
    [yes] en retard
    [new] nouvellement reçue(s)
   *[other] arrivant bientôt à échéance
}
requests-digest-title = Demandes d’exercice de droits adressées à { $tenant }
# L’e-mail en texte brut ajoute un point.
requests-digest-heading = Demandes d’exercice de droits adressées à { $tenant } qui attendent une réponse
requests-digest-overdue = En retard
requests-digest-overdue-explained = Le délai d’un mois (article 12.3 du RGPD) est dépassé.
requests-digest-overdue-text = En retard — le délai d’un mois (article 12.3 du RGPD) est dépassé :
# L’e-mail en texte brut ajoute deux-points.
requests-digest-received = Nouvelles — confirmées, en attente de réponse
requests-digest-due-soon = Échéance dans les 7 jours
# Une demande de la liste : ce texte, puis son identifiant, une virgule et
# requests-digest-due. { $kind } est le type enregistré : copy, erasure ou
# withdraw_consent.
requests-digest-kind = { $kind ->
    [copy] Demande de copie des données
    [erasure] Demande d’effacement
    [withdraw_consent] Demande de retrait du consentement
   *[other] Demande ({ $kind })
}
# { $date } est la date d’échéance.
requests-digest-due = échéance le { $date }
# La phrase est coupée autour de son lien vers la file des demandes.
requests-digest-act-before = Donnez suite à chaque demande, refusez-la ou (au cours du premier mois) prolongez-en le délai dans
requests-digest-act-link = la file des demandes
requests-digest-act-after = .
# L’e-mail en texte brut, suivi de l’adresse de la file des demandes.
requests-digest-act-text = Donnez suite à chaque demande, refusez-la ou (au cours du premier mois)
    prolongez-en le délai dans la file des demandes :
requests-digest-footer = Ce message ne mentionne que les identifiants des demandes ; il ne contient
    jamais de données personnelles.

## retention_digest

# { $count } est le nombre de dossiers expirés en attente d’une décision.
retention-digest-subject-waiting = { $tenant } : { $count ->
    [one] { $count } dossier client expiré attend votre décision
   *[other] { $count } dossiers clients expirés attendent votre décision
}
# Lorsque rien n’est en attente : les dossiers ont été effacés ; { $shredded }
# vaut yes s’ils ont été détruits, no s’ils ont été anonymisés.
retention-digest-subject-erased = { $tenant } : des dossiers clients expirés ont été automatiquement { $shredded ->
    [yes] détruits
   *[other] anonymisés
}
retention-digest-title = Rapport de conservation pour { $tenant }
# Coupée autour de la durée de conservation, affichée en gras (« 90 jours »).
retention-digest-policy-before = Votre politique de conservation prévoit de conserver un dossier client pendant
retention-digest-policy-after = après sa clôture.
retention-digest-policy-text = Votre politique de conservation prévoit de conserver un dossier client
    pendant { $period } après sa clôture.
# { $date } est la date et l’heure de l’exécution.
retention-digest-report-of = Rapport du { $date }.
# Après la liste des dossiers d’une section, lorsqu’elle ne montre que les
# premiers ; { $count } indique combien d’autres. Coupée autour du lien vers
# la boîte de réception.
retention-digest-more-before = { $count ->
    [one] … et { $count } autre : voir
   *[other] … et { $count } autres : voir
}
retention-digest-more-link = votre boîte de réception
retention-digest-more-after = .
retention-digest-more-text = { $count ->
    [one] … et { $count } autre : voir { $url }
   *[other] … et { $count } autres : voir { $url }
}
# En gras ; suivi de retention-digest-todo.
retention-digest-todo-label = À faire :
retention-digest-todo = ouvrez chaque dossier et détruisez-le, anonymisez-le,
    rouvrez-le si le client est de nouveau actif, ou placez-le en conservation
    pour motif juridique si vous devez le garder.
# Coupée autour du lien vers la boîte de réception.
retention-digest-acknowledge-before = Accuser réception de la notification dans
retention-digest-acknowledge-link = votre boîte de réception
retention-digest-acknowledge-after = met fin aux rappels.
retention-digest-acknowledge-text = Accuser réception de la notification à l’adresse { $url }
    met fin aux rappels.
# { $period } est une durée (« 7 jours »).
retention-digest-remind-every = Jusque-là, un rappel vous sera envoyé à intervalles de { $period }.
retention-digest-footer = Ce message ne mentionne que les identifiants des dossiers ; il ne contient
    jamais le nom des clients ni d’autres données personnelles.
# Suivi de l’adresse de Steward entre parenthèses.
retention-digest-contact = Vous le recevez en tant que destinataire des rapports
    de conservation de { $tenant } dans Steward
# Le titre et l’explication de chaque section du rapport, pour le code qui
# construit les sections (src/retention/digest.rs). { $count } est le nombre
# de dossiers de la section.
retention-digest-section-expired = { $count ->
    [one] { $count } dossier expiré
   *[other] { $count } dossiers expirés
}
retention-digest-section-expired-explained = Leur durée de conservation est écoulée. Chacun appelle une décision.
retention-digest-section-reminded = { $count ->
    [one] { $count } dossier toujours en attente d’une décision
   *[other] { $count } dossiers toujours en attente d’une décision
}
retention-digest-section-reminded-explained = Ils sont arrivés à expiration plus tôt et personne n’y a encore donné suite.
retention-digest-section-anonymized = { $count ->
    [one] { $count } dossier anonymisé
   *[other] { $count } dossiers anonymisés
}
retention-digest-section-anonymized-explained = Conformément à votre politique, leurs données personnelles ont été détruites ; seule subsiste, à des fins statistiques, une trame sans données personnelles.
retention-digest-section-shredded = { $count ->
    [one] { $count } dossier détruit
   *[other] { $count } dossiers détruits
}
retention-digest-section-shredded-explained = Conformément à votre politique, ces dossiers ont été effacés avec toutes leurs copies, sauvegardes comprises. Il ne subsiste qu’un justificatif qui ne nomme personne.

## integration_disabled

integration-disabled-subject = Steward : une intégration a été désactivée, car son destinataire n’existe plus
integration-disabled-title = Intégration désactivée
integration-disabled-heading = Une intégration a été désactivée
# Coupée autour du nom d’hôte du destinataire, affiché en gras et entre parenthèses.
integration-disabled-gone-before = Le destinataire de l’une de vos intégrations
integration-disabled-gone-after = a répondu « 410 Gone », ce qui signifie qu’il ne souhaite plus recevoir de messages.
integration-disabled-gone-text = Le destinataire de l’une de vos intégrations ({ $host }) a répondu
    « 410 Gone », ce qui signifie qu’il ne souhaite plus recevoir de messages.
integration-disabled-switched-off = Steward a désactivé l’intégration ;
    le consentement marketing n’est donc plus synchronisé avec cet outil.
# Suivi de l’identifiant de l’intégration.
integration-disabled-integration = Intégration :
# Suivi de l’adresse des paramètres des intégrations.
integration-disabled-fix = Si l’outil a changé d’adresse, modifiez l’adresse de l’intégration et réactivez-la ; si vous ne l’utilisez plus, supprimez l’intégration :
integration-disabled-fix-text = Si l’outil a changé d’adresse, modifiez l’adresse de l’intégration et
    réactivez-la ; si vous ne l’utilisez plus, supprimez l’intégration :
integration-disabled-waiting = Ce qui était en attente est conservé et sera envoyé dès que l’intégration
    sera réactivée ; un nouvel instantané des consentements sera alors envoyé
    pour que l’outil se mette à jour.
integration-disabled-footer = Envoyé par Steward ({ $url }) aux administrateurs de votre organisation.

## tenant_purge

# { $date } est une date et une heure.
tenant-purge-subject-cancelled = { $tenant } : votre compte Steward est résilié ; exportez vos données d’ici le { $date }
tenant-purge-subject-purged = { $tenant } : vos données dans Steward ont été détruites
tenant-purge-subject-warning = { $tenant } : vos données dans Steward seront détruites le { $date }
tenant-purge-cancelled = Le compte Steward de { $tenant } a été résilié le { $date }.
# Coupée autour de la date (en gras) et du lien vers l’export :
# before, la date, middle, le lien, after.
tenant-purge-until-before = Jusqu’au
tenant-purge-until-middle = vous et vos collègues pouvez encore vous connecter, tout consulter (rien ne peut être modifié) et
tenant-purge-until-link = télécharger un export complet
tenant-purge-until-after = .
# Suivi de l’adresse de l’export.
tenant-purge-until-text = Jusqu’au { $date }, vous et vos collègues pouvez encore vous
    connecter, tout consulter (rien ne peut être modifié) et télécharger un
    export complet :
tenant-purge-after-date = Passé cette date, tous les dossiers clients, notes, consentements,
    utilisateurs et entrées du journal d’audit de { $tenant } seront détruits,
    avec les clés qui les chiffraient, de sorte qu’aucune copie (sauvegardes
    comprises) ne puisse plus jamais être lue.
tenant-purge-purged = Comme annoncé, tous les dossiers clients, notes, consentements, utilisateurs
    et entrées du journal d’audit de { $tenant } ont été détruits
    le { $date }, avec les clés qui les chiffraient.
tenant-purge-purged-no-copy = Aucune copie, sauvegardes comprises, ne peut plus être lue.
tenant-purge-contact = Steward ne conserve que cette adresse de contact, afin de répondre aux
    questions concernant le compte, jusqu’au { $date } ;
    elle sera ensuite supprimée elle aussi.
# Coupée autour de la date de destruction, affichée en gras. { $remaining }
# indique le temps restant (« dans 7 jours »).
tenant-purge-reminder-before = Rappel : le compte Steward de { $tenant } est résilié et toutes ses données seront détruites le
tenant-purge-reminder-after = ({ $remaining }).
tenant-purge-reminder-text = Rappel : le compte Steward de { $tenant } est résilié et toutes ses
    données seront détruites le { $date } ({ $remaining }).
# Le lien vers l’export, puis la fin de la phrase.
tenant-purge-export-link = Téléchargez un export complet
tenant-purge-export-after = d’ici là.
# Suivi de l’adresse de l’export.
tenant-purge-export-text = Téléchargez un export complet d’ici là :
tenant-purge-footer = Envoyé par Steward ({ $url }) au propriétaire de { $tenant }.
# Le temps restant avant la destruction des données, pour le code qui fournit
# { $remaining } (src/tenants/offboarding.rs). { $count } est un nombre de
# jours (2 ou plus) ou d’heures (de 2 à 47).
tenant-purge-remaining-days = { $count ->
    [one] dans { $count } jour
   *[other] dans { $count } jours
}
tenant-purge-remaining-hours = { $count ->
    [one] dans { $count } heure
   *[other] dans { $count } heures
}
tenant-purge-remaining-soon = dans l’heure
