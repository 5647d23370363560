# Duplicados probables y fusión de dos registros.

title-duplicates = Duplicados probables
title-merge = Fusionar dos registros
flash-customer-merged = Los registros se han fusionado; el otro registro se ha destruido.
merged-open-survivor = Abrir el registro en el que se fusionó

## duplicates.html and the notices that point to it

dupes-link = Duplicados probables
dupes-heading = Duplicados probables
dupes-intro = Pares de registros que comparten una dirección de correo electrónico, un número de teléfono, o un nombre y una empresa. Pueden ser una misma persona: compárelos y fusiónelos si lo son.
dupes-caption = Pares de registros que probablemente son una misma persona
dupes-col-first = Registro
dupes-col-second = Probablemente la misma persona que
dupes-col-shared = En común
dupes-col-action = Acción
dupes-unnamed = (sin nombre)
dupes-compare = Comparar y fusionar
dupes-more = Más pares
dupes-none = No hay duplicados probables.
dupes-back = Volver a los clientes
dupes-reason-email = dirección de correo electrónico
dupes-reason-phone = número de teléfono
dupes-reason-name_company = nombre y empresa
dupes-likely-heading = Duplicados probables
dupes-likely-text = Otros registros comparten la dirección de correo electrónico, el número de teléfono, o el nombre y la empresa de este. Puede ser la misma persona.
dupes-open-record = Registro { $id }

## merge.html

merge-heading = Fusionar dos registros
merge-warning = La fusión conserva este registro y destruye «{ $other }»: su clave de datos se destruye y no se puede restaurar.
merge-moves = Se trasladan a este registro: { $notes } notas, { $consents } decisiones de consentimiento y { $requests } solicitudes.
merge-consent-rule = Los historiales de consentimiento se combinan en orden cronológico. Si alguno de los registros ha rechazado o retirado el consentimiento para una finalidad, el registro fusionado conserva el rechazo.
merge-caption = Elija, para cada campo, qué valor se conserva
merge-col-field = Campo
merge-col-this = Este registro: { $name }
merge-col-other = Otro registro: { $name }
merge-empty = (vacío)
merge-submit = Fusionar y destruir el otro registro
merge-cancel = Cancelar
merge-field-name = Nombre
merge-field-email = Correo electrónico
merge-field-phone = Teléfono
merge-field-company = Empresa
merge-field-address = Dirección
merge-field-language = Idioma preferido
merge-into-summary = Fusionar otro registro en este
merge-with-label = ID del otro registro
merge-with-hint = Sus datos se combinan con los de este registro y después se destruye.

## Refusals

fault-this-record-is-on-legal-hold-and-must-not-be-erased = este registro está en retención legal y no debe borrarse
fault-the-other-record-is-on-legal-hold-and-must-not-be-erased = el otro registro está en retención legal y no debe borrarse
fault-release-the-hold-before-merging = levante la retención antes de fusionar
fault-processing-of-this-record-is-restricted-art-n = el tratamiento de este registro está limitado (art. { $n1 })
fault-processing-of-the-other-record-is-restricted-art-n = el tratamiento del otro registro está limitado (art. { $n1 })
fault-lift-the-restriction-before-merging = levante la limitación antes de fusionar
fault-is-this-record-itself = es este mismo registro
fault-give-the-id-of-the-other-record = indique el ID del otro registro
fault-is-not-a-field-of-a-customer-record = no es un campo de un registro de cliente
fault-must-be-this-or-from = debe ser this o from
fault-is-a-required-field-keep-the-record-that-has-a-value = es un campo obligatorio: conserve el registro que tiene un valor
