# El asistente de importación (/customers/import): traer clientes de un
# archivo CSV o Excel, en cuatro pasos.

## Títulos y mensajes tras una acción

title-import = Importar clientes
title-import-check = Comprobar la importación
title-import-running = Importando…
title-import-done = Importación terminada
title-import-ended = Importación detenida
flash-import-read = El archivo está leído. Compruebe adónde va cada columna y luego importe.
flash-import-checked = Comprobado de nuevo con sus elecciones.
flash-import-changed = Ha cambiado el destino de algunas columnas, así que aún no se ha importado nada: compruebe las nuevas cifras y luego importe.
flash-import-started = La importación ha comenzado.
flash-import-cancelled = La importación está cancelada; su archivo se ha eliminado.
customers-import = Importar clientes

## import_steps.html

import-steps = Pasos de la importación
import-step-1 = Elegir un archivo
import-step-2 = Asignar las columnas
import-step-3 = Comprobar
import-step-4 = Importar

## import.html (paso 1)

import-heading = Importar clientes
import-intro = Traiga clientes de una hoja de cálculo: un archivo CSV o un libro de Excel (.xlsx) con una fila de encabezado. Nada se guarda como cliente hasta que haya comprobado lo que va a ocurrir y pulsado Importar.
import-file-label = Archivo
import-file-hint = CSV o Excel (.xlsx), hasta { $mb } MB. La primera fila debe nombrar las columnas.
import-options = Opciones del archivo
import-options-hint = Steward averigua cómo está escrito el archivo. Cambie esto solo si los nombres se ven deformados en la comprobación o si todas las columnas acaban en una.
import-encoding-label = Codificación de caracteres
import-find-out = Averiguarlo del archivo
import-encoding-utf-8 = UTF-8 (la mayoría de los programas actuales)
import-encoding-utf-16le = UTF-16 little-endian («Texto Unicode» de Excel)
import-encoding-utf-16be = UTF-16 big-endian
import-encoding-windows-1252 = Windows-1252 (Excel antiguo en Europa occidental)
import-encoding-iso-8859-1 = ISO-8859-1 (Latin-1)
import-encoding-windows-1250 = Windows-1250 (Excel antiguo en Europa central)
import-encoding-iso-8859-2 = ISO-8859-2 (Latin-2)
import-delimiter-label = Las celdas están separadas por
import-delimiter-comma = comas
import-delimiter-semicolon = puntos y comas
import-delimiter-tab = tabuladores
import-upload = Leer el archivo
import-nothing-yet = ¿Quiere probar primero?
import-sample = Descargar un archivo de ejemplo (12 clientes)
import-recent-heading = Importaciones recientes
import-recent-none = Todavía no hay importaciones.
import-col-when = Iniciada
import-col-state = Estado
import-col-new = Nuevos
import-col-updated = Actualizados
import-col-refused = Rechazados
import-state-previewed = esperando la importación
import-state-running = importando
import-state-done = terminada
import-state-cancelled = cancelada
import-state-failed = fallida

## import_run.html (pasos 2 a 4)

import-read-as-csv = Leído como archivo CSV en { $encoding }, celdas separadas por { $delimiter }.
import-read-as-xlsx = Leído como libro de Excel (su primera hoja).
import-kept-until = El archivo se guarda cifrado, como máximo hasta el { $when }.
import-map-heading = Adónde va cada columna
import-map-suggested = Steward ha propuesto un destino para cada columna a partir de su nombre. Cambie los que no sean correctos; las columnas con «No importar» se dejan fuera.
import-map-chosen = Estas son sus elecciones. Cambie las que quiera y compruebe de nuevo.
import-col-column = Columna de su archivo
import-col-goes-to = Va a
import-suggested = propuesto
import-basis-label = Base jurídica de las columnas de consentimiento
import-basis-hint = Se registra con cada decisión de consentimiento que trae el archivo.
import-check-again = Comprobar de nuevo
import-check-heading = Lo que hará la importación
import-check-intro = Se han leído y comprobado las { $count } filas; todavía no se ha guardado nada.
import-would-create = { $count ->
    [one] 1 cliente nuevo
   *[other] { $count } clientes nuevos
}
import-would-update = { $count ->
    [one] 1 actualización de un cliente existente (mismo correo o teléfono)
   *[other] { $count } actualizaciones de clientes existentes (mismo correo o teléfono)
}
import-would-duplicate = { $count ->
    [one] 1 fila duplicada omitida (la misma persona aparece antes en el archivo)
   *[other] { $count } filas duplicadas omitidas (la misma persona aparece antes en el archivo)
}
import-would-suppressed = { $count ->
    [one] 1 fila omitida: la persona pidió ser suprimida
   *[other] { $count } filas omitidas: las personas pidieron ser suprimidas
}
import-would-refused = { $count ->
    [one] 1 fila rechazada (motivo abajo)
   *[other] { $count } filas rechazadas (motivos abajo)
}
import-did-create = { $count ->
    [one] 1 cliente nuevo
   *[other] { $count } clientes nuevos
}
import-did-update = { $count ->
    [one] 1 cliente actualizado
   *[other] { $count } clientes actualizados
}
import-did-duplicate = { $count ->
    [one] 1 fila duplicada omitida
   *[other] { $count } filas duplicadas omitidas
}
import-did-suppressed = { $count ->
    [one] 1 fila omitida: la persona pidió ser suprimida
   *[other] { $count } filas omitidas: las personas pidieron ser suprimidas
}
import-did-refused = { $count ->
    [one] 1 fila rechazada
   *[other] { $count } filas rechazadas
}
import-refused-heading = Filas que se rechazarán
import-col-line = Línea
import-col-reason = Motivo
import-refused-more = { $count ->
    [one] … y 1 más.
   *[other] … y { $count } más.
}
import-refused-after = Tras la importación podrá descargar todas las filas rechazadas con su motivo en un archivo CSV, corregirlas e importarlas de nuevo.
import-run = { $count ->
    [one] Importar 1 cliente
   *[other] Importar { $count } clientes
}
import-nothing-to-write = Con estas elecciones no se importaría ninguna fila.
import-cancel = Cancelar la importación
import-running-intro = Las filas se guardan por lotes. Puede salir de esta página: la importación continúa y la encontrará en Importar clientes.
import-progress = { $done } de { $total } filas hechas
import-so-far-heading = Hasta ahora
import-refreshes = Esta página se actualiza sola cada 2 segundos.
import-stop = Detener la importación
import-done-intro = { $count ->
    [one] Hecho: la única fila del archivo está procesada.
   *[other] Hecho: las { $count } filas del archivo están procesadas.
}
import-failed-why = La importación se detuvo:
import-cancelled-why = La importación se canceló:
import-cancelled-by-person = La importación se canceló. Su archivo se ha eliminado.
import-result-heading = Resultado
import-rows-kept = { $done } de { $total } filas estaban hechas antes de detenerse; se conservan.
import-download-refused = Descargar las filas rechazadas (CSV)
import-refused-kept-until = Cada fila rechazada figura con su número de línea y el motivo. El archivo puede descargarse hasta el { $when }.
import-refused-gone = Las filas rechazadas ya no se conservan.
import-go-to-customers = Ir a los clientes
import-another = Importar otro archivo
import-start-new = Empezar una nueva importación

## Adónde puede ir una columna (las listas del paso 2)

import-group-skip = Dejar fuera
import-group-record = Datos del cliente
import-group-fields = Campos personalizados
import-group-consent = Consentimiento
import-target-ignore = No importar
import-target-name = Nombre (completo)
import-target-first_name = Nombre de pila
import-target-last_name = Apellidos
import-target-email = Correo electrónico
import-target-phone = Teléfono
import-target-company = Empresa
import-target-address = Dirección
import-target-language = Idioma preferido
import-target-note = Nota
import-target-consent = Consentimiento: { $purpose }
import-target-evidence = Prueba de: { $purpose }
import-column-n = columna { $n }

## Por qué se rechaza una asignación de columnas

import-fault-twice = «{ $column }» ya va ahí; elija otro destino o «No importar».
import-fault-evidence-alone = Una prueba necesita una columna con la decisión de consentimiento de la misma finalidad.
import-fault-gone = Este campo o finalidad ya no existe; elija otro destino.
import-fault-no-name = Ninguna columna va al nombre: elija una para Nombre, o para Nombre de pila y/o Apellidos.

## Por qué se rechaza un archivo o una fila

fault-is-larger-than-n-bytes = supera los { $n1 } bytes
fault-the-file-is-empty = el archivo está vacío
fault-the-file-has-no-header-row = el archivo no tiene fila de encabezado
fault-the-header-row-does-not-end-within-n-mb = la fila de encabezado no termina dentro de { $n1 } MB
fault-a-quote-may-never-be-closed = quizá unas comillas nunca se cierran
fault-the-spreadsheet-has-no-worksheet = el libro no tiene ninguna hoja
fault-the-first-worksheet-of-the-spreadsheet-is-empty = la primera hoja del libro está vacía
fault-the-spreadsheet-cannot-be-read = el libro no se puede leer
fault-it-may-be-damaged-or-not-an-xlsx-file = quizá está dañado o no es un archivo XLSX
fault-the-spreadsheet-unpacks-to-more-than-n-mb = el libro descomprimido supera los { $n1 } MB
fault-save-it-as-csv-or-split-it = guárdelo como CSV o divídalo
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-pdf = el archivo no es un CSV ni un XLSX (parece un PDF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-image = el archivo no es un CSV ni un XLSX (parece una imagen)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-zip-archive = el archivo no es un CSV ni un XLSX (parece un archivo ZIP)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-compressed-gzip-file = el archivo no es un CSV ni un XLSX (parece un archivo comprimido (gzip))
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-presentation = el archivo no es un CSV ni un XLSX (parece una presentación)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-text-document = el archivo no es un CSV ni un XLSX (parece un documento de texto)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-rich-text-rtf-document = el archivo no es un CSV ni un XLSX (parece un documento RTF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-binary-data-not-text = el archivo no es un CSV ni un XLSX (parecen datos binarios, no texto)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-excel-n-n-xls-file-or-a-password-protected-workbook = el archivo no es un CSV ni un XLSX (parece un archivo .xls de Excel { $n1 }–{ $n2 } o un libro protegido con contraseña
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-opendocument-spreadsheet = el archivo no es un CSV ni un XLSX (parece una hoja de cálculo OpenDocument
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-web-page-html = el archivo no es un CSV ni un XLSX (parece una página web (HTML)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-xml-file = el archivo no es un CSV ni un XLSX (parece un archivo XML
fault-open-it-in-a-spreadsheet-program-and-save-it-as-xlsx-or-csv = ábralo en una hoja de cálculo y guárdelo como .xlsx o CSV)
fault-save-it-as-xlsx-or-csv = guárdelo como .xlsx o CSV)
fault-has-n-cells-where-the-header-has-n = tiene { $n1 } celdas y el encabezado { $n2 }
fault-has-n-cell-where-the-header-has-n = tiene { $n1 } celda y el encabezado { $n2 }
fault-has-n-cells-where-the-file-has-n-columns = tiene { $n1 } celdas y el archivo { $n2 } columnas
fault-is-longer-than-steward-reads-n-mb-or-n-cells = es más larga de lo que lee Steward ({ $n1 } MB o { $n2 } celdas)
fault-a-quote-may-never-be-closed-so-the-rest-of-the-file-is-not-read = quizá unas comillas nunca se cierran, así que el resto del archivo no se lee
fault-not-run-within-n-hours-of-its-upload = no se inició en las { $n1 } horas siguientes a su subida
fault-did-not-finish-within-n-hours-of-its-upload = no terminó en las { $n1 } horas siguientes a su subida
fault-an-internal-error-stopped-the-run = un error interno detuvo la importación
fault-the-rows-done-so-far-are-kept = las filas hechas hasta ahora se conservan
fault-choose-one-of-the-encodings = elija una de las codificaciones
fault-choose-one-of-the-delimiters = elija uno de los separadores
fault-choose-where-each-column-goes = elija adónde va cada columna
fault-is-neither-yes-nor-no-write-yes-or-no-ja-or-nein-oui-or-non-s-or-no-s-or-no-ja-or-nee-tak-or-nie-n-or-n-x-for-yes-or-leave-it-blank-for-no-decision = no es ni sí ni no (escriba sí o no, yes o no, ja o nein, oui o non, sì o no, ja o nee, tak o nie, { $n1 } o { $n2 }, x para sí, o déjelo en blanco si no hay decisión)

import-group-new-field = Nuevo campo personalizado (se crea al volver a comprobar)
import-target-new-text = Nuevo campo de texto con el nombre de la columna
import-target-new-number = Nuevo campo numérico con el nombre de la columna
import-target-new-date = Nuevo campo de fecha con el nombre de la columna
import-target-new-bool = Nuevo campo sí/no con el nombre de la columna
import-alike-heading = Filas parecidas a clientes que ya tiene
import-alike-intro = { $count ->
    [one] Una fila nueva tiene el nombre y la empresa de un cliente que ya tiene. Se importa como un registro nuevo: compare ambos y combínelos si son la misma persona.
   *[other] { $count } filas nuevas tienen el nombre y la empresa de un cliente que ya tiene. Se importan como registros nuevos: compárelos y combine los que sean la misma persona.
}
import-alike-line = Línea { $line }:
import-alike-link = cliente { $n }
