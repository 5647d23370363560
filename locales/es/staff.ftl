# Las páginas del personal: el marco, los títulos de página, las páginas de
# error, los roles y los mensajes que se muestran tras una acción. Las
# palabras de cada página están en los demás archivos staff-*.ftl.
#
# Trato de «usted». Términos: registro (de cliente), supresión/suprimir
# (erase), destruir (shred), anonimizar, retención legal (legal hold),
# conservación (retention), limitación del tratamiento, destinatario,
# inventario de destinatarios (register), registro de auditoría (audit log).
# Roles: lector, editor, administrador, propietario.

## El marco de cada página tras iniciar sesión

layout-skip = Ir al contenido
layout-menu = Menú principal
layout-customers = Clientes
layout-inbox = Bandeja de entrada
layout-requests = Solicitudes
layout-retention = Conservación
layout-request-settings = Comprobación de identidad
layout-fields = Campos
layout-users = Usuarios
layout-tokens = Tokens de API
layout-integrations = Integraciones
layout-recipients = Destinatarios
layout-audit = Registro de auditoría
layout-organisation = Organización
layout-sign-out = Cerrar sesión
layout-search-form = Buscar en todo
layout-search-label = Buscar clientes
layout-search-placeholder = Buscar (tecla /)
layout-search-button = Buscar
layout-cancelled = La cuenta de esta organización está cancelada. Hasta que se eliminen sus datos, todo es de solo lectura, salvo aquello a lo que los clientes tienen derecho: aún pueden retirar su consentimiento y se pueden atender sus solicitudes (incluidas las de supresión).
field-required = (obligatorio)

## Roles

role-viewer = lector
role-staff = editor
role-admin = administrador
role-owner = propietario

## Títulos de página

title-audit = Registro de auditoría
title-sign-in = Iniciar sesión
title-account = Su cuenta
title-tokens = Tokens de API
title-fields = Campos personalizados
title-field = Campo personalizado
title-inbox = Bandeja de entrada
title-recipients = Destinatarios
title-requests = Solicitudes
title-request-settings = Comprobación de identidad
title-retention = Conservación
title-integrations = Integraciones
title-integration = Integración
title-organisation = Organización
title-users = Usuarios
title-customers = Clientes
title-customer = Registro de cliente
title-edit-customer = Editar cliente
title-new-customer = Nuevo cliente
title-erase = Suprimir un registro de cliente
title-bulk-erase = Suprimir registros
title-bulk-erased = Registros suprimidos

## Páginas de error

title-error-forbidden = No permitido
title-error-not-found = No encontrado
title-error-conflict = No es posible en este momento
title-error-gone = Eliminado definitivamente
title-error-too-many = Demasiados intentos
title-error-busy = Sistema ocupado en este momento
title-error-internal = Se ha producido un error
title-error-invalid = Hay algún dato incorrecto
error-back = Volver a los clientes

## El idioma de las propias páginas, en la página de la cuenta

language-picker-heading = Idioma
language-picker-label = Mostrar las páginas en
language-picker-hint = Los idiomas a los que están traducidas íntegramente las páginas de Steward. Mientras no elija uno, se aplica el idioma predeterminado de su organización.
language-picker-default = El idioma predeterminado de la organización ({ $language })
language-picker-save = Guardar

## Mensajes tras una acción

flash-session-ended = Su sesión ha finalizado tras un periodo de inactividad. Vuelva a iniciar sesión para continuar.
flash-totp-required = Su organización exige a los administradores la verificación en dos pasos. Configúrela para continuar.
flash-signed-in = Ha iniciado sesión.
flash-signed-out = Ha cerrado la sesión.
flash-session-revoked = Se ha cerrado esa sesión.
flash-totp-on = La verificación en dos pasos está activada: a partir de ahora, se le pedirá un código al iniciar sesión.
flash-totp-off = La verificación en dos pasos está desactivada.
flash-time-zone-set = Las horas se muestran ahora en { $zone }.
flash-language-set = Las páginas se muestran ahora en { $language }.
flash-password-changed = { $count ->
    [one] Se ha cambiado su contraseña y se ha cerrado { $count } sesión más.
   *[other] Se ha cambiado su contraseña y se han cerrado otras { $count } sesiones.
}
flash-token-revoked = Se ha revocado el token.
flash-retention-saved = Se ha guardado la política de conservación.
flash-customer-created = Se ha guardado el registro del cliente.
flash-customer-saved = Se han guardado los cambios.
flash-note-added = Se ha añadido la nota.
flash-consent-recorded = Se ha registrado la decisión sobre el consentimiento.
flash-record-completed = El registro se ha completado; ha empezado a correr su plazo de conservación.
flash-record-reopened = El registro vuelve a estar activo; ya no caduca.
flash-record-restricted = Se ha limitado el tratamiento del registro.
flash-record-unrestricted = Se ha levantado la limitación.
flash-record-held = El registro está en retención legal: no se suprimirá.
flash-record-released = Se ha levantado la retención legal.
flash-record-shredded = El registro se ha destruido: sus datos han desaparecido definitivamente, incluidas las copias de seguridad.
flash-record-anonymized = El registro se ha anonimizado: sus datos personales han desaparecido definitivamente.
flash-notice-acknowledged = El aviso se ha marcado como revisado; ya no se enviarán recordatorios sobre él.
flash-request-fulfilled = Se ha respondido a la solicitud.
flash-request-rejected = Se ha denegado la solicitud; se comunica el motivo a la persona.
flash-request-extended = Se ha prorrogado el plazo; se comunica el motivo a la persona.
flash-request-identity-confirmed = Identidad confirmada; la solicitud está en la cola.
flash-request-identity-refused = Identidad no confirmada; la solicitud se ha rechazado y se comunica el motivo a la persona.
flash-request-settings-saved = Se han guardado los ajustes de comprobación de identidad.
flash-integration-saved = Se ha guardado la integración.
flash-integration-snapshot = Con la próxima ejecución se enviará una instantánea de los consentimientos.
flash-integration-deleted = Se ha eliminado la integración, junto con todo lo que tenía pendiente.
flash-delivery-retried = La entrega se vuelve a enviar ahora.
flash-organisation-saved = Se ha guardado la configuración.
flash-organisation-cancelled = Se ha cancelado la cuenta. Ahora todo es de solo lectura; descargue la exportación antes de la eliminación definitiva de los datos.
flash-logo-saved = Se ha guardado el logotipo.
flash-logo-removed = Se ha quitado el logotipo.
flash-field-added = Se ha añadido el campo { $key }.
flash-field-saved = Se ha guardado el campo.
flash-field-deleted = Se ha eliminado el campo; sus valores han desaparecido de todos los registros.
flash-recipient-added = Se ha añadido la entrada al inventario.
flash-recipient-saved = Se ha guardado la entrada del inventario.
flash-recipient-removed = Se ha quitado la entrada del inventario.
flash-user-role-changed = Se ha cambiado el rol.
flash-user-disabled = Se ha desactivado la cuenta; sus sesiones y tokens han dejado de funcionar.
flash-user-enabled = Se ha vuelto a activar la cuenta.
flash-user-totp-reset = Se ha restablecido la verificación en dos pasos; el usuario puede volver a configurarla.

## Rechazos en la página de inicio de sesión

sign-in-code-needed = Introduzca el código actual de su aplicación de autenticación.
sign-in-refused = No se ha iniciado sesión: la organización, el correo electrónico o la contraseña no son correctos.
sign-in-throttled = Demasiados intentos fallidos; vuelva a intentarlo dentro de { $seconds } segundos.

## Filtros sobre las listas (las claves terminan en el valor del filtro)

filter-all = Todos los registros
filter-active = Activos
filter-complete = Completados
filter-expiring = Caducan pronto
filter-expired = Caducados
filter-anonymized = Anonimizados
tab-open = Abiertas
tab-identity = Identidad por confirmar
tab-unverified = Sin confirmar
tab-fulfilled = Atendidas
tab-rejected = Denegadas
tab-all = Todas

## De qué trata un aviso, y los tipos de solicitud

notice-expired = Plazo de conservación cumplido: suprima o conserve este registro
notice-anonymized = Registro anonimizado por la política de conservación
notice-shredded = Registro destruido por la política de conservación
notice-returned = Se ha vuelto a suprimir un registro restaurado desde una copia de seguridad
notice-request-received = Se ha confirmado una nueva solicitud de ejercicio de derechos que espera respuesta
notice-request-identity = Se ha confirmado una nueva solicitud de ejercicio de derechos; antes de responder hay que confirmar la identidad del solicitante
notice-request-due-soon = Una solicitud de ejercicio de derechos vence pronto
notice-request-overdue = Una solicitud de ejercicio de derechos ha vencido
notice-integration-disabled = Se ha desactivado una herramienta de mercadotecnia
request-kind-copy = Copia de los datos
request-kind-erasure = Supresión
request-kind-withdraw-consent = Retirada del consentimiento
request-kind-portability = Datos para llevar

## Quién hizo algo y sobre qué, en el registro de auditoría

audit-actor-user = usuario { $id }
audit-actor-token = token { $id }
audit-actor-system = sistema
audit-actor-anonymous = anónimo
audit-actor-integration = integración { $id }
audit-target-customer = cliente { $id }
audit-target-user = usuario { $id }
audit-target-api_token = token de API { $id }
audit-target-field = campo { $id }
audit-target-import = importación { $id }
audit-target-integration = integración { $id }
audit-target-notification = aviso { $id }
audit-target-purpose = finalidad { $id }
audit-target-recipient = destinatario { $id }
audit-target-request = solicitud { $id }
audit-target-session = sesión { $id }
audit-target-tenant = organización { $id }
audit-actor-other = { $kind } { $id }
audit-target-other = { $kind } { $id }

## Los tipos de campo personalizado

field-kind-text = Texto
field-kind-number = Número
field-kind-date = Fecha
field-kind-bool = Sí o no
field-kind-select = Lista de opciones

## Valores almacenados, tal como los muestran las páginas

customer-state-active = activo
customer-state-complete = completado
customer-state-anonymized = anonimizado
customer-source-staff = personal
customer-source-portal = portal
customer-source-sync = herramienta de mercadotecnia
customer-source-import = importación
# actor-* siguen a «por» («por usted») y figuran en la columna «Autor».
actor-you = usted
actor-user = un usuario del equipo
actor-token = un token de API
actor-integration = una herramienta conectada
actor-customer = el cliente
actor-steward = Steward
field-yes = sí
field-no = no
# Siguen a «cerrado:» en la bandeja de entrada.
notice-closed-acknowledged = revisado
notice-closed-reopened = registro reabierto
notice-closed-held = retención legal aplicada
notice-closed-rescheduled = plazo recalculado
notice-closed-closed = solicitud cerrada
notice-closed-shredded = registro destruido
notice-closed-anonymized = registro anonimizado
request-state-unverified = sin confirmar
request-state-identity = identidad por confirmar
request-state-open = abierta
request-state-fulfilling = en tramitación
request-state-fulfilled = atendida
request-state-rejected = denegada
request-outcome-copy_sent = copia enviada
request-outcome-no_data = sin datos
request-outcome-erased = datos suprimidos
request-outcome-erased_partly = datos suprimidos en parte
request-outcome-refused_hold = denegada: retención legal
request-outcome-withdrawn = consentimiento retirado
request-outcome-rejected = denegada
# Siguen a «esta solicitud de».
request-kind-copy-lower = copia de los datos
request-kind-erasure-lower = supresión
request-kind-withdraw-consent-lower = retirada del consentimiento
request-kind-portability-lower = datos para llevar
safeguard-short-adequacy = Decisión de adecuación (art. 45 del RGPD)
safeguard-short-scc = Cláusulas tipo de protección de datos (art. 46.2.c) del RGPD)
safeguard-short-bcr = Normas corporativas vinculantes (art. 47 del RGPD)
safeguard-short-derogation = Excepción para situaciones específicas (art. 49 del RGPD)
recipients-sent-consent = dirección de correo electrónico y decisiones sobre el consentimiento para { $purpose }
recipients-sent-erasure = dirección de correo electrónico cuando se suprimen los datos de la persona
recipients-sent-record-events = identificador del registro cuando este caduca o se suprime

## Rechazos que las propias páginas explican

erase-refused-name = Para confirmar, escriba el nombre del cliente exactamente como se muestra.
bulk-erase-refused-count = Para confirmar, escriba el número de registros: { $count }. No se ha suprimido nada.
customer-form-conflict = Otra persona ha modificado este registro mientras usted lo editaba. El formulario conserva sus cambios; revise el registro y vuelva a guardar para sobrescribir los de la otra persona.

## The inbox: the count in the menu (read after "Inbox"), acknowledging several
layout-inbox-open =
{ $count ->
    [one] un aviso abierto
   *[other] { $count } avisos abiertos
}
flash-notices-acknowledged =
{ $count ->
    [one] Un aviso marcado como leído; ya no habrá recordatorios.
   *[other] { $count } avisos marcados como leídos; ya no habrá recordatorios.
}
flash-notices-none-ticked = Seleccione al menos un aviso.
field-fault-predicate = «{ $label }» { $reason }.
field-fault = «{ $label }»: { $reason }
form-fix-fields =
    { $count ->
        [one] Corrija este campo:
       *[other] Corrija estos { $count } campos:
    }
form-other-field = Otro campo (vea el formulario más abajo)
period-amount = Cantidad
period-unit = Unidad
period-unit-seconds = segundos
period-unit-minutes = minutos
period-unit-hours = horas
period-unit-days = días
period-unit-weeks = semanas
period-unit-months = meses
period-unit-years = años
period-stored-as = Se guarda como { $period }
layout-purposes = Finalidades del consentimiento
title-purposes = Finalidades del consentimiento
flash-purpose-added = La finalidad se ha añadido; el personal ya puede elegirla.

request-kind-objection = Oposición
request-kind-objection-lower = oposición
request-outcome-objected = marketing detenido
request-outcome-processing_stopped = tratamiento detenido

# Rectification requests (Art. 16).
request-kind-rectification = Rectificación
request-kind-rectification-lower = rectificación
request-outcome-rectified = datos rectificados
request-outcome-rectification_declined = rectificación denegada
requests-rectification-review = Revisar las correcciones
requests-rectification-review-skip = pedidas en esta solicitud
flash-request-rectified = Decisiones guardadas; se ha informado a la persona.
title-rectification = Rectificación
rectification-heading = Correcciones solicitadas
rectification-back = Volver a la solicitud
rectification-intro = La persona indica que estos datos son incorrectos. Decida sobre cada uno: aceptar corrige cada registro vinculado; denegar requiere un motivo que se comunica a la persona.
rectification-note = Explicación de la persona
rectification-caption = Valores actuales en { $count } registros vinculados junto a los valores solicitados
rectification-col-detail = Dato
rectification-col-record = Registro { $n }
rectification-col-proposed = Solicitado
rectification-col-decision = Decisión
rectification-empty = sin valor
rectification-decide = Decisión sobre { $detail }
rectification-accept = Aceptar
rectification-decline = Denegar
rectification-reason = Motivo de la denegación (se comunica a la persona)
rectification-accepted = Aceptado
rectification-declined = Denegado
rectification-submit = Guardar las decisiones e informar a la persona
request-kind-restriction = Limitación
request-kind-restriction-lower = limitación
request-outcome-restricted = tratamiento limitado
requests-stop-processing = Detener el tratamiento
requests-uphold = Mantener — indicar los motivos imperiosos
requests-uphold-button = Mantener el tratamiento
requests-restrict-now = Limitar los registros ahora, mientras se decide
requests-restricted-meanwhile = Los registros están limitados mientras se decide; antes de levantarlo se informa a la persona.
flash-request-restricted = Los registros están limitados mientras se decide la solicitud.
