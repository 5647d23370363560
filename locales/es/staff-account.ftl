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
