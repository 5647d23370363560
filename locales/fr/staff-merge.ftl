# Doublons probables et fusion de deux dossiers.

title-duplicates = Doublons probables
title-merge = Fusionner deux dossiers
flash-customer-merged = Les dossiers ont été fusionnés ; l’autre dossier est détruit.
merged-open-survivor = Ouvrir le dossier dans lequel il a été fusionné

## duplicates.html and the notices that point to it

dupes-link = Doublons probables
dupes-heading = Doublons probables
dupes-intro = Paires de dossiers qui partagent une adresse e-mail, un numéro de téléphone, ou un nom et une entreprise. Il peut s’agir d’une seule personne : comparez-les et fusionnez-les si c’est le cas.
dupes-caption = Paires de dossiers qui concernent probablement une seule personne
dupes-col-first = Dossier
dupes-col-second = Probablement la même personne que
dupes-col-shared = En commun
dupes-col-action = Action
dupes-unnamed = (sans nom)
dupes-compare = Comparer et fusionner
dupes-more = Autres paires
dupes-none = Aucun doublon probable.
dupes-back = Retour aux clients
dupes-reason-email = adresse e-mail
dupes-reason-phone = numéro de téléphone
dupes-reason-name_company = nom et entreprise
dupes-likely-heading = Doublons probables
dupes-likely-text = D’autres dossiers partagent l’adresse e-mail, le numéro de téléphone, ou le nom et l’entreprise de celui-ci. Il peut s’agir de la même personne.
dupes-open-record = Dossier { $id }

## merge.html

merge-heading = Fusionner deux dossiers
merge-warning = La fusion conserve ce dossier et détruit « { $other } » : sa clé de données est détruite et il ne peut pas être restauré.
merge-moves = Déplacés vers ce dossier : { $notes } notes, { $consents } décisions de consentement et { $requests } demandes.
merge-consent-rule = Les historiques de consentement sont combinés dans l’ordre chronologique. Lorsque l’un des dossiers a refusé ou retiré son consentement pour une finalité, le dossier fusionné conserve le refus.
merge-caption = Choisissez, pour chaque champ, la valeur conservée
merge-col-field = Champ
merge-col-this = Ce dossier : { $name }
merge-col-other = Autre dossier : { $name }
merge-empty = (vide)
merge-submit = Fusionner et détruire l’autre dossier
merge-cancel = Annuler
merge-field-name = Nom
merge-field-email = E-mail
merge-field-phone = Téléphone
merge-field-company = Entreprise
merge-field-address = Adresse
merge-field-language = Langue préférée
merge-into-summary = Fusionner un autre dossier dans celui-ci
merge-with-label = Identifiant de l’autre dossier
merge-with-hint = Ses données sont combinées avec celles de ce dossier, puis il est détruit.

## Refusals

fault-this-record-is-on-legal-hold-and-must-not-be-erased = ce dossier fait l’objet d’une conservation pour motif juridique et ne doit pas être effacé
fault-the-other-record-is-on-legal-hold-and-must-not-be-erased = l’autre dossier fait l’objet d’une conservation pour motif juridique et ne doit pas être effacé
fault-release-the-hold-before-merging = levez la conservation avant de fusionner
fault-processing-of-this-record-is-restricted-art-n = le traitement de ce dossier est limité (art. { $n1 })
fault-processing-of-the-other-record-is-restricted-art-n = le traitement de l’autre dossier est limité (art. { $n1 })
fault-lift-the-restriction-before-merging = levez la limitation avant de fusionner
fault-is-this-record-itself = est ce dossier lui-même
fault-give-the-id-of-the-other-record = indiquez l’identifiant de l’autre dossier
fault-is-not-a-field-of-a-customer-record = n’est pas un champ d’un dossier client
fault-must-be-this-or-from = doit être this ou from
fault-is-a-required-field-keep-the-record-that-has-a-value = est un champ obligatoire : gardez le dossier qui a une valeur
