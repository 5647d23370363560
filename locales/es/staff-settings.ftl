# Páginas del personal: configuración de la conservación, los campos
# personalizados y las integraciones. Las claves empiezan por el nombre de
# la plantilla a la que pertenecen.
#
# Trato de «usted». Términos: plazo de conservación, política de
# conservación (policy), registro completado, destruir (shred), secreto de
# firma (signing secret), instantánea de los consentimientos (consent
# snapshot), entrega (delivery), receptor (receiver). Roles como en
# staff.ftl: lector, editor, administrador, propietario.

## retention.html

retention-heading = Conservación
retention-intro = Un registro marcado como completado se conserva durante el plazo indicado a continuación; después, Steward actúa sobre él según lo establecido.
# { $date } es una fecha y hora.
retention-last-changed = Última modificación: { $date }.
# La frase de la vista previa se divide en torno a sus dos valores destacados:
# retention-preview-period, el plazo escrito (P90D), retention-preview-expires,
# una fecha y hora y, por último, retention-preview-end.
retention-preview-period = Con un plazo de
retention-preview-expires = , los registros completados hoy caducarán el
retention-preview-end = .
# { $count } registros ya habrían superado el plazo.
retention-preview-past = { $count ->
    [one] { $count } registro completado ya habría superado el plazo.
   *[other] { $count } registros completados ya habrían superado el plazo.
}
# Como retention-preview-past; { $newly } de ellos no han caducado según la
# política vigente (siempre más de 0).
retention-preview-past-newly = { $count ->
    [one] { $count } registro completado ya habría superado el plazo; según la política actual, aún no ha caducado.
   *[other] { $count } registros completados ya habrían superado el plazo (de ellos, { $newly } aún sin caducar según la política actual).
}
retention-expire-after = Conservar los registros completados durante
retention-expire-after-hint = Elija un número y una unidad. Una semana cuenta como 7 días, un mes como 31 días y un año como 366 días, de modo que un periodo nunca termina antes de la misma fecha del calendario; como máximo 36 500 días (unos 100 años).
retention-action = Al terminar el plazo
retention-action-notify = Avisarnos, repetidamente hasta que alguien actúe
retention-action-anonymize = Anonimizar el registro
retention-action-shred = Destruir el registro
retention-remind-every = Volver a recordar cada
retention-remind-every-hint = Cada cuánto se vuelven a presentar los registros vencidos hasta que alguien actúe. Los meses y los años cuentan como arriba; si se deja vacío, una semana.
retention-email-to = Enviar los resúmenes a
retention-email-to-hint = Una dirección por línea; si se deja vacío, se envían a los administradores y propietarios
retention-webhook = Anunciar también la caducidad a las herramientas conectadas mediante webhook
retention-save = Guardar
retention-preview = Vista previa sin guardar

## fields.html

fields-heading = Campos personalizados
fields-col-label = Etiqueta
fields-col-key = Clave
fields-col-type = Tipo
fields-col-visible-to = Quién lo ve
fields-col-rules = Reglas
# { $role } es el código del rol más bajo que ve el campo; la variante
# «other» cubre cualquier otro valor.
fields-visible-to = { $role ->
    [viewer] Lectores y roles superiores
    [staff] Editores y roles superiores
    [admin] Administradores y propietarios
    [owner] Solo propietarios
   *[other] { $role } y roles superiores
}
fields-rule-required = obligatorio
fields-rule-personal = dato personal
fields-none = Todavía no hay campos personalizados.
fields-new = Nuevo campo
fields-key = Clave
fields-key-hint = Cómo lo denomina la API: a–z, 0–9 y _, p. ej., loyalty_tier; no se puede cambiar después
fields-kind = Tipo
fields-add = Añadir campo

## field.html

# { $label } es la etiqueta del campo.
field-heading = Campo personalizado «{ $label }»
field-all = Todos los campos
# Le siguen la clave del campo y su tipo.
field-key = clave
field-fixed = (ninguno de los dos se puede cambiar)
field-save = Guardar
field-delete-heading = Eliminar
field-delete-values = Sus valores desaparecen de inmediato de todos los registros.
field-delete-final = Esta acción no se puede deshacer.
field-delete = Eliminar el campo

## field_form.html

field-form-label = Etiqueta
field-form-label-hint = Lo que se ve junto al valor
field-form-options = Opciones (una por línea)
field-form-options-hint = Solo para campos del tipo «Lista de opciones»
# { $n } es el número de línea de la opción; { $error }, lo que está mal.
field-form-option-error = Opción { $n }: { $error }
field-form-visible-to = Quién lo ve
field-form-visible-viewer = Todos (lectores y roles superiores)
field-form-visible-staff = Editores y roles superiores
field-form-visible-admin = Administradores y propietarios
field-form-visible-owner = Solo propietarios
field-form-required = Obligatorio: todos los registros deben tener un valor
field-form-personal = Dato personal: puede identificar a alguien, por lo que la anonimización lo elimina

## integrations.html

integrations-heading = Integraciones
# Le siguen la dirección de entrada, /hooks/marketing/{id}, y un punto.
integrations-intro = Herramientas de mercadotecnia y otros programas que reciben, mediante webhooks firmados, los cambios de consentimiento y las supresiones, y que comunican a Steward las bajas en
integrations-created = Se ha creado la integración.
# Le sigue el secreto.
integrations-created-secret = Entregue ahora este secreto de firma a su receptor; no se volverá a mostrar:
integrations-open = Abrir la integración
integrations-col-receiver = Receptor
integrations-col-events = Eventos
integrations-col-status = Estado
integrations-col-pending = Pendientes
integrations-col-dead = Abandonadas
integrations-on = activa
integrations-off = inactiva
integrations-none = Todavía no hay integraciones.
integrations-new = Nueva integración
integrations-url = URL del receptor
integrations-url-hint = https://… — adonde Steward envía los webhooks firmados
integrations-purpose = Finalidad de consentimiento que mantiene sincronizada
integrations-purpose-hint = La finalidad de consentimiento cuyas decisiones mantiene sincronizadas.
integrations-snapshot-every = Enviar una instantánea completa de los consentimientos cada
integrations-snapshot-every-hint = Al menos 1 hora y como máximo 31 días (un mes cuenta como 31 días); si se deja vacío, 1 día.
integrations-enabled = Activa: empezar a enviar de inmediato
integrations-add = Añadir integración

## integration.html

integration-heading = Integración
integration-all = Todas las integraciones
# Le sigue el secreto.
integration-new-secret = El nuevo secreto de firma; entrégueselo ahora al receptor, ya que no se volverá a mostrar:
# { $until } es una fecha y hora.
integration-rotating-until = Hasta el { $until }, los mensajes se firman con el secreto antiguo y con el nuevo.
integration-receiver = Receptor
integration-status = Estado
integration-on = activa
integration-off = inactiva
integration-purpose = Finalidad de consentimiento
integration-inbound = Dirección de entrada
integration-pending = Pendientes
integration-dead = Abandonadas
integration-next-snapshot = Próxima instantánea
integration-settings = Configuración
integration-url = URL del receptor
integration-snapshot-every = Enviar una instantánea completa de los consentimientos cada
integration-enabled = Activa
integration-save = Guardar
integration-snapshot-now = Enviar una instantánea ahora
integration-grace = Mantener válido el secreto antiguo durante
integration-grace-hint = Cuánto tiempo sigue firmando el secreto antiguo junto al nuevo: como máximo 7 días; 0 horas lo detiene de inmediato.
integration-rotate = Nuevo secreto
integration-delete = Eliminar
integration-refused = «{ $action }» no se ha realizado: { $reason }
integration-deliveries = Entregas
integration-filter-all = Todas
integration-filter-pending = Pendientes
integration-filter-delivered = Entregadas
integration-filter-dead = Abandonadas
integration-col-made = Creada
integration-col-event = Evento
integration-col-state = Estado
integration-col-attempts = Intentos
integration-col-answer = Última respuesta
integration-col-action = Acción
# Tras el estado de una entrega; { $at } es una fecha y hora.
integration-next-try = próximo intento el { $at }
# { $status } es el código de estado HTTP con el que respondió el receptor.
integration-http-status = HTTP { $status }
integration-retry = Reintentar
integration-older = Entregas anteriores
integration-none = No hay entregas.
integration-none-in-state = No hay entregas en este estado.

## event_choices.html

event-choices-legend = Eventos que recibe
purposes-heading = Finalidades del consentimiento
purposes-intro = Aquello a lo que los clientes pueden dar su consentimiento, como un boletín. El personal elige una finalidad por su nombre al registrar una decisión; los clientes ven ese nombre en su copia y en el portal.
purposes-none = Aún no hay finalidades. Añada la primera abajo.
purposes-col-label = Nombre
purposes-col-key = Clave para programas
purposes-new-heading = Añadir una finalidad
purposes-label = Nombre
purposes-label-hint = En el idioma de estas páginas, tal como lo leerán clientes y personal; p. ej., Boletín por correo electrónico
purposes-description = Descripción
purposes-description-hint = Opcional: a qué da su consentimiento el cliente, en una o dos frases
purposes-key = Clave para programas
purposes-key-hint = Opcional: si se deja vacía, se forma a partir del nombre (Boletín por correo pasa a ser bolet_n_por_correo). La usan los programas y la API; no se puede cambiar después.
purposes-add = Añadir la finalidad
integrations-purpose-default = La finalidad predeterminada (marketing_email)
event-type-consent-updated = Consentimiento dado o retirado
event-type-consent-snapshot = Instantánea completa de consentimientos
event-type-contact-forget = Contacto que debe borrarse
event-type-customer-expired = Periodo de conservación de un registro vencido
event-type-customer-shredded = Registro destruido
event-type-customer-anonymized = Registro anonimizado
event-type-customer-merged = Dos registros fusionados
event-type-request-received = Solicitud de un cliente recibida
fields-rule-correctable = rectificable
field-form-correctable = Rectificable: la persona puede pedir a través del portal que se corrija este valor (rectificación, art. 16 RGPD)
