# Páginas del personal: la bandeja de entrada de avisos, la cola de
# solicitudes, el inventario de destinatarios y la configuración de la
# organización. Las claves empiezan por el nombre de su plantilla.
#
# Destruir («shred») suprime definitivamente, incluidas las copias de
# seguridad; anonimizar solo elimina los datos personales. La retención
# legal («legal hold») impide cualquier supresión. «Inventario» es el
# registro de destinatarios (para no confundirlo con un registro de cliente).

## notifications.html

notifications-heading = Bandeja de entrada
# Enlaces que cambian entre avisos abiertos y cerrados.
notifications-show-open = Abiertos
notifications-show-closed = Cerrados
# Tras la hora del aviso: cuántos recordatorios se han enviado sobre él.
notifications-reminded = { $count ->
    [one] { $count } recordatorio enviado
   *[other] { $count } recordatorios enviados
}
notifications-record-gone = El registro ya no se conserva
notifications-see-request = Ver la solicitud
notifications-integration-back-on = Vuelva a activarla en la configuración de la integración cuando la herramienta vuelva a aceptar entregas.
# Botones de un aviso cuyo plazo de conservación ha terminado; los lectores
# de pantalla oyen después el nombre del cliente.
notifications-shred = Destruir…
notifications-anonymize = Anonimizar…
notifications-reopen = Reabrir
# El motivo que se pide antes de aplicar la retención legal al registro.
notifications-hold-reason = Aplicar la retención legal porque
notifications-hold = Aplicar retención legal
notifications-acknowledge = Marcar como revisado
notifications-none-closed = Todavía no hay nada cerrado.
notifications-none-open = No hay nada que requiera su atención.
notifications-more = Más

## requests.html

requests-heading = Solicitudes
requests-caption = Solicitudes de ejercicio de derechos, primero las de vencimiento más próximo
# Encabezados de columna de la cola.
requests-col-request = Solicitud
requests-col-received = Recibida
requests-col-due = Vencimiento
requests-col-state = Estado
requests-col-records = Registros
requests-col-answer = Respuesta
# Etiquetas junto a la fecha de vencimiento.
requests-overdue = vencida
requests-extended = prorrogada
# requests-fulfil-erasure abre la confirmación; los lectores de pantalla
# oyen después requests-fulfil-erasure-skip.
requests-fulfil-erasure = Atender…
requests-fulfil-erasure-skip = esta solicitud de supresión
requests-shred-warning = { $count ->
    [one] Esto destruye definitivamente el registro encontrado, incluidas las copias de seguridad, salvo que esté en retención legal.
   *[other] Esto destruye definitivamente los { $count } registros encontrados, incluidas las copias de seguridad, salvo los que estén en retención legal.
}
requests-shred-and-answer = Destruir y responder
requests-erasure-admin-only = Las solicitudes de supresión las responde un administrador.
# El botón; los lectores de pantalla oyen después requests-fulfil-skip, con
# el tipo de solicitud en minúsculas («copia de los datos»).
requests-fulfil = Atender
requests-fulfil-skip = esta solicitud de { $kind }
requests-reject = Denegar
# La etiqueta del motivo que se da al denegar o prorrogar.
requests-reason-label = Motivo (se comunica a la persona)
requests-extend = Prorrogar
# La etiqueta de la elección de cuántos meses se prorroga el plazo.
requests-extend-by = Prórroga de
requests-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
requests-none = No hay solicitudes aquí.
requests-due-rule = (un mes desde la recepción)
requests-identity-waiting = Confirme la identidad del solicitante antes de responder; el plazo sigue corriendo mientras tanto.
requests-identity-document = Ver el documento de identidad
requests-identity-confirm = Identidad confirmada
requests-identity-refuse = Identidad no confirmada
requests-identity-how = Cómo se confirmó la identidad (se guarda sellado; no se comunica a la persona)
requests-identity-why = Por qué no (se comunica a la persona)
request-settings-heading = Identidad de los solicitantes
request-settings-intro = Las solicitudes de los tipos marcados esperan hasta que el equipo confirme que el solicitante es la persona a la que se refieren los datos (RGPD art. 12, apartados 2 y 6); en otro caso basta la dirección de correo confirmada.
request-settings-never = Retirar el consentimiento y oponerse a la mercadotecnia directa nunca esperan: deben seguir siendo tan fáciles como lo fue dar el consentimiento (RGPD art. 7, apartado 3, y art. 21, apartado 3).
request-settings-kinds = Tipos que requieren confirmar la identidad
request-settings-objection = a un tratamiento basado en intereses legítimos
request-settings-documents = Las personas pueden subir un documento de identidad
request-settings-documents-hint = Un JPEG, PNG o PDF de 5 MB como máximo por solicitud, guardado sellado; se elimina cuando el equipo decide y, a más tardar, 14 días después de subirlo. Nunca forma parte de una copia ni de una exportación.
request-settings-due = El plazo de un mes se cuenta desde la recepción (RGPD art. 12, apartado 3); esperar la confirmación de identidad no lo interrumpe.
request-settings-save = Guardar

## recipients.html

recipients-heading = Destinatarios
recipients-intro = El inventario de destinatarios y encargados del tratamiento: quién recibe los datos de sus clientes, qué datos, con qué finalidad, dónde y durante cuánto tiempo.
# Entre estos dos mensajes figura la dirección de la página pública del inventario.
recipients-intro-shown-before = Las copias de los datos de los clientes y la página pública
recipients-intro-shown-after = lo recogen.
recipients-intro-integrations = También figura cada integración; una entrada puede describir una de ellas con sus datos.
# Encabezados de columna del inventario.
recipients-col-name = Nombre
recipients-col-receives = Datos que recibe
recipients-col-purpose = Finalidad
recipients-col-country = País
recipients-col-safeguard = Garantía
recipients-col-kept = Conservación
recipients-col-source = Origen
# De dónde procede una fila: de una integración o de una entrada del inventario.
recipients-source-integration = integración
recipients-no-entry = (sin entrada en el inventario)
recipients-source-register = inventario
recipients-integration-deleted = su integración se ha eliminado
recipients-none = Todavía no hay destinatarios: nadie recibe los datos de sus clientes.
recipients-form-change = Modificar la entrada
recipients-form-new = Nueva entrada
recipients-name-label = Nombre
recipients-name-hint = La empresa o el servicio, p. ej., Example Hosting S.L.
recipients-receives-label = Qué datos recibe
recipients-receives-hint = p. ej., todos los registros de clientes, como nuestro proveedor de alojamiento
recipients-purpose-label = Finalidad
recipients-purpose-hint = Para qué recibe los datos
recipients-country-label = País
recipients-country-choose = Elija…
recipients-safeguard-label = Garantía de una transferencia fuera del EEE
recipients-safeguard-hint = Obligatoria fuera de la UE, Islandia, Liechtenstein y Noruega; dentro de ellos, deje el campo vacío.
recipients-safeguard-none = Ninguna (dentro del EEE)
recipients-retention-label = Cuánto tiempo conserva los datos
recipients-retention-hint = Opcional, p. ej., 30 días tras la finalización del contrato
recipients-integration-label = Integración que describe
recipients-integration-none = Ninguna: recibe los datos de todos los clientes
recipients-save = Guardar
recipients-add = Añadir entrada
recipients-back-to-new = Volver a una entrada nueva
recipients-remove-heading = Quitar
recipients-remove-explained = Las copias dejan de mencionarlo de inmediato; una integración que describa sigue figurando con su nombre de host.
recipients-remove = Quitar la entrada

## organisation.html

organisation-heading = Organización
organisation-cancelled = Esta cuenta está cancelada.
# { $until } y { $purge } son fechas con hora.
organisation-cancelled-until = Todos pueden seguir iniciando sesión, consultando y exportando datos hasta el { $until }; el { $purge } se destruirán todos los registros, usuarios y entradas de auditoría, junto con las claves con las que estaban sellados.
organisation-slug = Nombre corto (para iniciar sesión)
organisation-portal = Portal de clientes
organisation-settings-heading = Configuración
organisation-name-label = Nombre
organisation-contact-email-label = Correo electrónico de contacto
organisation-contact-email-hint = Donde Steward le escribe sobre la propia cuenta
organisation-language-label = Idioma para los clientes
organisation-language-hint = El portal, los correos electrónicos y las copias lo utilizan cuando no se conoce el idioma de la persona
organisation-require-totp = Los administradores y propietarios deben usar la verificación en dos pasos
organisation-suppress-erased = Mantener una lista de exclusión de las direcciones suprimidas (al desactivarla, se vacía la lista)
organisation-identity-heading = Quién es usted, para las personas que figuran en sus registros
organisation-identity-intro = El portal, los correos electrónicos a las personas y la primera página de cada copia muestran estos datos.
organisation-legal-name-label = Razón social (si difiere del nombre)
organisation-postal-address-label = Dirección postal
organisation-privacy-email-label = Correo electrónico para cuestiones de privacidad
organisation-privacy-email-hint = Se muestra a las personas para consultas sobre sus datos; si no se indica, se usa el correo electrónico de contacto
organisation-privacy-notice-label = Política de privacidad (dirección web)
organisation-dpo-name-label = Delegado de protección de datos
organisation-dpo-name-hint = Déjelo vacío si no se ha designado ninguno
organisation-dpo-contact-label = Contacto del delegado de protección de datos
organisation-authority-label = Autoridad de control
organisation-authority-hint = Ante la que las personas pueden presentar una reclamación. ¿No figura en la lista (p. ej., la autoridad de una comunidad autónoma)? Elija «Ninguna» e indique a continuación su nombre y su dirección web.
organisation-authority-none = Ninguna
organisation-authority-name-label = O bien otra autoridad: su nombre
organisation-authority-url-label = Su dirección web
organisation-automated-label = Decisiones automatizadas sobre las personas
organisation-automated-hint = Describa toda decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles (art. 22 del RGPD); déjelo vacío si no hay ninguna
organisation-accent-label = Color de acento
organisation-accent-hint = En formato #rrggbb; el texto blanco sobre él debe seguir siendo legible (contraste mínimo de 4,5:1)
organisation-save = Guardar
organisation-logo-heading = Logotipo
# El texto alternativo del logotipo.
organisation-logo-current = El logotipo actual
organisation-logo-replace = Sustituir el logotipo
organisation-logo-upload-label = Subir un logotipo
organisation-logo-hint = PNG o JPEG, hasta 512 KB; se ajusta a un tamaño de 600 × 200 píxeles
organisation-logo-upload = Subir
organisation-logo-remove = Quitar el logotipo
organisation-export-heading = Exportarlo todo
organisation-export-contents = Todos los clientes con sus notas, su historial de consentimiento y sus campos personalizados, además de los usuarios, las definiciones de campos, la política de conservación y el registro de auditoría, en un único archivo NDJSON.
# Entre estos dos mensajes figura la última línea de la exportación, como código.
organisation-export-last-line-before = La descarga empieza de inmediato y se transmite de forma continua; su última línea,
organisation-export-last-line-after = , indica que está completa.
organisation-export-download = Descargar la exportación
organisation-cancel-heading = Cancelar la cuenta
organisation-cancel-read-only = Al cancelarla, todo pasa a ser de solo lectura.
organisation-cancel-window = { $count ->
    [one] Todos podrán seguir iniciando sesión, consultando y exportando datos durante { $count } día; después, todos los datos se destruirán definitivamente.
   *[other] Todos podrán seguir iniciando sesión, consultando y exportando datos durante { $count } días; después, todos los datos se destruirán definitivamente.
}
organisation-cancel-emails = Se avisa por correo electrónico a los propietarios ahora, 7 días antes y 1 día antes.
# Entre estos dos mensajes figura el nombre corto, en negrita.
organisation-cancel-confirm-before = Escriba el nombre corto,
organisation-cancel-confirm-after = , para confirmar
organisation-cancel-confirm-label = Nombre corto para confirmar
organisation-cancel-confirm-wrong = «{ $label }» debe ser el nombre corto { $slug }, para confirmar que se destruirán todos los registros. No se ha cancelado nada.
organisation-cancel = Cancelar la cuenta

## notifications.html: the record in a heading, selecting, why a notice closed
notifications-record-anonymized = Registro anonimizado
notifications-tick = Seleccionar
notifications-acknowledge-ticked = Marcar como leídos los seleccionados
notice-done-acknowledged = Marcado como leído el { $at }.
notice-done-acknowledged-by = Marcado como leído por { $who } el { $at }.
notice-done-reopened = Cerrado el { $at } porque se reabrió el registro.
notice-done-held = Cerrado el { $at } porque el registro quedó en conservación legal.
notice-done-rescheduled = Cerrado el { $at } porque cambió la fecha a la que se refería.
notice-done-answered = Cerrado el { $at } porque se respondió a la solicitud.
notice-done-shredded = Cerrado el { $at } porque el registro se destruyó.
notice-done-anonymized = Cerrado el { $at } porque el registro se anonimizó.
notice-done-other = Cerrado el { $at }.

# One request on its own page.
title-request = Solicitud
request-back-to-queue = ← Todas las solicitudes
request-reference = Referencia
request-confirmed = Confirmada por la persona
request-extension-reason = Motivo de la prórroga
request-objection-to = Se opone a
request-objection-marketing = la mercadotecnia directa
request-objection-legitimate-interests = un tratamiento basado en intereses legítimos
request-answered = Respondida
request-reason-told = Motivo comunicado a la persona
request-details-heading = Lo que escribió la persona
request-records-heading = Fichas de la persona
request-record-hold = conservación legal
request-record-restricted = limitada
request-record-gone = Una ficha que ya no se conserva (suprimida o anonimizada)
request-records-none = La dirección no coincidió con ninguna ficha: la respuesta comunica a la persona que no se conservan datos suyos.
request-preview-heading = Qué hace la respuesta
request-preview-unverified = La persona aún no ha seguido el enlace enviado. No se puede responder hasta que confirme la solicitud.
request-preview-no-data = Ahora no se conserva ninguna ficha con esta dirección: atender la solicitud comunica a la persona que no se conservan datos suyos.
request-preview-copy = { $count ->
    [one] Atender la solicitud envía a la persona un enlace de un solo uso para descargar su ficha en estos archivos:
   *[other] Atender la solicitud envía a la persona un enlace de un solo uso para descargar cada una de sus { $count } fichas en estos archivos:
}
request-preview-portability = { $count ->
    [one] Atender la solicitud envía a la persona un enlace de un solo uso para descargar los datos que facilitó, en estos archivos:
   *[other] Atender la solicitud envía a la persona un enlace de un solo uso para descargar los datos que facilitó en cada una de sus { $count } fichas, en estos archivos:
}
request-preview-erasure = { $count ->
    [one] Atender la solicitud destruye para siempre la ficha de arriba, copias de seguridad incluidas, y se lo comunica a la persona.
   *[other] Atender la solicitud destruye para siempre las { $count } fichas de arriba, copias de seguridad incluidas, y se lo comunica a la persona.
}
request-preview-erasure-held = Una ficha de arriba está bajo conservación legal: atender la solicitud rechaza la supresión y comunica el motivo a la persona.
request-preview-objection = Detener el tratamiento limita las fichas de arriba y se lo comunica a la persona. Para mantener el tratamiento, rechace la solicitud indicando los motivos legítimos imperiosos; la persona los conocerá.
request-answer-heading = Responder
request-history-heading = Historial
request-step-by-person = la persona
request-step-by-system = Steward
request-step-by-other = una herramienta conectada
request-state-unverified-long = Esperando a que la persona la confirme con el enlace enviado
request-state-open-long = Esperando su respuesta
request-state-fulfilling-long = En curso: se están suprimiendo las fichas
request-state-fulfilled-long = Respondida
request-state-rejected-long = Rechazada, con el motivo comunicado a la persona
requests-filter-reference = Referencia
requests-find-form = Buscar una solicitud por su referencia
requests-find = Buscar
request-preview-rectification = Revise las rectificaciones propuestas junto a los valores actuales y acepte o rechace cada una con un motivo; las aceptadas se aplican a las fichas de arriba y la persona sabrá qué cambió y por qué no.
request-preview-restriction = Atender la solicitud limita las fichas de arriba —se conservan, pero no se usan de otro modo— y se lo comunica a la persona; la limitación solo se levanta desde esta solicitud, tras avisar a la persona.
request-state-identity-long = Esperando a que confirme la identidad de la persona
request-preview-identity = Confirme primero la identidad de la persona (cómo lo hizo queda sellado) o rechace con un motivo que se le comunicará; un documento de identidad subido se borra en ambos casos.
