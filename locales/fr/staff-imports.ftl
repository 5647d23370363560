# L’assistant d’import (/customers/import) : reprendre des clients d’un
# fichier CSV ou Excel, en quatre étapes.

## Titres et messages après une action

title-import = Importer des clients
title-import-check = Vérifier l’import
title-import-running = Import en cours…
title-import-done = Import terminé
title-import-ended = Import arrêté
flash-import-read = Le fichier est lu. Vérifiez où va chaque colonne, puis importez.
flash-import-checked = Vérifié à nouveau avec vos choix.
flash-import-changed = Vous avez changé la destination de colonnes, rien n’a donc encore été importé : vérifiez les nouveaux chiffres, puis importez.
flash-import-started = L’import a commencé.
flash-import-cancelled = L’import est annulé ; son fichier est supprimé.
customers-import = Importer des clients

## import_steps.html

import-steps = Étapes de l’import
import-step-1 = Choisir un fichier
import-step-2 = Associer les colonnes
import-step-3 = Vérifier
import-step-4 = Importer

## import.html (étape 1)

import-heading = Importer des clients
import-intro = Reprenez des clients d’un tableur : un fichier CSV ou un classeur Excel (.xlsx) avec une ligne d’en-tête. Rien n’est enregistré comme client avant que vous ayez vérifié ce qui va se passer et cliqué sur Importer.
import-file-label = Fichier
import-file-hint = CSV ou Excel (.xlsx), jusqu’à { $mb } Mo. La première ligne doit nommer les colonnes.
import-options = Options du fichier
import-options-hint = Steward détermine lui-même comment le fichier est écrit. Ne changez ceci que si les noms paraissent déformés lors de la vérification ou si toutes les colonnes n’en forment qu’une.
import-encoding-label = Encodage des caractères
import-find-out = Déterminer d’après le fichier
import-encoding-utf-8 = UTF-8 (la plupart des programmes actuels)
import-encoding-utf-16le = UTF-16 petit-boutiste (« Texte Unicode » d’Excel)
import-encoding-utf-16be = UTF-16 gros-boutiste
import-encoding-windows-1252 = Windows-1252 (ancien Excel en Europe de l’Ouest)
import-encoding-iso-8859-1 = ISO-8859-1 (Latin-1)
import-encoding-windows-1250 = Windows-1250 (ancien Excel en Europe centrale)
import-encoding-iso-8859-2 = ISO-8859-2 (Latin-2)
import-delimiter-label = Les cellules sont séparées par des
import-delimiter-comma = virgules
import-delimiter-semicolon = points-virgules
import-delimiter-tab = tabulations
import-upload = Lire le fichier
import-nothing-yet = Envie d’essayer d’abord ?
import-sample = Télécharger un fichier d’exemple (12 clients)
import-recent-heading = Imports récents
import-recent-none = Aucun import pour l’instant.
import-col-when = Commencé
import-col-state = État
import-col-new = Nouveaux
import-col-updated = Mis à jour
import-col-refused = Refusés
import-state-previewed = en attente d’import
import-state-running = import en cours
import-state-done = terminé
import-state-cancelled = annulé
import-state-failed = échoué

## import_run.html (étapes 2 à 4)

import-read-as-csv = Lu comme fichier CSV en { $encoding }, cellules séparées par des { $delimiter }.
import-read-as-xlsx = Lu comme classeur Excel (sa première feuille).
import-kept-until = Le fichier est conservé, chiffré, jusqu’au { $when } au plus tard.
import-map-heading = Où va chaque colonne
import-map-suggested = Steward a proposé une destination pour chaque colonne d’après son nom. Corrigez celles qui sont fausses ; les colonnes réglées sur « Ne pas importer » sont laissées de côté.
import-map-chosen = Voici vos choix. Modifiez-en si besoin, puis vérifiez à nouveau.
import-col-column = Colonne de votre fichier
import-col-goes-to = Va vers
import-suggested = proposé
import-basis-label = Base légale des colonnes de consentement
import-basis-hint = Enregistrée avec chaque décision de consentement apportée par le fichier.
import-check-again = Vérifier à nouveau
import-check-heading = Ce que fera l’import
import-check-intro = Les { $count } lignes ont toutes été lues et vérifiées ; rien n’est encore enregistré.
import-would-create = { $count ->
    [one] 1 nouveau client
   *[other] { $count } nouveaux clients
}
import-would-update = { $count ->
    [one] 1 mise à jour d’un client existant (même e-mail ou téléphone)
   *[other] { $count } mises à jour de clients existants (même e-mail ou téléphone)
}
import-would-duplicate = { $count ->
    [one] 1 ligne en double ignorée (la même personne figure plus haut dans le fichier)
   *[other] { $count } lignes en double ignorées (la même personne figure plus haut dans le fichier)
}
import-would-suppressed = { $count ->
    [one] 1 ligne ignorée : la personne a demandé son effacement
   *[other] { $count } lignes ignorées : les personnes ont demandé leur effacement
}
import-would-refused = { $count ->
    [one] 1 ligne refusée (motif ci-dessous)
   *[other] { $count } lignes refusées (motifs ci-dessous)
}
import-did-create = { $count ->
    [one] 1 nouveau client
   *[other] { $count } nouveaux clients
}
import-did-update = { $count ->
    [one] 1 client mis à jour
   *[other] { $count } clients mis à jour
}
import-did-duplicate = { $count ->
    [one] 1 ligne en double ignorée
   *[other] { $count } lignes en double ignorées
}
import-did-suppressed = { $count ->
    [one] 1 ligne ignorée : la personne a demandé son effacement
   *[other] { $count } lignes ignorées : les personnes ont demandé leur effacement
}
import-did-refused = { $count ->
    [one] 1 ligne refusée
   *[other] { $count } lignes refusées
}
import-refused-heading = Lignes qui seront refusées
import-col-line = Ligne
import-col-reason = Motif
import-refused-more = { $count ->
    [one] … et 1 autre.
   *[other] … et { $count } autres.
}
import-refused-after = Après l’import, vous pourrez télécharger toutes les lignes refusées avec leur motif dans un fichier CSV, les corriger et les importer à nouveau.
import-run = { $count ->
    [one] Importer 1 client
   *[other] Importer { $count } clients
}
import-nothing-to-write = Avec ces choix, aucune ligne ne serait importée.
import-cancel = Annuler l’import
import-running-intro = Les lignes sont enregistrées par lots. Vous pouvez quitter cette page : l’import continue, et vous le retrouvez sous Importer des clients.
import-progress = { $done } lignes traitées sur { $total }
import-so-far-heading = Jusqu’ici
import-refreshes = Cette page s’actualise d’elle-même toutes les 2 secondes.
import-stop = Arrêter l’import
import-done-intro = { $count ->
    [one] Terminé : l’unique ligne du fichier est traitée.
   *[other] Terminé : les { $count } lignes du fichier sont traitées.
}
import-failed-why = L’import s’est arrêté :
import-cancelled-why = L’import a été annulé :
import-cancelled-by-person = L’import a été annulé. Son fichier est supprimé.
import-result-heading = Résultat
import-rows-kept = { $done } lignes sur { $total } étaient traitées avant l’arrêt ; elles sont conservées.
import-download-refused = Télécharger les lignes refusées (CSV)
import-refused-kept-until = Chaque ligne refusée figure avec son numéro et son motif. Le fichier peut être téléchargé jusqu’au { $when }.
import-refused-gone = Les lignes refusées ne sont plus conservées.
import-go-to-customers = Aller aux clients
import-another = Importer un autre fichier
import-start-new = Commencer un nouvel import

## Destinations possibles d’une colonne (les listes de l’étape 2)

import-group-skip = Laisser de côté
import-group-record = Coordonnées du client
import-group-fields = Champs personnalisés
import-group-consent = Consentement
import-target-ignore = Ne pas importer
import-target-name = Nom (complet)
import-target-first_name = Prénom
import-target-last_name = Nom de famille
import-target-email = E-mail
import-target-phone = Téléphone
import-target-company = Entreprise
import-target-address = Adresse
import-target-language = Langue préférée
import-target-note = Note
import-target-consent = Consentement : { $purpose }
import-target-evidence = Preuve pour : { $purpose }
import-column-n = colonne { $n }

## Pourquoi une association de colonnes est refusée

import-fault-twice = « { $column } » va déjà là ; choisissez une autre destination ou « Ne pas importer ».
import-fault-evidence-alone = Une preuve nécessite une colonne avec la décision de consentement de la même finalité.
import-fault-gone = Ce champ ou cette finalité n’existe plus ; choisissez une autre destination.
import-fault-no-name = Aucune colonne ne va vers le nom : choisissez-en une pour Nom, ou pour Prénom et/ou Nom de famille.

## Pourquoi un fichier ou une ligne est refusé

fault-is-larger-than-n-bytes = dépasse { $n1 } octets
fault-the-file-is-empty = le fichier est vide
fault-the-file-has-no-header-row = le fichier n’a pas de ligne d’en-tête
fault-the-header-row-does-not-end-within-n-mb = la ligne d’en-tête ne se termine pas dans les { $n1 } premiers Mo
fault-a-quote-may-never-be-closed = un guillemet n’est peut-être jamais fermé
fault-the-spreadsheet-has-no-worksheet = le classeur n’a aucune feuille
fault-the-first-worksheet-of-the-spreadsheet-is-empty = la première feuille du classeur est vide
fault-the-spreadsheet-cannot-be-read = le classeur ne peut pas être lu
fault-it-may-be-damaged-or-not-an-xlsx-file = il est peut-être endommagé ou n’est pas un fichier XLSX
fault-the-spreadsheet-unpacks-to-more-than-n-mb = le classeur décompressé dépasse { $n1 } Mo
fault-save-it-as-csv-or-split-it = enregistrez-le en CSV ou divisez-le
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-pdf = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à un PDF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-image = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à une image)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-zip-archive = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à une archive ZIP)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-compressed-gzip-file = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à un fichier compressé (gzip))
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-presentation = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à une présentation)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-text-document = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à un document texte)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-rich-text-rtf-document = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à un document RTF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-binary-data-not-text = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à des données binaires, pas à du texte)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-excel-n-n-xls-file-or-a-password-protected-workbook = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à un fichier .xls d’Excel { $n1 }–{ $n2 } ou à un classeur protégé par mot de passe
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-opendocument-spreadsheet = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à un tableur OpenDocument
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-web-page-html = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à une page web (HTML)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-xml-file = le fichier n’est pas un fichier CSV ou XLSX (il ressemble à un fichier XML
fault-open-it-in-a-spreadsheet-program-and-save-it-as-xlsx-or-csv = ouvrez-le dans un tableur et enregistrez-le en .xlsx ou CSV)
fault-save-it-as-xlsx-or-csv = enregistrez-le en .xlsx ou CSV)
fault-has-n-cells-where-the-header-has-n = a { $n1 } cellules alors que l’en-tête en a { $n2 }
fault-has-n-cell-where-the-header-has-n = a { $n1 } cellule alors que l’en-tête en a { $n2 }
fault-has-n-cells-where-the-file-has-n-columns = a { $n1 } cellules alors que le fichier a { $n2 } colonnes
fault-is-longer-than-steward-reads-n-mb-or-n-cells = est plus longue que ce que Steward lit ({ $n1 } Mo ou { $n2 } cellules)
fault-a-quote-may-never-be-closed-so-the-rest-of-the-file-is-not-read = un guillemet n’est peut-être jamais fermé, la suite du fichier n’est donc pas lue
fault-not-run-within-n-hours-of-its-upload = non lancé dans les { $n1 } heures suivant son envoi
fault-did-not-finish-within-n-hours-of-its-upload = non terminé dans les { $n1 } heures suivant son envoi
fault-an-internal-error-stopped-the-run = une erreur interne a arrêté l’import
fault-the-rows-done-so-far-are-kept = les lignes déjà traitées sont conservées
fault-choose-one-of-the-encodings = choisissez l’un des encodages
fault-choose-one-of-the-delimiters = choisissez l’un des séparateurs
fault-choose-where-each-column-goes = choisissez où va chaque colonne
fault-is-neither-yes-nor-no-write-yes-or-no-ja-or-nein-oui-or-non-s-or-no-s-or-no-ja-or-nee-tak-or-nie-n-or-n-x-for-yes-or-leave-it-blank-for-no-decision = n’est ni oui ni non (écrivez oui ou non, yes ou no, ja ou nein, sí ou no, sì ou no, ja ou nee, tak ou nie, { $n1 } ou { $n2 }, x pour oui, ou laissez vide pour aucune décision)

import-group-new-field = Nouveau champ personnalisé (créé à la nouvelle vérification)
import-target-new-text = Nouveau champ texte au nom de la colonne
import-target-new-number = Nouveau champ numérique au nom de la colonne
import-target-new-date = Nouveau champ date au nom de la colonne
import-target-new-bool = Nouveau champ oui/non au nom de la colonne
import-alike-heading = Lignes semblables à des clients existants
import-alike-intro = { $count ->
    [one] Une nouvelle ligne porte le nom et l’entreprise d’un client que vous avez déjà. Elle est importée comme une nouvelle fiche : comparez les deux et fusionnez-les s’il s’agit de la même personne.
   *[other] { $count } nouvelles lignes portent le nom et l’entreprise d’un client que vous avez déjà. Elles sont importées comme de nouvelles fiches : comparez-les et fusionnez celles qui concernent la même personne.
}
import-alike-line = Ligne { $line } :
import-alike-link = client { $n }
