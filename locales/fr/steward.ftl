# Les textes de Steward destinés aux personnes figurant dans les dossiers : le
# portail, les e-mails qui leur sont adressés et leur copie. Un fichier par
# langue, sous locales/<code>/ ; chaque message du fichier anglais doit figurer
# dans chacun des autres fichiers.
#
# Les valeurs transmises aux messages sont entre { $accolades } ; les pluriels
# et autres choix utilisent les sélecteurs Fluent. Formulation simple,
# courtoise et juridiquement rigoureuse.

## La langue elle-même

# Le nom de la langue dans cette langue, affiché dans le sélecteur de langue.
language-name = Français
language-de = allemand
language-en = anglais
language-es = espagnol
language-fr = français
language-it = italien
language-nl = néerlandais
language-pl = polonais

## Dates, heures et nombres

# { $day } et { $year } sont des nombres ; { $month } est un message month-N.
# Le premier jour du mois s’écrit « 1er ».
format-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
format-datetime = { $date } à { $time } { $zone }
format-group-separator = { "\u00A0" }
format-decimal-separator = ,
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
unit-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
unit-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
unit-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
unit-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}
yes = Oui
no = Non

## Ce qu’une personne peut demander

# Insérés après « votre demande visant à … » : ils commencent par un verbe à
# l’infinitif.
kind-copy = obtenir une copie des données personnelles que détient { $controller } à votre sujet
kind-erasure = obtenir l’effacement des données personnelles que détient { $controller } à votre sujet
kind-withdraw_consent = retirer votre consentement
kind-portability = recevoir les données personnelles que détient { $controller } dans des fichiers que vous pouvez transmettre à un autre organisme

## Le portail

portal-language = Langue
portal-skip = Aller au contenu
portal-form-title = Vos données
portal-form-intro = Vous pouvez adresser ici à { $controller } une demande relative à vos données personnelles. Nous vous enverrons un lien à votre adresse e-mail afin de vérifier que la demande émane bien de vous.
portal-form-closing = { $controller } clôture son compte sur ce service. Toutes les données que détient { $controller } à votre sujet seront supprimées le { $date }. D’ici là, vous pouvez encore demander l’effacement de vos données ou retirer votre consentement ; en revanche, les copies de données ne peuvent plus être envoyées.
portal-form-email = Votre adresse e-mail
portal-form-what = Que souhaitez-vous ?
portal-form-kind-copy = Obtenir une copie de mes données (PDF et JSON)
portal-form-kind-erasure = Faire effacer mes données
portal-form-kind-withdraw_consent = Retirer mon consentement : ne plus recevoir de sollicitations commerciales
portal-form-kind-portability = Mes données dans des fichiers à emporter (JSON et CSV)
portal-form-send = Envoyer la demande
portal-form-deadline = { $controller } doit répondre à une demande de copie ou d’effacement dans un délai d’un mois.
portal-sent-title = Consultez votre messagerie
portal-sent-text = { $hours ->
    [one] Si l’adresse indiquée peut recevoir des e-mails, un message contenant un lien de confirmation vous a été envoyé. Ouvrez ce lien pour confirmer votre demande ; il ne peut être utilisé qu’une seule fois, pendant une heure.
   *[other] Si l’adresse indiquée peut recevoir des e-mails, un message contenant un lien de confirmation vous a été envoyé. Ouvrez ce lien pour confirmer votre demande ; il ne peut être utilisé qu’une seule fois, pendant { $hours } heures.
}
portal-sent-none = Vous n’avez rien reçu ? Vérifiez votre dossier de courrier indésirable (spam) ou renouvelez votre demande plus tard.
portal-confirm-title = Confirmez votre demande
portal-confirm-text = Veuillez confirmer votre demande visant à { $what }.
portal-confirm-button = Confirmer
portal-verified-title = Demande confirmée
portal-verified-withdrawn = Votre demande a été traitée : tout consentement que vous aviez donné à { $controller } a été retiré. Nous vous avons adressé un e-mail précisant les changements effectués.
portal-verified-queued = Merci. { $controller } a bien reçu votre demande visant à { $what } et y répondra au plus tard le { $date }. Nous vous avons communiqué par e-mail la référence de cette demande.
portal-already-title = Demande déjà confirmée
portal-already-text = Cette demande a déjà été confirmée ; vous n’avez rien d’autre à faire avec ce lien.
portal-already-state = État de la demande : { $state ->
    [identity] en attente de la confirmation de votre identité par { $controller } ; réponse au plus tard le { $date }.
    [open] en cours de traitement par { $controller }, qui y répondra au plus tard le { $date }.
    [fulfilling] en cours de traitement par { $controller }, qui y répondra au plus tard le { $date }.
    [fulfilled] traitée. Vous avez reçu, ou recevrez prochainement, un e-mail contenant la réponse.
    [rejected] refusée. Vous avez reçu un e-mail en indiquant le motif.
   *[other] reçue.
}
portal-download-title = Votre copie
portal-download-text = Voici votre copie des données personnelles que détient { $controller } à votre sujet. Chaque fichier ne peut être téléchargé qu’une seule fois, jusqu’au { $until }.
portal-download-pdf = Vos données au format PDF
portal-download-json = Vos données au format JSON (lisible par machine)
portal-download-data-json = Vos données au format JSON
portal-download-data-csv = Vos données au format CSV (s’ouvre dans un tableur)
portal-download-schema = La description du fichier JSON (JSON Schema)
portal-download-record = Dossier { $n } : { $file }
portal-download-done = { $file } (téléchargement effectué)
portal-problem-title = Un problème est survenu
portal-problem-back = Retour au formulaire de demande
portal-problem-link-used = Ce lien a expiré ou a déjà été utilisé. Si nécessaire, veuillez renouveler votre demande.
portal-problem-download-gone = Ce lien de téléchargement a expiré, ou tous les fichiers ont déjà été téléchargés. Pour obtenir une nouvelle copie, veuillez faire une nouvelle demande de copie de vos données.
portal-problem-file-done = Ce fichier a déjà été téléchargé. Chaque fichier ne peut être téléchargé qu’une seule fois ; pour obtenir une nouvelle copie, veuillez faire une nouvelle demande de copie de vos données.
portal-problem-record-gone = Ce dossier n’existe plus ; il n’y a donc aucune copie à télécharger.
portal-problem-closed = Cette demande a été close avant d’avoir été confirmée. Si nécessaire, veuillez renouveler votre demande.
portal-problem-closing = { $controller } clôture son compte sur ce service ; les copies de données ne peuvent donc plus être envoyées. Vous pouvez encore demander l’effacement de vos données ou retirer votre consentement.
portal-problem-throttled = Trop de demandes ont été envoyées depuis votre connexion ou pour cette adresse e-mail. Veuillez patienter un moment, puis réessayer.
portal-problem-email = Veuillez indiquer une adresse e-mail valide, par exemple nom@example.com.
portal-problem-kind = Veuillez choisir l’objet de votre demande.
portal-problem-form = Le formulaire a été envoyé depuis une page qui n’est plus à jour. Veuillez revenir en arrière, actualiser la page, puis envoyer de nouveau le formulaire.
portal-problem-unknown = Aucune page de demande n’existe à cette adresse. Veuillez vérifier le lien qui vous a été communiqué.
portal-problem-other = La demande n’a pas pu être traitée. Veuillez réessayer ultérieurement.
portal-identity-title = Confirmez votre identité
portal-identity-waiting = Avant de répondre, { $controller } doit confirmer que vous êtes bien la personne concernée par les données ; il peut vous contacter à ce sujet.
portal-identity-upload-link = Téléverser une pièce d’identité
portal-identity-intro = Vous pouvez téléverser une photo ou un scan d’une pièce d’identité (JPEG, PNG ou PDF, 5 Mo au plus) afin que { $controller } puisse confirmer votre identité. Vous pouvez masquer ce qui n’est pas nécessaire, comme le numéro du document.
portal-identity-deleted = Le document est supprimé dès que { $controller } a décidé, et au plus tard 14 jours après le téléversement. Il ne fait jamais partie d’une copie ni d’un export de vos données.
portal-identity-waiting-document = Votre document du { $date } attend d’être examiné ; il sera supprimé au plus tard le { $until }.
portal-identity-received = Merci : votre document est bien arrivé.
portal-identity-file = Votre document (JPEG, PNG ou PDF, 5 Mo au plus)
portal-identity-send = Téléverser
portal-identity-replace = Un nouveau téléversement remplace le document envoyé auparavant.
portal-identity-not-taken = { $controller } n’accepte pas de pièces d’identité ici ; il vous contactera pour confirmer votre identité.
portal-identity-closed = Cette demande n’attend plus la confirmation de votre identité ; il n’y a rien à téléverser.
portal-problem-too-large = Le fichier dépasse 5 Mo. Veuillez téléverser une photo ou un scan plus petit.
portal-problem-type = Le fichier doit être une image JPEG ou PNG ou un PDF. Rien n’a été conservé.
portal-problem-no-file = Veuillez choisir un fichier à téléverser.
portal-footer = { $controller } · demandes traitées avec Steward
portal-privacy-notice = Politique de confidentialité
portal-contact = Questions sur vos données : { $email }

## E-mails adressés aux personnes ayant fait une demande

mail-greeting = Bonjour,
mail-footer = Ce message vous est adressé par { $controller } via Steward.
mail-reference = Référence : { $id }.
mail-complain = Si vous n’êtes pas d’accord, vous pouvez introduire une réclamation auprès d’une autorité de contrôle chargée de la protection des données.
mail-verify-subject = Veuillez confirmer votre demande adressée à { $controller }
mail-verify-text = Une personne, vraisemblablement vous-même, a adressé à { $controller } une demande visant à { $what }, en indiquant cette adresse e-mail.
mail-verify-action = Pour confirmer la demande, ouvrez ce lien :
mail-verify-button = Confirmer la demande
mail-verify-until = Ce lien ne peut être utilisé qu’une seule fois, jusqu’au { $until }. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : aucune suite n’y sera donnée.
mail-received-subject = { $controller } a bien reçu votre demande
mail-received-text = { $controller } a bien reçu votre demande confirmée visant à { $what }. Elle porte la référence { $id }.
mail-received-due = La loi accorde à { $controller } un délai d’un mois pour vous répondre : vous recevrez une réponse au plus tard le { $date }.
mail-withdrawn-subject = Retrait de votre consentement – { $controller }
mail-withdrawn-done = Votre consentement est retiré pour les finalités suivantes : { $purposes }. { $controller } n’utilisera plus vos données pour ces finalités, prospection commerciale comprise, sauf si vous donnez à nouveau votre consentement.
mail-withdrawn-nothing = { $controller } ne disposait d’aucun consentement de votre part susceptible d’être retiré ; aucune modification n’a donc été nécessaire. Vos données ne seront pas utilisées à des fins de prospection commerciale sans votre consentement.
mail-withdrawn-unknown = { $controller } ne détient aucun dossier client associé à cette adresse e-mail et ne dispose donc d’aucun consentement de votre part à retirer.
mail-copy_ready-subject = Votre copie fournie par { $controller } est prête
mail-copy_ready-text = Votre copie des données personnelles que détient { $controller } à votre sujet est prête : un document PDF à consulter et un fichier JSON lisible par machine.
mail-copy_ready-action = Téléchargez-la ici :
mail-copy_ready-button = Télécharger votre copie
mail-copy_ready-until = Chaque fichier ne peut être téléchargé qu’une seule fois, jusqu’au { $until }. Si le lien a expiré, faites une nouvelle demande de copie sur la même page.
mail-data_ready-subject = Vos données fournies par { $controller } sont prêtes à emporter
mail-data_ready-text = Les données personnelles que vous avez fournies à { $controller } sont prêtes dans des fichiers lisibles par machine : JSON avec sa description, et CSV. Vous pouvez les transmettre à un autre organisme.
mail-data_ready-action = Téléchargez-les ici :
mail-data_ready-button = Télécharger vos données
mail-data_ready-until = Chaque fichier ne peut être téléchargé qu’une seule fois, jusqu’au { $until }. Si le lien a expiré, faites une nouvelle demande sur la même page.
mail-no_data-subject = { $controller } ne détient aucune donnée vous concernant
mail-no_data-text = Vous avez adressé à { $controller } une demande visant à { $what }. { $controller } ne détient aucun dossier client associé à cette adresse e-mail et ne détient donc aucune donnée vous concernant.
mail-erased-subject = { $controller } a effacé vos données
mail-erased-text = Vous avez demandé à { $controller } l’effacement de vos données personnelles. Celles-ci ont été effacées : les dossiers ont été supprimés et les clés qui permettraient d’accéder à toute copie de ces dossiers, sauvegardes comprises, ont été détruites.
mail-erased_partly-subject = { $controller } a effacé la plupart de vos données
mail-erased_partly-text = Vous avez demandé à { $controller } l’effacement de vos données personnelles. { $controller } a effacé vos dossiers, à l’exception d’un ou de plusieurs dossiers qui doivent être conservés, car ils sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (article 17.3.e du RGPD) ; ces dossiers ne sont conservés qu’à cette fin.
mail-refused_hold-subject = { $controller } ne peut pas encore effacer vos données
mail-refused_hold-text = Vous avez demandé à { $controller } l’effacement de vos données personnelles. { $controller } doit pour l’instant conserver votre dossier, car celui-ci est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (article 17.3.e du RGPD) ; il ne peut donc pas encore être effacé. Les données ne sont conservées qu’à cette fin.
mail-rejected-subject = { $controller } a refusé de donner suite à votre demande
mail-rejected-text = { $controller } a refusé de donner suite à votre demande visant à { $what }, pour le motif suivant :
mail-rejected-remedy = Vous pouvez introduire une réclamation auprès d’une autorité de contrôle chargée de la protection des données, ou former un recours juridictionnel.
mail-extended-subject = { $controller } a besoin d’un délai supplémentaire pour traiter votre demande
mail-extended-text = { $controller } a besoin d’un délai supplémentaire pour répondre à votre demande visant à { $what }, pour le motif suivant :
mail-extended-due = Vous recevrez une réponse au plus tard le { $date }.

## La copie (PDF et JSON)

copy-title = Vos données personnelles détenues par { $controller }
copy-intro = Ce document est une copie de l’ensemble des données personnelles que détient { $controller } à votre sujet dans ses dossiers clients, accompagnée des informations auxquelles vous avez droit sur la manière dont elles sont utilisées (article 15 du RGPD).
copy-header = Copie des données personnelles détenues par { $controller }
copy-footer = Page { $page } sur { $pages }
copy-subject = Copie des données personnelles vous concernant (article 15 du RGPD)
copy-unsupported-title = Caractères qui n’ont pas pu être affichés
copy-unsupported-text = Aucune police disponible ici ne contient ces caractères de vos données ; chacun figure dans la copie sous la forme de son point de code entre crochets :
copy-controller = Responsable du traitement
copy-contact = Contact
copy-postal-address = Adresse postale
copy-dpo = Délégué à la protection des données
copy-authority = Autorité de contrôle
copy-customer-id = Identifiant client
copy-made-on = Établie le
copy-request = Votre demande
copy-language = Langue
copy-overview = Cette première partie indique qui détient vos données, pourquoi et pour combien de temps, et quels sont vos droits. Les pages suivantes présentent vos informations, l’état de votre dossier, vos décisions en matière de consentement et toutes les notes rédigées à votre sujet.
copy-details = Vos informations
copy-name = Nom
copy-name-removed = (supprimé)
copy-email = Adresse e-mail
copy-phone = Téléphone
copy-company = Entreprise
copy-address = Adresse
copy-field-removed = Champ qui n’est plus utilisé
copy-record = Votre dossier
copy-state = État
copy-state-active = ouvert
copy-state-complete = clôturé
copy-state-anonymized = anonymisé
copy-created = Créé le
copy-changed = Dernière modification
copy-completed = Clôturé le
copy-kept-until = Conservé jusqu’au
copy-restricted = Limitation du traitement
copy-restricted-text = Le traitement fait l’objet d’une limitation (article 18 du RGPD) : les données sont conservées, mais ne sont utilisées d’aucune autre manière.
copy-held = Conservation pour motif juridique
copy-held-text = Le dossier doit être conservé en vue de la constatation, de l’exercice ou de la défense de droits en justice ; il ne sera pas supprimé avant la levée de cette mesure.
copy-reason = Motif : { $reason }
copy-consent = Consentement
copy-consent-state = { $purpose } : { $granted ->
    [yes] consentement donné
   *[no] consentement non donné
}
copy-consent-decision = { $granted ->
    [yes] Donné
   *[no] Retiré
} (base juridique : { $basis } ; enregistré { $source })
copy-consent-none = Aucune décision relative au consentement n’est enregistrée.
copy-notes = { $count ->
    [one] Note ({ $count })
   *[other] Notes ({ $count })
}
copy-notes-none = Aucune note n’a été rédigée à votre sujet.
basis-consent = votre consentement
basis-contract = un contrat conclu avec vous
basis-legal_obligation = une obligation légale
basis-vital_interests = la sauvegarde d’intérêts vitaux
basis-public_task = une mission d’intérêt public
basis-legitimate_interests = des intérêts légitimes
source-staff = par le personnel
source-portal = via la page de demande
source-sync = par un service de prospection commerciale
source-import = lors d’une importation

## La copie : les informations exigées par l’article 15 du RGPD

info-who = Qui détient vos données
info-who-text = Les données figurant dans cette copie sont détenues par { $controller }, qui détermine à quelles fins elles sont utilisées (le responsable du traitement).
info-who-contact = Pour toute question concernant cette copie, vous pouvez contacter le responsable du traitement à l’adresse { $contact }.
info-why = Pourquoi vos données sont détenues
info-why-text = Pour gérer la relation entre { $controller } et vous : rester en contact avec vous, vous fournir ce que vous avez demandé et garder une trace de ce qui a été convenu.
info-why-purposes = Également, avec votre consentement ou comme indiqué ci-dessous, pour les finalités suivantes : { $purposes }.
info-what = Quelles catégories de données
info-what-text = Cette copie contient { $categories }.
category-identity = votre nom
category-contact = vos coordonnées
category-employer = l’entreprise pour laquelle vous travaillez
category-custom = d’autres informations enregistrées à votre sujet
category-notes = les notes rédigées à votre sujet
category-consent = vos décisions en matière de consentement et leur historique
category-record = les dates et l’état de votre dossier
info-basis = Sur quelle base juridique
info-basis-text = La gestion de la relation repose sur le contrat conclu avec vous ou sur les intérêts légitimes poursuivis par { $controller } (article 6.1.b et 6.1.f du RGPD). La prospection commerciale repose sur votre consentement (article 6.1.a) ; la base juridique de chaque décision relative au consentement est indiquée avec celle-ci.
info-recipients = Qui reçoit vos données
info-recipients-intro = { $count ->
    [one] { $controller } transmet des données vous concernant à un destinataire, un service utilisé à des fins de prospection commerciale :
   *[other] { $controller } transmet des données vous concernant aux destinataires suivants, des services utilisés à des fins de prospection commerciale :
}
info-recipient = { $name }, pour la finalité « { $purpose } », reçoit { $receives }.
info-recipients-none = Vos données ne sont transmises à aucun autre destinataire.
receives-consent = votre adresse e-mail et vos décisions en matière de consentement pour cette finalité
receives-erasure = votre adresse e-mail en cas d’effacement de vos données, afin que sa propre copie soit également supprimée
receives-record_events = l’identifiant de votre dossier lorsque celui-ci arrive à expiration ou est effacé
info-retention = Durée de conservation
info-retention-text = { $action ->
    [notify] Votre dossier est conservé pendant { $period } à compter de sa clôture ; à l’issue de ce délai, { $controller } reçoit un rappel l’invitant à le supprimer.
    [anonymize] Votre dossier est conservé pendant { $period } à compter de sa clôture ; à l’issue de ce délai, il est réduit à des statistiques anonymes.
   *[other] Votre dossier est conservé pendant { $period } à compter de sa clôture ; à l’issue de ce délai, il est supprimé.
}
info-retention-date = Pour votre dossier, cette échéance est fixée au { $date }.
info-retention-open = Votre dossier n’étant pas encore clôturé, aucune date n’est fixée pour le moment.
info-source = Origine des données
info-source-text = Ces données proviennent de vous-même, ou ont été enregistrées par { $controller }, par l’intermédiaire de son personnel, dans le cadre de vos échanges.
info-rights = Vos droits
info-rights-text = Vous pouvez demander à { $controller } de corriger les données inexactes (rectification), de les supprimer (effacement) ou de cesser de les utiliser le temps qu’une question soit réglée (limitation du traitement). Vous pouvez également vous opposer à leur utilisation, et ce à tout moment lorsqu’elles sont utilisées à des fins de prospection commerciale. Vous pouvez demander à nouveau cette copie, ainsi que la communication de vos données dans un format lisible par machine.
info-complain = Si vous souhaitez introduire une réclamation
info-complain-text = Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle chargée de la protection des données, en particulier dans le pays où vous résidez habituellement ou travaillez, ou dans celui où vous estimez que la violation a eu lieu.
info-who-address = Adresse postale du responsable du traitement : { $address }.
info-who-dpo = Délégué à la protection des données : { $name }, joignable à l’adresse { $contact }.
info-who-notice = Politique de confidentialité du responsable du traitement : { $url }
info-transfers = Transferts hors d’Europe
info-transfer = { $name } se trouve hors de l’Espace économique européen ({ $country }). Ce transfert est fondé sur { $safeguard }.
info-transfers-none = Vos données ne sont pas transférées en dehors de l’Espace économique européen.
safeguard-adequacy = une décision de la Commission européenne constatant que le pays concerné assure un niveau de protection adéquat des données personnelles (décision d’adéquation, article 45 du RGPD)
safeguard-scc = les clauses types de protection des données adoptées par la Commission européenne (article 46.2.c du RGPD)
safeguard-bcr = des règles d’entreprise contraignantes (article 47 du RGPD)
safeguard-derogation = une dérogation pour des situations particulières (article 49 du RGPD)
info-automated = Décisions automatisées
info-automated-none = { $controller } ne prend à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage (article 22 du RGPD).
info-automated-text = { $controller } prend des décisions vous concernant par des moyens automatisés, de la manière suivante : { $description }
info-complain-authority = Autorité de contrôle compétente pour { $controller } : { $authority } – { $url }
info-recipient-full = { $name } ({ $country }), pour la finalité « { $purpose } » : reçoit { $receives } ; durée de conservation : { $retention }.
info-recipients-listed = { $count ->
    [one] { $controller } transmet des données vous concernant à un destinataire :
   *[other] { $controller } transmet des données vous concernant aux destinataires suivants :
}
info-recipient-where = { $name } ({ $country }), pour la finalité « { $purpose } » : reçoit { $receives }.

## Le registre des destinataires, sur le portail

portal-recipients-title = Destinataires des données personnelles
portal-recipients-intro = { $controller } transmet des données personnelles aux destinataires et prestataires suivants :
portal-recipients-none = { $controller } ne transmet de données personnelles à aucun autre destinataire.
portal-recipient-name = Destinataire
portal-recipient-receives = Données reçues
portal-recipient-purpose = Finalité
portal-recipient-country = Pays
portal-recipient-safeguard = Garanties hors d’Europe
portal-recipient-retention = Durée de conservation
portal-recipient-in-eea = non requises (au sein de l’Espace économique européen)
portal-recipient-marketing-service = Un prestataire de prospection commerciale
portal-dpo = Délégué à la protection des données : { $name }, { $contact }
portal-authority = Vous pouvez introduire une réclamation auprès de l’autorité de contrôle suivante : { $authority } – { $url }

## Pays (codes ISO 3166-1)

country-AT = Autriche
country-BE = Belgique
country-BG = Bulgarie
country-HR = Croatie
country-CY = Chypre
country-CZ = Tchéquie
country-DK = Danemark
country-EE = Estonie
country-FI = Finlande
country-FR = France
country-DE = Allemagne
country-GR = Grèce
country-HU = Hongrie
country-IE = Irlande
country-IT = Italie
country-LV = Lettonie
country-LT = Lituanie
country-LU = Luxembourg
country-MT = Malte
country-NL = Pays-Bas
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SK = Slovaquie
country-SI = Slovénie
country-ES = Espagne
country-SE = Suède
country-IS = Islande
country-LI = Liechtenstein
country-NO = Norvège
country-GB = Royaume-Uni
country-CH = Suisse
country-US = États-Unis
country-CA = Canada
country-AU = Australie
country-NZ = Nouvelle-Zélande
country-JP = Japon
country-KR = Corée du Sud
country-IN = Inde
country-SG = Singapour
country-BR = Brésil
country-AR = Argentine
country-UY = Uruguay
country-IL = Israël
country-CN = Chine

# Objection requests (Art. 21).
kind-objection = votre opposition
portal-form-kind-objection = M'opposer : à la prospection, ou à un autre traitement de mes données
portal-objection-what = À quoi vous opposez-vous ?
portal-objection-marketing = La prospection : ne plus m'envoyer de marketing
portal-objection-legitimate = Un autre traitement fondé sur les intérêts légitimes de l'organisation
portal-objection-grounds = Vos motifs (pour un autre traitement) : pourquoi vous vous y opposez
portal-verified-objected = C'est fait : { $controller } n'utilisera plus vos données pour la prospection. Nous vous avons envoyé un e-mail de confirmation.
mail-objected-subject = Votre opposition à la prospection de { $controller }
mail-objected-done = Votre opposition est enregistrée : tout consentement marketing est retiré et { $controller } n'utilisera plus vos données pour la prospection, sauf si vous donnez vous-même à nouveau un consentement explicite.
mail-processing_stopped-subject = Votre opposition auprès de { $controller }
mail-processing_stopped-text = { $controller } a examiné votre opposition et a arrêté le traitement contesté ; vos données restent limitées.

# Demandes de rectification (art. 16).
kind-rectification = la rectification des données personnelles que { $controller } détient sur vous
portal-form-kind-rectification = Corriger mes données : certaines informations me concernant sont inexactes
portal-rectify-what = Quelles informations sont inexactes ?
portal-rectify-intro = Indiquez la valeur exacte de chaque information que { $controller } détient de façon erronée. Laissez vide une information exacte.
portal-rectify-note = Ce que { $controller } devrait savoir (facultatif)
rect-field-name = Nom
rect-field-email = Adresse e-mail
rect-field-phone = Numéro de téléphone
rect-field-address = Adresse postale
rect-field-company = Entreprise
mail-rectified-subject = Votre demande de rectification de vos données auprès de { $controller }
mail-rectified-text = { $controller } a statué sur les corrections que vous avez demandées.
mail-rectified-accepted = Corrigé comme demandé :
mail-rectified-declined = Non corrigé, et pourquoi :
kind-restriction = la limitation du traitement de vos données personnelles par { $controller }
portal-form-kind-restriction = Limiter : conserver mes données mais cesser de les traiter pour l’instant
portal-restriction-what = Pourquoi demandez-vous la limitation ?
portal-restriction-contests_accuracy = Je conteste l’exactitude de mes données, le temps de la vérifier
portal-restriction-unlawful = Le traitement est illicite, mais je préfère la limitation à l’effacement
portal-restriction-legal_claims = L’organisation n’a plus besoin de mes données, mais j’en ai besoin pour une action en justice
portal-restriction-objected = Je me suis opposé(e) au traitement, le temps de vérifier quels motifs prévalent
portal-restriction-details = Ce que vous souhaitez ajouter (facultatif)
mail-restricted-subject = { $controller } a limité le traitement de vos données
mail-restricted-text = { $controller } a fait droit à votre demande : vos données sont conservées mais ne sont plus traitées, hormis leur conservation, jusqu’à nouvel avis. Vous serez informé(e) avant la levée de la limitation.
mail-lift_notice-subject = { $controller } va lever la limitation de vos données
mail-lift_notice-text = { $controller } va lever la limitation du traitement de vos données que vous aviez demandée, pour la raison suivante :
mail-lift_notice-date = La limitation sera levée le { $date }. Si vous n’êtes pas d’accord, contactez { $controller } avant cette date.
