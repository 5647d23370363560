# Saved views, each user's columns and actions on ticked records of the
# customers list.

title-views = Vistas guardadas
title-bulk = Registros marcados
title-bulk-done = Registros marcados
customers-col-pick = Marcar
customers-pick = Marcar { $name }
customers-col-phone = Teléfono
customers-col-created = Creado
customers-col-updated = Modificado
columns-summary = Columnas
columns-legend = Columnas que mostrar además del nombre
columns-button = Mostrar estas columnas
flash-columns-chosen = Sus columnas están guardadas.
views-nav = Vistas guardadas
views-shared-badge = compartida
views-manage = Gestionar vistas
views-save-summary = Guardar esta vista
views-name-label = Nombre de la vista
views-save-hint = Guarda los filtros y el orden mostrados, nunca las palabras buscadas.
views-with-columns = Con mis columnas
views-share = Compartir con el equipo
views-save-button = Guardar la vista
views-query-label = Filtros de la lista
flash-view-saved = Vista guardada.
flash-view-changed = Vista modificada.
flash-view-deleted = Vista eliminada.
views-heading = Vistas guardadas
views-intro = Una vista guarda con un nombre los filtros y el orden de la lista de clientes. Las suyas solo las ve usted; las compartidas, toda la organización, y solo los administradores las comparten, renombran o eliminan.
views-caption = Vistas guardadas
views-col-name = Nombre
views-col-who = Visible para
views-col-change = Cambiar
views-shared = Todos
views-yours = Usted
views-rename-label = Nuevo nombre para { $name }
views-rename-button = Guardar
views-delete-button = Eliminar
views-delete-label = Eliminar la vista { $name }
views-none = Aún no hay vistas guardadas: elija filtros en la lista de clientes y luego «Guardar esta vista».
views-back = Volver a los clientes
bulk-legend = Con los registros marcados
bulk-action-label = Acción
bulk-action-complete = Completar
bulk-action-reopen = Reabrir
bulk-action-note = Añadir una nota
bulk-action-set_field = Asignar un campo
bulk-body-label = Nota
bulk-body-hint = Para «Añadir una nota».
bulk-set-label = Campo y valor
bulk-set-none = Ninguno
bulk-set-hint = Para «Asignar un campo».
bulk-apply = Aplicar a los registros marcados
bulk-export = Exportar los registros marcados
bulk-heading = { $count ->
    [one] Aplicar a { $count } registro marcado
   *[other] Aplicar a { $count } registros marcados
}
bulk-ids-label = Registros marcados
bulk-back = Volver a los clientes
bulk-done-heading = Registros marcados
bulk-done-complete = { $count ->
    [one] { $count } completado
   *[other] { $count } completados
}
bulk-done-reopen = { $count ->
    [one] { $count } reabierto
   *[other] { $count } reabiertos
}
bulk-done-note = { $count ->
    [one] Nota añadida a { $count } registro
   *[other] Nota añadida a { $count } registros
}
bulk-done-set_field = { $count ->
    [one] Campo asignado en { $count } registro
   *[other] Campo asignado en { $count } registros
}
bulk-not = { $count } no:
bulk-no-name = Un registro sin nombre
bulk-why-restricted = su tratamiento está limitado
bulk-why-anonymized = está anonimizado
bulk-why-state-complete = no está activo
bulk-why-state-reopen = no está completado
bulk-why-gone = ya no existe
audit-event-user-columns_set = Columnas de la lista elegidas
audit-event-view-saved = Vista guardada
audit-event-view-changed = Vista modificada
audit-event-view-deleted = Vista eliminada
fault-is-the-name-of-another-view-already = ya es el nombre de otra vista
fault-tick-at-least-one-record = marque al menos un registro
fault-tick-at-most-n-records-at-once = marque como máximo { $n1 } registros a la vez
fault-choose-a-custom-field-of-this-organisation = elija un campo personalizado de esta organización
fault-only-a-choice-or-yes-no-field-is-set-on-many-records-at-once = solo un campo de opciones o de sí/no se asigna en muchos registros a la vez
fault-must-be-complete-reopen-note-or-set-field = debe ser complete, reopen, note o set_field
fault-must-be-at-most-n-columns = debe tener como máximo { $n1 } columnas
fault-only-admins-and-owners-share-views-with-everyone-save-it-as-your-own = solo los administradores y propietarios comparten vistas con todos; guárdela como suya
fault-only-admins-and-owners-change-or-delete-a-view-shared-with-everyone = solo los administradores y propietarios cambian o eliminan una vista compartida con todos
fault-you-keep-n-views-already-delete-one-first = ya tiene { $n1 } vistas; elimine una primero
fault-export-either-the-ticked-records-or-a-list-view-state-q-not-both = exporte o los registros marcados o una vista de la lista (state, q), no ambos
audit-target-view = vista { $id }
