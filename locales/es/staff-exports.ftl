# Exportaciones de listas de clientes (CSV, XLSX).
title-export = Exportación
exports-control-heading = Exportar esta lista
exports-format-label = Exportar como
exports-button = Exportar
exports-staff-may-export = El personal puede exportar listas de clientes a CSV y Excel (los administradores y propietarios siempre pueden)
export-format-csv = CSV
export-format-xlsx = Excel (XLSX)
export-heading = Exportación de clientes
export-state-running = Se está escribiendo el archivo: { $rows } registros hasta ahora. Esta página se actualiza sola.
export-state-ready = El archivo está listo: { $rows } registros.
export-state-downloaded = El archivo se descargó y ya no se conserva.
export-state-expired = El archivo no se descargó a tiempo y se ha eliminado.
export-state-failed = No se pudo escribir el archivo. Exporte la lista de nuevo.
export-format = Formato
export-rows = Registros
export-expires = Se elimina si no se descarga antes del
export-download = Descargar { $name }
export-once = El archivo solo puede descargarse una vez, y solo por usted; se elimina en cuanto se descarga.
audit-target-export = exportación { $id }
export-back = Volver a los clientes

# Un rechazo, encontrado por sus palabras en inglés (véase src/i18n/faults.rs).
fault-this-organisation-s-admins-have-switched-exports-off-for-staff-an-admin-or-owner-can-export-or-switch-it-on-again-in-the-organisation-s-settings = los administradores de esta organización han desactivado las exportaciones para el personal; un administrador o propietario puede exportar, o volver a activarlas en los ajustes de la organización
