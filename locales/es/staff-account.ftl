# Páginas del personal: inicio de sesión, la propia cuenta, tokens de API,
# usuarios y registro de auditoría. Las claves empiezan por el nombre de su
# plantilla.
#
# Trato de «usted». Roles como en users-roles-explained: lector, editor,
# administrador, propietario.

## login.html

# El título de la pestaña del navegador en la página de inicio de sesión.
login-page-title = Iniciar sesión · Steward
login-heading = Iniciar sesión en Steward
login-organisation = Organización
login-email = Correo electrónico
login-password = Contraseña
login-totp = Código de su aplicación de autenticación
login-submit = Iniciar sesión

## account.html

account-heading = Su cuenta
account-totp-heading = Verificación en dos pasos
account-totp-on = Activada: al iniciar sesión se le pide un código de su aplicación de autenticación.
account-totp-disable-code-label = Un código actual, para desactivarla
account-totp-disable = Desactivar
account-totp-enrol-intro = Añada esta cuenta a su aplicación de autenticación con la clave que figura a continuación (o abra el enlace en el teléfono que tiene la aplicación) y, después, escriba el código que muestre.
account-totp-key = Clave
account-totp-link = Enlace
account-totp-pending = Se ha iniciado la configuración: escriba el código que muestra su aplicación de autenticación para activar la verificación en dos pasos.
account-totp-confirm-code-label = Código de la aplicación
account-totp-confirm = Activar
account-totp-restart = Volver a empezar con una clave nueva
# Le sigue account-totp-off-explained en el mismo párrafo.
account-totp-off = Desactivada.
account-totp-off-explained = Si la activa, para iniciar sesión necesitará, además de su contraseña, un código de una aplicación, como una aplicación de autenticación en su teléfono.
account-totp-set-up = Configurar la verificación en dos pasos
account-zone-heading = Zona horaria
# La etiqueta de la lista de zonas horarias.
account-zone-label = Mostrar las horas en
account-zone-save = Guardar
account-password-heading = Contraseña
account-password-current-label = Contraseña actual
account-password-new-label = Contraseña nueva
account-password-new-hint = Al menos 12 caracteres
account-password-change = Cambiar la contraseña
account-password-ends-sessions = Al cambiarla, se cerrarán sus demás sesiones.
account-sessions-heading = Dónde ha iniciado sesión
# Encabezados de la tabla de sesiones; «Desde» es la dirección IP.
account-sessions-signed-in = Inicio de sesión
account-sessions-last-used = Último uso
account-sessions-from = Desde
account-sessions-browser = Navegador
account-sessions-action = Acción
account-sessions-this = esta sesión
account-sessions-end = Cerrar

## tokens.html

tokens-heading = Tokens de API
# Le siguen la cabecera (tokens-intro-header, como código) y un punto.
tokens-intro-sent-as = Los programas se identifican con un token, que se envía como
# La propia cabecera HTTP: igual en todos los idiomas.
tokens-intro-header = Authorization: Bearer stw_…
tokens-intro-role = Un token actúa con los permisos de su rol, nunca con más que los suyos.
tokens-created = Se ha creado el token «{ $name }».
# Le sigue el secreto del token.
tokens-created-copy = Cópielo ahora; no se volverá a mostrar:
tokens-name = Nombre
tokens-role = Rol
tokens-made = Creado
tokens-last-used = Último uso
tokens-status = Estado
tokens-never-used = nunca
tokens-revoked = revocado el { $date }
# El botón; los lectores de pantalla oyen después el nombre del token.
tokens-revoke = Revocar
tokens-none = Todavía no hay tokens.
tokens-new-heading = Nuevo token
tokens-new-name-label = Para qué sirve
tokens-new-name-hint = p. ej., el sistema de facturación
tokens-new-submit = Crear token

## users.html

users-heading = Usuarios
users-created = { $email } ya puede iniciar sesión.
# Le siguen la contraseña generada y users-created-password-after.
users-created-password = La contraseña de este usuario es
users-created-password-after = — entréguesela de forma segura; no se volverá a mostrar.
users-caption = Usuarios de esta organización
users-name = Nombre
users-email = Correo electrónico
users-role = Rol
users-status = Estado
users-change = Cambiar
# Tras el nombre de quien está viendo la página.
users-you = (usted)
users-refused = No se ha cambiado nada para { $name }: { $reason }
users-disabled = desactivado
users-active = activo
users-totp = verificación en dos pasos
users-role-of = Rol de { $name }
users-set-role = Asignar rol
# Solo para lectores de pantalla, tras users-set-role.
users-set-role-of = a { $name }
# Los botones; los lectores de pantalla oyen después el nombre del usuario.
users-enable = Activar
users-disable = Desactivar
users-reset-totp = Restablecer la verificación en dos pasos
# Solo para lectores de pantalla, tras users-reset-totp.
users-reset-totp-of = de { $name }
users-new-heading = Nuevo usuario
users-password = Contraseña
users-password-hint = Al menos 12 caracteres; déjelo vacío para que se genere una
users-new-submit = Añadir usuario
users-roles-explained = Los lectores consultan los registros; los editores, además, los modifican y responden a las solicitudes; los administradores, además, suprimen registros y configuran la conservación, los usuarios, los tokens y las integraciones; los propietarios, además, pueden nombrar a otros propietarios.

## audit.html

audit-heading = Registro de auditoría
audit-intro = Quién hizo qué, cuándo y desde dónde; nunca datos personales de nadie.
audit-intro-chain = Cada entrada está encadenada a la anterior mediante un hash, de modo que se detecta cualquier entrada modificada o eliminada.
audit-check-ok = { $count ->
    [one] La cadena está intacta: se ha comprobado { $count } entrada.
   *[other] La cadena está intacta: se han comprobado { $count } entradas.
}
# { $reason } es el motivo, en palabras, que da la comprobación.
audit-check-broken = La cadena está rota en la entrada { $seq }: { $reason }
audit-check = Comprobar la cadena
audit-caption = Entradas de auditoría, de la más reciente a la más antigua
audit-when = Cuándo
audit-what = Qué
audit-who = Quién
audit-about = Objeto
# La dirección IP desde la que se realizó una acción.
audit-from = Desde
audit-older = Entradas anteriores
audit-newest = Entradas más recientes

## audit.html: the filter, the export, names
audit-filter-heading = Filtrar
audit-filter-actor = Quién
audit-filter-actor-any = Cualquiera
audit-filter-actor-system = El propio Steward (tareas, línea de órdenes)
audit-filter-action = Qué ocurrió
audit-filter-action-any = Cualquier evento
audit-filter-record = ID del registro o elemento
audit-filter-from = Desde
audit-filter-to = Hasta (incluido)
audit-filter-dates-hint = Los días van de medianoche a medianoche UTC.
audit-filter-apply = Mostrar
audit-filter-clear = Mostrar todas las entradas
audit-export = Exportar estas entradas (CSV)
audit-export-hint = El archivo contiene todas las entradas que cumplen el filtro, no solo esta página; la exportación queda registrada.
audit-none = Ninguna entrada cumple el filtro.
audit-token = token de API

## Audit events in words (the code shows beside them)
audit-event-auth-login = Inicio de sesión
audit-event-auth-login_failed = Inicio de sesión fallido
audit-event-auth-logout = Cierre de sesión
audit-event-auth-password_changed = Contraseña cambiada
audit-event-auth-session_revoked = Sesión cerrada a mano
audit-event-auth-totp_enrol_started = Configuración en dos pasos iniciada
audit-event-auth-totp_enabled = Verificación en dos pasos activada
audit-event-auth-totp_disabled = Verificación en dos pasos desactivada
audit-event-customer-created = Registro creado
audit-event-customer-bulk_created = Registros creados en bloque
audit-event-customer-updated = Registro modificado
audit-event-customer-read = Registro abierto
audit-event-customer-listed = Registros mostrados en una lista
audit-event-customer-notes_read = Notas leídas
audit-event-customer-note_added = Nota añadida
audit-event-customer-consent_read = Consentimientos leídos
audit-event-customer-consent_changed = Consentimiento modificado
audit-event-customer-objected_to_marketing = Oposición a la mercadotecnia directa
audit-event-customer-processing_stopped = Tratamiento detenido tras una oposición
audit-event-customer-completed = Registro completado
audit-event-customer-reopened = Registro reabierto
audit-event-customer-restricted = Tratamiento limitado
audit-event-customer-restriction_lifted = Limitación retirada
audit-event-customer-hold_placed = Conservación legal activada
audit-event-customer-hold_released = Conservación legal retirada
audit-event-customer-copied = Copia hecha para la persona
audit-event-customer-merged = Registros fusionados
audit-event-customer-history_read = Historial de campos leído
audit-event-customer-task_added = Tarea añadida
audit-event-customer-task_done = Tarea hecha
audit-event-customer-tasks_read = Tareas leídas
audit-event-customer-shredded = Registro destruido
audit-event-customer-anonymized = Registro anonimizado
audit-event-customers-exported = Lista de clientes exportada
audit-event-export-downloaded = Exportación descargada
audit-event-field-created = Campo propio añadido
audit-event-field-updated = Campo propio modificado
audit-event-field-deleted = Campo propio eliminado
audit-event-import-uploaded = Archivo de importación subido
audit-event-import-mapped = Columnas de importación asignadas
audit-event-import-started = Importación iniciada
audit-event-import-finished = Importación terminada
audit-event-import-failed = Importación fallida
audit-event-import-cancelled = Importación cancelada
audit-event-import-expired = Importación caducada sin usar
audit-event-import-refused_read = Filas rechazadas descargadas
audit-event-integration-created = Integración añadida
audit-event-integration-updated = Integración modificada
audit-event-integration-deleted = Integración eliminada
audit-event-integration-disabled = Integración desactivada
audit-event-integration-secret_rotated = Secreto de la integración renovado
audit-event-integration-delivery_retried = Envío reintentado
audit-event-integration-hook_received = Mensaje recibido de una herramienta
audit-event-integration-snapshot_requested = Lista completa de consentimientos solicitada
audit-event-notification-acknowledged = Aviso marcado como leído
audit-event-purpose-labelled = Finalidad nombrada
audit-event-purpose-unlabelled = Nombre de la finalidad eliminado
audit-event-recipient-created = Destinatario añadido
audit-event-recipient-changed = Destinatario modificado
audit-event-recipient-deleted = Destinatario eliminado
audit-event-request-received = Solicitud de datos recibida
audit-event-request-verified = Solicitud confirmada por correo
audit-event-request-fulfilled = Solicitud atendida
audit-event-request-rejected = Solicitud rechazada
audit-event-request-extended = Plazo de la solicitud ampliado
audit-event-request-restricted = Registros limitados mientras se decide una solicitud
audit-event-request-lift_announced = Levantamiento de la limitación de una solicitud anunciado a la persona
audit-event-request-restriction_lifted = Limitación concedida por una solicitud levantada
audit-event-request-downloaded = Copia descargada por la persona
audit-event-request-identity_document_uploaded = Documento de identidad subido por la persona
audit-event-request-identity_confirmed = Identidad del solicitante confirmada
audit-event-request-identity_refused = Identidad del solicitante no confirmada; solicitud rechazada
audit-event-retention-changed = Política de conservación modificada
audit-event-retention-expired = Plazos de conservación vencidos
audit-event-retention-reminded = Recordatorios enviados
audit-event-retention-anonymized = Registros anonimizados por la política
audit-event-retention-shredded = Registros destruidos por la política
audit-event-tenant-created = Organización creada
audit-event-tenant-settings_changed = Ajustes de la organización modificados
audit-event-tenant-logo_set = Logotipo establecido
audit-event-tenant-logo_removed = Logotipo eliminado
audit-event-tenant-exported = Organización exportada
audit-event-tenant-cancelled = Organización dada de baja
audit-event-tenant-purge_warned = Aviso antes del borrado definitivo
audit-event-token-created = Token de API creado
audit-event-token-revoked = Token de API revocado
audit-event-user-created = Usuario añadido
audit-event-user-updated = Usuario modificado
audit-event-user-language_set = Idioma de las páginas elegido
audit-event-user-time_zone_set = Zona horaria elegida
audit-event-audit-exported = Registro de auditoría exportado
audit-event-request-viewed = Detalles de una solicitud leídos
audit-event-request-rectified = Rectificación decidida (campos nombrados)
