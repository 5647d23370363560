# La historia de un registro: cronología, tareas y las consultas resumidas
# en su registro de auditoría.

notice-task-due = Vence una tarea de un registro

## The timeline

timeline-heading = Cronología
timeline-none = Aún no ha pasado nada con este registro.
timeline-show-more = Mostrar toda la cronología
timeline-changed-from-to = { $field } cambió de «{ $before }» a «{ $after }»
timeline-changed = { $field } cambió
timeline-empty = vacío
timeline-note = Nota
timeline-consent-granted = Consentimiento dado para { $purpose }
timeline-consent-withdrawn = Consentimiento retirado para { $purpose }
timeline-request-open = abrir la solicitud
timeline-field-name = Nombre
timeline-field-email = Correo electrónico
timeline-field-phone = Teléfono
timeline-field-company = Empresa
timeline-field-address = Dirección
timeline-field-language = Idioma preferido

## Tasks

tasks-heading = Tareas
tasks-none = No hay tareas.
tasks-text = Qué hacer
tasks-due = Vence el
tasks-assignee = Para
tasks-add = Añadir tarea
tasks-due-for = vence { $due }, para { $who }
tasks-overdue = vencida
tasks-mark-done = Marcar como hecha
tasks-done-at = hecha { $at }
flash-task-added = La tarea se ha añadido.
flash-task-done = La tarea se ha marcado como hecha.

## The audit trail's reads

trail-reads-summary = Consultado { $times ->
    [one] una vez
   *[other] { $times } veces
} por { $people ->
    [one] una persona
   *[other] { $people } personas
}, la última { $last }.
trail-reads-show = Mostrar también las consultas
trail-reads-hide = Ocultar las consultas
