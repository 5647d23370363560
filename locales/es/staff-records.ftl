# Las páginas del personal sobre los registros de clientes: la lista, un
# registro, su formulario y la supresión de un registro o de los registros
# marcados en la lista.
#
# «Shred» es «destruir» (se destruye la clave del registro), «anonymize» es
# «anonimizar»; ambas son una supresión. «Legal hold» es la «retención
# legal», que impide suprimir el registro.

## customers.html

customers-heading = Clientes
customers-new = Nuevo cliente
customers-search-label = Buscar
customers-search-form = Buscar y filtrar clientes
customers-search-expired = Esta búsqueda ha caducado: las búsquedas duran unas horas, terminan al cerrar sesión y pertenecen a quien las hizo. Vuelva a buscar abajo.
customers-search-hint = Una dirección de correo electrónico, un número de teléfono o el comienzo de las palabras del nombre o de la empresa (en chino, japonés, coreano o tailandés basta un carácter)
customers-show = Mostrar
customers-search-button = Buscar
# Le sigue un enlace que borra la búsqueda.
customers-search-showing = Se muestran los registros que coinciden con su búsqueda.
customers-search-clear = Borrar la búsqueda
customers-caption = Registros de clientes
customers-col-tick = Marcar para suprimir
customers-col-name = Nombre
customers-col-email = Correo electrónico
customers-col-company = Empresa
customers-col-state = Estado
customers-col-expires = Caducidad
# La etiqueta de la casilla de una fila, para lectores de pantalla.
customers-tick = Marcar { $name } para suprimir
customers-badge-restricted = limitado
customers-badge-hold = retención legal
customers-erase-ticked = Suprimir los registros marcados…
customers-none-match = Ningún registro coincide.
customers-none-yet = Todavía no hay registros.
customers-next-page = Página siguiente
customers-filter-form = Filtrar y ordenar la lista
customers-filter-within = Caduca en (días)
customers-filter-within-hint = Con «caduca pronto»: cuántos días por delante; vacío para el valor habitual
customers-filter-consent = Consentimiento dado para
customers-filter-any = Cualquiera
customers-filter-true = Sí
customers-filter-false = No
customers-filter-only = Solo registros
customers-filter-restricted = con el tratamiento limitado
customers-filter-hold = con bloqueo legal
customers-filter-request = con una solicitud de interesado abierta
customers-filter-button = Aplicar
customers-filter-clear = Quitar los filtros
customers-sort = Ordenar por
customers-sort-added = Orden de alta
customers-sort-newest = Más recientes primero
customers-sort-name = Nombre, de la A a la Z
customers-sort-name-desc = Nombre, de la Z a la A
customers-sort-updated-desc = Cambiados recientemente primero
customers-sort-updated = Sin cambios desde hace más tiempo primero
customers-sort-state = Estado
customers-sort-state-desc = Estado, al revés
customers-sort-expires = Fin de la conservación, el más próximo primero
customers-sort-expires-desc = Fin de la conservación, el más lejano primero
customers-total = { $count ->
    [one] { $shown } registro
   *[other] { $shown } registros
}
customers-total-about = unos { $shown } registros
customers-pages = Páginas
customers-prev-page = Página anterior
customers-page-n = Página { $n }

## customer.html

customer-badge-expired = caducado
customer-badge-restricted = tratamiento limitado
customer-badge-hold = en retención legal
customer-details = Datos
customer-email = Correo electrónico
customer-phone = Teléfono
customer-company = Empresa
customer-address = Dirección
customer-language = Idioma preferido
customer-language-default = El predeterminado de la organización
customer-created = Creado
customer-completed = Completado
customer-expires = Caduca
customer-restriction-reason = Motivo de la limitación
customer-hold-reason = Motivo de la retención legal
customer-edit = Editar
customer-actions = Acciones
customer-complete = Marcar como completado
customer-reopen = Reabrir
customer-download-pdf = Descargar copia en PDF
customer-download-json = Descargar exportación en JSON
customer-erase = Destruir o anonimizar…
customer-restriction-lift-summary = Levantar la limitación
customer-restriction-set-summary = Limitar el tratamiento (art. 18 del RGPD)
# La etiqueta del motivo que se pide al limitar o retener un registro.
customer-why = Motivo
customer-restriction-lift = Levantar la limitación
customer-restriction-set = Limitar
customer-hold-release-summary = Levantar la retención legal
customer-hold-set-summary = Aplicar la retención legal
customer-hold-release = Levantar la retención
customer-hold-set = Retener
customer-anonymized = Este registro está anonimizado: no queda ningún dato personal sobre el que actuar.
customer-read-only = Su rol le permite consultar este registro, pero no modificarlo.
customer-notes = Notas
# { $at } es una fecha y hora; { $by } quién escribió la nota («usted», «un usuario del equipo»…).
customer-note-by = { $at }, por { $by }
customer-notes-none = Todavía no hay notas.
customer-note-new = Nueva nota
customer-note-add = Añadir nota
customer-consent = Consentimiento
# La decisión actual para una finalidad, y una decisión del historial.
customer-consent-granted = otorgado
customer-consent-withdrawn = retirado
customer-consent-none = No consta ninguna decisión sobre el consentimiento.
# Una etiqueta, y el encabezado de la columna del historial.
customer-purpose = Finalidad
# La leyenda de la elección, y el encabezado de la columna del historial.
customer-decision = Decisión
customer-decision-granted = Otorgado
customer-decision-withdrawn = Retirado
customer-basis-label = Base jurídica
# Las bases jurídicas del art. 6.1 del RGPD; las claves terminan en el valor enviado.
customer-basis-consent = Consentimiento
customer-basis-contract = Ejecución de un contrato
customer-basis-legal_obligation = Obligación legal
customer-basis-vital_interests = Intereses vitales
customer-basis-public_task = Misión realizada en interés público
customer-basis-legitimate_interests = Intereses legítimos
customer-evidence-label = Prueba (cómo se manifestó)
customer-consent-record = Registrar la decisión
customer-history = Historial
customer-col-when = Fecha
customer-col-basis = Base jurídica
customer-col-source = Origen
# Encabezado de columna; las entradas son actor-* («usted», «el cliente»…).
customer-col-by = Autor
customer-col-evidence = Prueba
customer-trail = Registro de auditoría
customer-col-what = Acción
customer-trail-latest = { $count ->
    [one] La última entrada sobre este registro.
   *[other] Las últimas { $count } entradas sobre este registro.
}

## customer_form.html

customer-form-name = Nombre
customer-form-email = Correo electrónico
customer-form-phone = Teléfono
customer-form-phone-hint = Con el prefijo del país, como en +34 912 345 678
customer-form-company = Empresa
customer-form-address = Dirección
customer-form-language = Idioma preferido
customer-form-language-hint = Las copias de los datos del cliente se redactan en este idioma.
customer-form-language-default = El predeterminado de la organización
# Tras la etiqueta de un campo obligatorio, para lectores de pantalla.
customer-form-required = (obligatorio)
customer-form-save = Guardar
customer-form-cancel = Cancelar

## erase.html

erase-heading = Suprimir el registro de { $name }
erase-on-hold = Este registro está en retención legal: no se puede suprimir hasta que se levante la retención.
# En negrita; erase-shredding-text completa la frase.
erase-shredding = La destrucción
erase-shredding-text = destruye la clave del registro: sus datos desaparecen definitivamente, también de las copias de seguridad.
# En negrita; erase-anonymizing-text completa la frase.
erase-anonymizing = La anonimización
erase-anonymizing-text = elimina los datos personales y conserva las fechas y los campos no personales con fines estadísticos.
erase-final = Ninguna de las dos se puede deshacer.
erase-what = ¿Qué debe ocurrir?
erase-kind-shred = Destruir: eliminarlo todo
erase-kind-anonymize = Anonimizar: conservar los datos no personales
# La etiqueta de la confirmación: inicio, el nombre del cliente en negrita, final.
erase-confirm-start = Escriba el nombre del cliente,
erase-confirm-end = , para confirmar
erase-submit = Suprimir definitivamente
erase-cancel = Cancelar

## bulk_erase.html

bulk-erase-heading = { $count ->
    [one] Suprimir { $count } registro
   *[other] Suprimir { $count } registros
}
# En negrita; bulk-erase-shredding-text completa la frase.
bulk-erase-shredding = La destrucción
bulk-erase-shredding-text = destruye la clave de cada registro: sus datos desaparecen definitivamente, también de las copias de seguridad.
# En negrita; bulk-erase-anonymizing-text completa la frase.
bulk-erase-anonymizing = La anonimización
bulk-erase-anonymizing-text = elimina los datos personales y conserva las fechas y los campos no personales con fines estadísticos.
bulk-erase-final = Ninguna de las dos se puede deshacer.
bulk-erase-held = Los registros en retención legal se quedan como están.
bulk-erase-ticked = { $count ->
    [one] El registro que ha marcado
   *[other] Los registros que ha marcado
}
bulk-erase-no-name = Un registro sin nombre (anonimizado o que ya no existe)
bulk-erase-what = ¿Qué debe ocurrir?
bulk-erase-kind-shred = Destruir: eliminarlo todo
bulk-erase-kind-anonymize = Anonimizar: conservar los datos no personales
# La etiqueta de la confirmación: inicio, el número de registros en negrita, final.
bulk-erase-confirm-start = Escriba el número de registros,
bulk-erase-confirm-end = , para confirmar
bulk-erase-submit = { $count ->
    [one] Suprimir { $count } registro definitivamente
   *[other] Suprimir { $count } registros definitivamente
}
bulk-erase-cancel = Cancelar

## bulk_erased.html

bulk-erased-heading-anonymized = { $count ->
    [one] Registro anonimizado: { $erased } de { $count }
   *[other] Registros anonimizados: { $erased } de { $count }
}
bulk-erased-heading-shredded = { $count ->
    [one] Registro destruido: { $erased } de { $count }
   *[other] Registros destruidos: { $erased } de { $count }
}
# { $count } es el número de registros marcados.
bulk-erased-all-anonymized = { $count ->
    [one] El registro que ha marcado se ha anonimizado: sus datos personales han desaparecido definitivamente.
   *[other] Todos los registros que ha marcado se han anonimizado: sus datos personales han desaparecido definitivamente.
}
bulk-erased-all-shredded = { $count ->
    [one] El registro que ha marcado se ha destruido: sus datos han desaparecido definitivamente, incluidas las copias de seguridad.
   *[other] Todos los registros que ha marcado se han destruido: sus datos han desaparecido definitivamente, incluidas las copias de seguridad.
}
# { $count } es el número de registros que se han dejado como estaban.
bulk-erased-left = { $count ->
    [one] Se ha dejado { $count } registro sin cambios; la tabla indica el motivo.
   *[other] Se han dejado { $count } registros sin cambios; la tabla indica los motivos.
}
bulk-erased-receipt = Cada supresión tiene un justificante en el registro de auditoría.
bulk-erased-caption = Qué ha ocurrido con cada registro
bulk-erased-col-record = Registro
bulk-erased-col-outcome = Resultado
bulk-erased-no-name = Un registro sin nombre
bulk-erased-shredded = Destruido
bulk-erased-anonymized = Anonimizado
# Una etiqueta, seguida de bulk-erased-on-hold.
bulk-erased-unchanged = Sin cambios
bulk-erased-on-hold = Está en retención legal; levante primero la retención.
bulk-erased-already-shredded = Ya se había destruido
bulk-erased-already-anonymized = Ya se había anonimizado
# Una etiqueta, seguida de bulk-erased-not-found-text.
bulk-erased-not-found = No encontrado
bulk-erased-not-found-text = No existe ese registro en esta organización.
bulk-erased-back = Volver a los clientes
customer-purpose-add = Añadir una finalidad de consentimiento
customer-purposes-none = Esta organización aún no tiene finalidades de consentimiento, así que aquí no se puede registrar ninguna decisión.
customer-objected-marketing-since = Se opuso a la mercadotecnia directa desde el { $date }
customer-fresh-consent = La persona ha dado un nuevo consentimiento explícito
customer-fresh-consent-hint = Solo entonces puede registrarse un consentimiento de marketing; indique en la prueba cómo se dio.
