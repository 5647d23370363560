# Los textos de Steward para las personas que figuran en los registros: el
# portal, los correos electrónicos que reciben y su copia. Un archivo por
# idioma, en locales/<etiqueta>/; cada mensaje del archivo inglés debe estar
# en todos los demás archivos.
#
# Los valores que reciben los mensajes van { $entre_llaves }; los plurales y
# otras alternativas usan selectores de Fluent. Redacción clara, cortés y
# jurídicamente cuidadosa.

## El propio idioma

# El nombre del idioma en ese mismo idioma, que se muestra en el selector de idioma.
language-name = Español
language-de = Alemán
language-en = Inglés
language-es = Español
language-fr = Francés
language-it = Italiano
language-nl = Neerlandés
language-pl = Polaco

## Fechas, horas y números

# { $day } y { $year } son números; { $month } es un mensaje month-N.
format-date = { $day } de { $month } de { $year }
format-datetime = { $date }, a las { $time } { $zone }
format-group-separator = .
format-decimal-separator = ,
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
unit-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
unit-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
unit-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
unit-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
yes = Sí
no = No

## Lo que una persona puede solicitar

kind-copy = una copia de los datos personales que { $controller } tiene sobre usted
kind-erasure = la supresión de los datos personales que { $controller } tiene sobre usted
kind-withdraw_consent = la retirada de su consentimiento
kind-portability = sus datos personales que tiene { $controller }, en archivos que puede llevar a otra organización

## El portal

portal-language = Idioma
portal-skip = Ir al contenido
portal-form-title = Sus datos
portal-form-intro = Aquí puede presentar a { $controller } una solicitud relativa a los datos personales que tiene sobre usted. Le enviaremos un enlace a su dirección de correo electrónico para confirmar que la solicitud es suya.
portal-form-closing = { $controller } va a dejar de utilizar este servicio. Todos los datos que tiene sobre usted se suprimirán el { $date }. Hasta entonces, aún puede solicitar la supresión de sus datos o retirar su consentimiento; ya no es posible enviar copias de los datos.
portal-form-email = Su dirección de correo electrónico
portal-form-what = ¿Qué desea solicitar?
portal-form-kind-copy = Una copia de mis datos (PDF y JSON)
portal-form-kind-erasure = La supresión de mis datos
portal-form-kind-withdraw_consent = La retirada de mi consentimiento: que dejen de enviarme comunicaciones comerciales
portal-form-kind-portability = Mis datos en archivos para llevarlos a otro sitio (JSON y CSV)
portal-form-send = Enviar solicitud
portal-form-deadline = { $controller } debe responder a las solicitudes de copia o de supresión en el plazo de un mes.
portal-sent-title = Revise su correo electrónico
portal-sent-text = { $hours ->
    [one] Si la dirección indicada puede recibir correo electrónico, en breve le llegará un mensaje con un enlace de confirmación. Ábralo para confirmar su solicitud; el enlace solo puede utilizarse una vez y es válido durante una hora.
   *[other] Si la dirección indicada puede recibir correo electrónico, en breve le llegará un mensaje con un enlace de confirmación. Ábralo para confirmar su solicitud; el enlace solo puede utilizarse una vez y es válido durante { $hours } horas.
}
portal-sent-none = ¿No ha recibido ningún mensaje? Revise la carpeta de correo no deseado o vuelva a presentar la solicitud más tarde.
portal-confirm-title = Confirme su solicitud
portal-confirm-text = Por favor, confirme su solicitud de { $what }.
portal-confirm-button = Confirmar
portal-verified-title = Solicitud confirmada
portal-verified-withdrawn = Hecho: se ha retirado todo consentimiento que hubiera dado a { $controller }. Le hemos enviado un correo electrónico en el que se indican los cambios realizados.
portal-verified-queued = Gracias. { $controller } ha recibido su solicitud de { $what } y le responderá a más tardar el { $date }. Le hemos enviado el número de referencia por correo electrónico.
portal-already-title = Solicitud ya confirmada
portal-already-text = Esta solicitud ya se había confirmado; no es necesario hacer nada más con este enlace.
portal-already-state = Estado de la solicitud: { $state ->
    [identity] pendiente de que { $controller } confirme su identidad; responderá a más tardar el { $date }.
    [open] en trámite. { $controller } le responderá a más tardar el { $date }.
    [fulfilling] en trámite. { $controller } le responderá a más tardar el { $date }.
    [fulfilled] respondida. Ya ha recibido, o recibirá en breve, un correo electrónico con la respuesta.
    [rejected] denegada. Le hemos enviado un correo electrónico con el motivo.
   *[other] recibida.
}
portal-download-title = Su copia
portal-download-text = Su copia de los datos personales que { $controller } tiene sobre usted. Cada archivo puede descargarse una sola vez, hasta el { $until }.
portal-download-pdf = Sus datos en un documento PDF
portal-download-json = Sus datos en un archivo JSON (formato de lectura mecánica)
portal-download-data-json = Sus datos en un archivo JSON
portal-download-data-csv = Sus datos en un archivo CSV (se abre en una hoja de cálculo)
portal-download-schema = La descripción del archivo JSON (JSON Schema)
portal-download-record = Registro { $n }: { $file }
portal-download-done = { $file } (descargado)
portal-problem-title = Algo no ha ido bien
portal-problem-back = Volver al formulario de solicitud
portal-problem-link-used = Este enlace ha caducado o ya se ha utilizado. Si aún lo necesita, vuelva a presentar la solicitud.
portal-problem-download-gone = Este enlace de descarga ha caducado o ya se han descargado todos los archivos. Para obtener una nueva copia, presente una nueva solicitud de copia de sus datos.
portal-problem-file-done = Este archivo ya se ha descargado. Cada archivo puede descargarse una sola vez; para obtener una nueva copia, presente una nueva solicitud de copia de sus datos.
portal-problem-record-gone = Este registro ya no existe, por lo que no hay ninguna copia que descargar.
portal-problem-closed = Esta solicitud se cerró antes de ser confirmada. Si lo necesita, vuelva a presentarla.
portal-problem-closing = { $controller } va a dejar de utilizar este servicio, por lo que ya no es posible enviar copias de los datos. Aún puede solicitar la supresión de sus datos o retirar su consentimiento.
portal-problem-throttled = Se han recibido demasiadas solicitudes desde aquí o para esta dirección. Espere un tiempo y vuelva a intentarlo.
portal-problem-email = Indique una dirección de correo electrónico válida, por ejemplo, nombre@example.com.
portal-problem-kind = Indique qué desea solicitar.
portal-problem-form = El formulario se envió desde una página antigua. Vuelva atrás, recargue la página y envíelo de nuevo.
portal-problem-unknown = No existe ninguna página de solicitudes en esta dirección. Compruebe el enlace que se le facilitó.
portal-problem-other = No se ha podido tramitar la solicitud. Inténtelo de nuevo más tarde.
portal-identity-title = Confirme quién es
portal-identity-waiting = Antes de responder, { $controller } debe confirmar que usted es la persona a la que se refieren los datos; puede ponerse en contacto con usted para ello.
portal-identity-upload-link = Subir un documento de identidad
portal-identity-intro = Puede subir una foto o un escaneo de un documento de identidad (JPEG, PNG o PDF, 5 MB como máximo) para que { $controller } pueda confirmar quién es. Puede tapar lo que no sea necesario para ello, como el número del documento.
portal-identity-deleted = El documento se elimina en cuanto { $controller } haya decidido y, a más tardar, 14 días después de subirlo. Nunca forma parte de una copia ni de una exportación de sus datos.
portal-identity-waiting-document = Su documento del { $date } está pendiente de revisión; se eliminará a más tardar el { $until }.
portal-identity-received = Gracias: su documento ha llegado.
portal-identity-file = Su documento (JPEG, PNG o PDF, 5 MB como máximo)
portal-identity-send = Subir
portal-identity-replace = Un documento nuevo sustituye al que envió antes.
portal-identity-not-taken = { $controller } no acepta documentos de identidad aquí; se pondrá en contacto con usted para confirmar quién es.
portal-identity-closed = Esta solicitud ya no está pendiente de confirmar su identidad; no hay nada que subir.
portal-problem-too-large = El archivo supera los 5 MB. Suba una foto o un escaneo más pequeño.
portal-problem-type = El archivo debe ser una imagen JPEG o PNG o un PDF. No se ha guardado nada.
portal-problem-no-file = Elija un archivo para subir.
portal-footer = { $controller } · solicitudes gestionadas con Steward
portal-privacy-notice = Política de privacidad
portal-contact = Preguntas sobre sus datos: { $email }

## Correos electrónicos a las personas que han presentado una solicitud

mail-greeting = Estimado/a señor/a:
mail-footer = Steward ha enviado este mensaje en nombre de { $controller }.
mail-reference = Referencia: { $id }.
mail-complain = Si no está de acuerdo, puede presentar una reclamación ante una autoridad de control de protección de datos.
mail-verify-subject = Confirme su solicitud a { $controller }
mail-verify-text = Alguien, probablemente usted, ha solicitado a { $controller } { $what } y ha indicado esta dirección de correo electrónico.
mail-verify-action = Para confirmar la solicitud, abra este enlace:
mail-verify-button = Confirmar la solicitud
mail-verify-until = El enlace solo puede utilizarse una vez y es válido hasta el { $until }. Si usted no ha hecho esta solicitud, ignore este mensaje: no se realizará ninguna acción.
mail-received-subject = { $controller } ha recibido su solicitud
mail-received-text = { $controller } ha recibido su solicitud confirmada de { $what }. El número de referencia es { $id }.
mail-received-due = La ley concede a { $controller } un plazo de un mes para responder: recibirá una respuesta a más tardar el { $date }.
mail-withdrawn-subject = { $controller }: su consentimiento
mail-withdrawn-done = Se ha retirado su consentimiento para: { $purposes }. { $controller } no utilizará sus datos para estos fines, incluida la mercadotecnia, salvo que usted vuelva a dar su consentimiento.
mail-withdrawn-nothing = { $controller } no tenía ningún consentimiento suyo que retirar, por lo que no ha sido necesario cambiar nada. No utilizará sus datos con fines de mercadotecnia salvo que usted dé su consentimiento.
mail-withdrawn-unknown = { $controller } no tiene ningún registro de cliente con esta dirección de correo electrónico, por lo que no tiene ningún consentimiento suyo que retirar.
mail-copy_ready-subject = { $controller }: la copia de sus datos ya está disponible
mail-copy_ready-text = Ya está disponible su copia de los datos personales que { $controller } tiene sobre usted: un documento PDF legible y un archivo JSON en formato de lectura mecánica.
mail-copy_ready-action = Descárguela aquí:
mail-copy_ready-button = Descargar su copia
mail-copy_ready-until = Cada archivo puede descargarse una sola vez, hasta el { $until }. Si el enlace ha caducado, presente una nueva solicitud de copia en la misma página.
mail-data_ready-subject = { $controller }: sus datos están listos para llevárselos
mail-data_ready-text = Los datos personales que usted facilitó a { $controller } están listos en archivos de lectura mecánica: JSON con su descripción, y CSV. Puede entregarlos a otra organización.
mail-data_ready-action = Descárguelos aquí:
mail-data_ready-button = Descargar sus datos
mail-data_ready-until = Cada archivo puede descargarse una sola vez, hasta el { $until }. Si el enlace ha caducado, presente una nueva solicitud en la misma página.
mail-no_data-subject = { $controller } no tiene datos sobre usted
mail-no_data-text = Usted ha solicitado a { $controller } { $what }. { $controller } no tiene ningún registro de cliente con esta dirección de correo electrónico, por lo que no tiene datos sobre usted.
mail-erased-subject = { $controller } ha suprimido sus datos
mail-erased-text = Usted ha solicitado a { $controller } la supresión de los datos personales que tiene sobre usted. Sus datos se han suprimido: los registros se han eliminado y se han destruido las claves que permitían abrir cualquier copia de ellos, incluidas las copias de seguridad.
mail-erased_partly-subject = { $controller } ha suprimido la mayor parte de sus datos
mail-erased_partly-text = Usted ha solicitado a { $controller } la supresión de los datos personales que tiene sobre usted. { $controller } ha suprimido sus registros, salvo uno o varios que deben conservarse porque son necesarios para la formulación, el ejercicio o la defensa de reclamaciones (art. 17.3.e) del RGPD); estos se conservan únicamente con ese fin.
mail-refused_hold-subject = { $controller } todavía no puede suprimir sus datos
mail-refused_hold-text = Usted ha solicitado a { $controller } la supresión de los datos personales que tiene sobre usted. Por ahora, { $controller } debe conservar su registro porque es necesario para la formulación, el ejercicio o la defensa de reclamaciones (art. 17.3.e) del RGPD), por lo que todavía no puede suprimirlo. Los datos se conservan únicamente con ese fin.
mail-rejected-subject = { $controller } ha denegado su solicitud
mail-rejected-text = { $controller } ha denegado su solicitud de { $what }, por el siguiente motivo:
mail-rejected-remedy = Puede presentar una reclamación ante una autoridad de control de protección de datos o interponer un recurso judicial.
mail-extended-subject = { $controller } necesita más tiempo para responder a su solicitud
mail-extended-text = { $controller } necesita más tiempo para responder a su solicitud de { $what }, por el siguiente motivo:
mail-extended-due = Recibirá una respuesta a más tardar el { $date }.

## La copia (PDF y JSON)

copy-title = Sus datos personales en poder de { $controller }
copy-intro = Este documento es una copia de todos los datos personales que { $controller } tiene sobre usted en sus registros de clientes, junto con la información a la que usted tiene derecho sobre el uso que se hace de ellos (art. 15 del RGPD).
copy-header = Copia de los datos personales en poder de { $controller }
copy-footer = Página { $page } de { $pages }
copy-subject = Copia de los datos personales que se conservan sobre usted (art. 15 del RGPD)
copy-unsupported-title = Caracteres que no se han podido mostrar
copy-unsupported-text = Para estos caracteres de sus datos no hay aquí ninguna fuente tipográfica; cada uno aparece en la copia como su punto de código entre corchetes:
copy-controller = Responsable del tratamiento
copy-contact = Contacto
copy-postal-address = Dirección postal
copy-dpo = Delegado de protección de datos
copy-authority = Autoridad de control
copy-customer-id = Identificador de cliente
copy-made-on = Fecha de emisión
copy-request = Su solicitud
copy-language = Idioma
copy-overview = Esta primera parte indica quién trata sus datos, con qué fin y durante cuánto tiempo, y cuáles son sus derechos. En las páginas siguientes figuran sus datos, el estado de su registro, sus decisiones sobre el consentimiento y todas las notas escritas sobre usted.
copy-details = Sus datos
copy-name = Nombre
copy-name-removed = (eliminado)
copy-email = Correo electrónico
copy-phone = Teléfono
copy-company = Empresa
copy-address = Dirección
copy-field-removed = Campo que ya no se utiliza
copy-record = Su registro
copy-state = Estado
copy-state-active = abierto
copy-state-complete = completado
copy-state-anonymized = anonimizado
copy-created = Creado
copy-changed = Última modificación
copy-completed = Completado
copy-kept-until = Se conserva hasta
copy-restricted = Limitación del tratamiento
copy-restricted-text = Se ha limitado el tratamiento (art. 18 del RGPD): los datos se conservan, pero no se utilizan de ninguna otra forma.
copy-held = Conservación por motivos legales
copy-held-text = El registro debe conservarse para la formulación, el ejercicio o la defensa de reclamaciones y no se suprimirá hasta que finalice dicha conservación.
copy-reason = Motivo: { $reason }
copy-consent = Consentimiento
copy-consent-state = { $purpose }: { $granted ->
    [yes] otorgado
   *[no] no otorgado
}
copy-consent-decision = { $granted ->
    [yes] Otorgado
   *[no] Retirado
} (base jurídica: { $basis }; registrado { $source })
copy-consent-none = No consta ninguna decisión sobre el consentimiento.
copy-notes = { $count ->
    [one] Notas (1)
   *[other] Notas ({ $count })
}
copy-notes-none = No hay notas sobre usted.
basis-consent = su consentimiento
basis-contract = un contrato con usted
basis-legal_obligation = una obligación legal
basis-vital_interests = intereses vitales
basis-public_task = una misión realizada en interés público
basis-legitimate_interests = intereses legítimos
source-staff = por el personal
source-portal = a través de la página de solicitudes
source-sync = por un servicio de mercadotecnia
source-import = mediante una importación

## La copia: la información que exige el art. 15 del RGPD

info-who = Quién tiene sus datos
info-who-text = Los datos de esta copia están en poder de { $controller }, que decide para qué se utilizan (el responsable del tratamiento).
info-who-contact = Para cualquier cuestión relativa a esta copia, puede ponerse en contacto con el responsable a través de { $contact }.
info-why = Con qué finalidad se conservan
info-why-text = Para gestionar la relación de { $controller } con usted: mantener el contacto, proporcionarle lo que ha solicitado y dejar constancia de lo acordado.
info-why-purposes = Con su consentimiento, o según se indica más abajo, también para: { $purposes }.
info-what = Qué categorías de datos
info-what-text = Esta copia contiene { $categories }.
category-identity = su nombre
category-contact = sus datos de contacto
category-employer = la empresa en la que trabaja
category-custom = otros datos registrados sobre usted
category-notes = las notas escritas sobre usted
category-consent = sus decisiones sobre el consentimiento y el historial de estas
category-record = las fechas y el estado de su registro
info-basis = Sobre qué base jurídica
info-basis-text = La gestión de la relación se basa en el contrato celebrado con usted o en los intereses legítimos de { $controller } (art. 6.1.b) y f) del RGPD). La mercadotecnia se basa en su consentimiento (art. 6.1.a) del RGPD); la base jurídica de cada decisión sobre el consentimiento figura junto a ella.
info-recipients = Quién los recibe
info-recipients-intro = { $count ->
    [one] { $controller } comunica datos sobre usted a un destinatario, un servicio que utiliza con fines de mercadotecnia:
   *[other] { $controller } comunica datos sobre usted a los siguientes destinatarios, servicios que utiliza con fines de mercadotecnia:
}
info-recipient = { $name } (finalidad: { $purpose }) recibe { $receives }.
info-recipients-none = Sus datos no se comunican a ningún otro destinatario.
receives-consent = su dirección de correo electrónico y sus decisiones sobre el consentimiento para esa finalidad
receives-erasure = su dirección de correo electrónico si se suprimen sus datos, para que también elimine la copia de la que dispone
receives-record_events = el identificador de su registro cuando este caduca o se suprime
info-retention = Cuánto tiempo se conservan
info-retention-text = { $action ->
    [notify] Su registro se conserva hasta { $period } después de que se marque como completado; transcurrido ese plazo, se recuerda a { $controller } que debe suprimirlo.
    [anonymize] Su registro se conserva hasta { $period } después de que se marque como completado; transcurrido ese plazo, se reduce a estadísticas anónimas.
   *[other] Su registro se conserva hasta { $period } después de que se marque como completado; transcurrido ese plazo, se suprime.
}
info-retention-date = En el caso de su registro, esa fecha es el { $date }.
info-retention-open = Su registro aún no está completado, por lo que todavía no se ha fijado ninguna fecha.
info-source = De dónde proceden
info-source-text = De usted, o del personal de { $controller } al tratar con usted.
info-rights = Sus derechos
info-rights-text = Puede solicitar a { $controller } que corrija los datos inexactos (rectificación), que los suprima (supresión) o que deje de utilizarlos mientras se resuelve una cuestión sobre ellos (limitación del tratamiento). También puede oponerse a que se utilicen (oposición) y, en el caso de la mercadotecnia, hacerlo en cualquier momento. Puede volver a solicitar esta copia, así como recibir sus datos en un formato de lectura mecánica.
info-complain = Si desea presentar una reclamación
info-complain-text = Tiene derecho a presentar una reclamación ante una autoridad de control de protección de datos, en particular en el país en el que resida o trabaje, o en aquel en el que considere que se ha infringido la ley.
info-who-address = Dirección postal del responsable: { $address }.
info-who-dpo = El responsable ha designado un delegado de protección de datos, { $name }, con quien puede ponerse en contacto a través de { $contact }.
info-who-notice = Política de privacidad del responsable: { $url }
info-transfers = Transferencias fuera de Europa
info-transfer = { $name } se encuentra en { $country }, fuera del Espacio Económico Europeo. La transferencia se ampara en { $safeguard }.
info-transfers-none = Sus datos no se transfieren fuera del Espacio Económico Europeo.
safeguard-adequacy = una decisión de adecuación de la Comisión Europea, según la cual el país garantiza un nivel de protección adecuado de los datos personales (art. 45 del RGPD)
safeguard-scc = las cláusulas tipo de protección de datos adoptadas por la Comisión Europea (art. 46.2.c) del RGPD)
safeguard-bcr = normas corporativas vinculantes (art. 47 del RGPD)
safeguard-derogation = una excepción para situaciones específicas (art. 49 del RGPD)
info-automated = Decisiones automatizadas
info-automated-none = { $controller } no toma decisiones sobre usted basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles (art. 22 del RGPD).
info-automated-text = { $controller } toma decisiones sobre usted por medios automatizados, de la siguiente manera: { $description }
info-complain-authority = Autoridad de control competente para { $controller }: { $authority }, { $url }
info-recipient-full = { $name } ({ $country }; finalidad: { $purpose }) recibe { $receives }; conserva estos datos durante { $retention }.
info-recipients-listed = { $count ->
    [one] { $controller } comunica datos sobre usted a un destinatario:
   *[other] { $controller } comunica datos sobre usted a los siguientes destinatarios:
}
info-recipient-where = { $name } ({ $country }; finalidad: { $purpose }) recibe { $receives }.

## El registro de destinatarios, en el portal

portal-recipients-title = Quién recibe datos personales
portal-recipients-intro = { $controller } comunica datos personales a los siguientes destinatarios y prestadores de servicios:
portal-recipients-none = { $controller } no comunica datos personales a ningún otro destinatario.
portal-recipient-name = Destinatario
portal-recipient-receives = Datos que recibe
portal-recipient-purpose = Finalidad
portal-recipient-country = País
portal-recipient-safeguard = Garantías fuera de Europa
portal-recipient-retention = Plazo de conservación
portal-recipient-in-eea = no necesarias (dentro del Espacio Económico Europeo)
portal-recipient-marketing-service = Un servicio de mercadotecnia
portal-dpo = Delegado de protección de datos: { $name }, { $contact }
portal-authority = Puede presentar una reclamación ante la autoridad de control: { $authority }, { $url }

## Países (códigos ISO 3166-1)

country-AT = Austria
country-BE = Bélgica
country-BG = Bulgaria
country-HR = Croacia
country-CY = Chipre
country-CZ = Chequia
country-DK = Dinamarca
country-EE = Estonia
country-FI = Finlandia
country-FR = Francia
country-DE = Alemania
country-GR = Grecia
country-HU = Hungría
country-IE = Irlanda
country-IT = Italia
country-LV = Letonia
country-LT = Lituania
country-LU = Luxemburgo
country-MT = Malta
country-NL = Países Bajos
country-PL = Polonia
country-PT = Portugal
country-RO = Rumanía
country-SK = Eslovaquia
country-SI = Eslovenia
country-ES = España
country-SE = Suecia
country-IS = Islandia
country-LI = Liechtenstein
country-NO = Noruega
country-GB = Reino Unido
country-CH = Suiza
country-US = Estados Unidos
country-CA = Canadá
country-AU = Australia
country-NZ = Nueva Zelanda
country-JP = Japón
country-KR = Corea del Sur
country-IN = India
country-SG = Singapur
country-BR = Brasil
country-AR = Argentina
country-UY = Uruguay
country-IL = Israel
country-CN = China

# Objection requests (Art. 21).
kind-objection = su oposición
portal-form-kind-objection = Oponerme: al marketing directo o a otro tratamiento de mis datos
portal-objection-what = ¿A qué se opone?
portal-objection-marketing = Marketing directo: no enviarme más marketing
portal-objection-legitimate = Otro tratamiento basado en los intereses legítimos de la organización
portal-objection-grounds = Sus motivos (para otro tratamiento): por qué se opone
portal-verified-objected = Hecho: { $controller } ya no usará sus datos para marketing directo. Le hemos enviado un correo de confirmación.
mail-objected-subject = Su oposición al marketing directo de { $controller }
mail-objected-done = Su oposición está registrada: se ha retirado todo consentimiento de marketing y { $controller } no volverá a usar sus datos para marketing directo salvo que usted dé de nuevo un consentimiento expreso.
mail-processing_stopped-subject = Su oposición ante { $controller }
mail-processing_stopped-text = { $controller } ha estudiado su oposición y ha detenido el tratamiento al que se opuso; sus datos quedan limitados.

# Solicitudes de rectificación (art. 16).
kind-rectification = la rectificación de los datos personales que { $controller } conserva sobre usted
portal-form-kind-rectification = Corregir mis datos: algunos datos que se conservan sobre mí son incorrectos
portal-rectify-what = ¿Qué datos son incorrectos?
portal-rectify-intro = Escriba el valor correcto de cada dato que { $controller } conserva de forma incorrecta. Deje en blanco los datos que sean correctos.
portal-rectify-note = Lo que { $controller } debería saber (opcional)
rect-field-name = Nombre
rect-field-email = Dirección de correo electrónico
rect-field-phone = Número de teléfono
rect-field-address = Dirección postal
rect-field-company = Empresa
mail-rectified-subject = Su solicitud de rectificación de sus datos en { $controller }
mail-rectified-text = { $controller } ha decidido sobre las correcciones que usted solicitó.
mail-rectified-accepted = Corregido según lo solicitado:
mail-rectified-declined = No corregido, y por qué:
kind-restriction = la limitación del tratamiento de sus datos personales por { $controller }
portal-form-kind-restriction = Limitar: conservar mis datos pero dejar de tratarlos por ahora
portal-restriction-what = ¿Por qué solicita la limitación?
portal-restriction-contests_accuracy = Impugno la exactitud de mis datos, mientras se comprueba
portal-restriction-unlawful = El tratamiento es ilícito, pero prefiero la limitación a la supresión
portal-restriction-legal_claims = La organización ya no necesita mis datos, pero yo los necesito para una reclamación
portal-restriction-objected = Me he opuesto al tratamiento, mientras se comprueba qué motivos prevalecen
portal-restriction-details = Lo que quiera añadir (opcional)
mail-restricted-subject = { $controller } ha limitado el tratamiento de sus datos
mail-restricted-text = { $controller } ha aceptado su solicitud: sus datos se conservan pero ya no se tratan, salvo para conservarlos, hasta nuevo aviso. Se le informará antes de levantar la limitación.
mail-lift_notice-subject = { $controller } levantará la limitación de sus datos
mail-lift_notice-text = { $controller } levantará la limitación del tratamiento de sus datos que usted solicitó, por este motivo:
mail-lift_notice-date = La limitación se levantará el { $date }. Si no está de acuerdo, póngase en contacto con { $controller } antes de esa fecha.
