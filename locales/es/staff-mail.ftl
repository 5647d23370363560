# Correos electrónicos al personal de una organización, en su idioma
# predeterminado: el resumen de solicitudes de ejercicio de derechos, el
# informe de conservación, una integración desactivada y las etapas del
# cierre de una cuenta. Las claves empiezan por el nombre de su plantilla
# (templates/email/<nombre>.subject.txt, .txt y .html).
#
# Los correos de texto sin formato mantienen líneas cortas: un mensaje que
# se usa en una plantilla .txt corta sus líneas donde debe cortarlas el
# correo de texto (unos 78 caracteres). En el correo HTML esos saltos son
# simples espacios.
#
# Términos como en las páginas del personal: solicitud de ejercicio de
# derechos, plazo de conservación, política de conservación (policy),
# registro de cliente, destruir (shred), anonimizar, retención legal (legal
# hold), bandeja de entrada (notifications), instantánea de los
# consentimientos (consent snapshot), receptor (receiver).

## requests_digest

# { $count } es el número de solicitudes de la lista; { $overdue } es yes si
# al menos una de ellas ha vencido.
requests-digest-subject = { $tenant }: { $count ->
    [one] { $count } solicitud de ejercicio de derechos
   *[other] { $count } solicitudes de ejercicio de derechos
} { $overdue ->
    [yes] { $count ->
        [one] vencida
       *[other] vencidas
    }
    [new] { $count ->
        [one] nueva
       *[other] nuevas
    }
   *[other] { $count ->
        [one] que vence pronto
       *[other] que vencen pronto
    }
}
requests-digest-title = Solicitudes de ejercicio de derechos dirigidas a { $tenant }
# El correo de texto añade un punto.
requests-digest-heading = Solicitudes de ejercicio de derechos dirigidas a { $tenant } pendientes de respuesta
requests-digest-overdue = Vencidas
requests-digest-overdue-explained = Ha transcurrido el plazo de un mes (art. 12.3 del RGPD).
requests-digest-overdue-text = Vencidas — ha transcurrido el plazo de un mes (art. 12.3 del RGPD):
# El correo de texto añade dos puntos.
requests-digest-received = Nuevas — confirmadas, a la espera de respuesta
requests-digest-due-soon = Vencen en los próximos 7 días
# Una solicitud de la lista: este texto, su identificador, una coma y
# requests-digest-due. { $kind } es el tipo tal como se almacena: copy,
# erasure o withdraw_consent.
requests-digest-kind = { $kind ->
    [copy] Solicitud de copia de los datos
    [erasure] Solicitud de supresión
    [withdraw_consent] Solicitud de retirada del consentimiento
   *[other] Solicitud ({ $kind })
}
# { $date } es la fecha de vencimiento.
requests-digest-due = vence el { $date }
# La frase se divide en torno a su enlace a la cola de solicitudes.
requests-digest-act-before = Atienda, deniegue o (dentro del primer mes) prorrogue cada una en
requests-digest-act-link = la cola de solicitudes
requests-digest-act-after = .
# El correo de texto; le sigue la dirección de la cola de solicitudes.
requests-digest-act-text = Atienda, deniegue o (dentro del primer mes) prorrogue cada una en la cola de solicitudes:
requests-digest-footer = Este mensaje solo enumera identificadores de solicitudes; nunca contiene datos personales.

## retention_digest

# { $count } es el número de registros caducados que esperan una decisión.
retention-digest-subject-waiting = { $tenant }: { $count ->
    [one] { $count } registro de cliente caducado espera su decisión
   *[other] { $count } registros de clientes caducados esperan su decisión
}
# Cuando nada espera: los registros se han suprimido; { $shredded } es yes
# si se han destruido y no si se han anonimizado.
retention-digest-subject-erased = { $tenant }: los registros de clientes caducados se han { $shredded ->
    [yes] destruido
   *[other] anonimizado
} automáticamente
retention-digest-title = Informe de conservación de { $tenant }
# Se divide en torno al plazo de conservación, en negrita («90 días»).
retention-digest-policy-before = Su política de conservación mantiene cada registro de cliente durante
retention-digest-policy-after = después de marcarse como completado.
retention-digest-policy-text = Su política de conservación mantiene cada registro de cliente durante { $period } después de marcarse como completado.
# { $date } es la fecha y hora de la ejecución.
retention-digest-report-of = Informe del { $date }.
# Tras la lista de registros de una sección, cuando solo enumera los
# primeros; { $count } es cuántos más hay. Se divide en torno al enlace a la
# bandeja de entrada.
retention-digest-more-before = … y { $count } más: consulte
retention-digest-more-link = su bandeja de entrada
retention-digest-more-after = .
retention-digest-more-text = … y { $count } más: consulte { $url }
# En negrita; le sigue retention-digest-todo.
retention-digest-todo-label = Qué hacer:
retention-digest-todo = abra cada registro y destrúyalo, anonimícelo, reábralo si el
    cliente vuelve a estar activo o aplíquele la retención legal si debe
    conservarlo.
# Se divide en torno al enlace a la bandeja de entrada.
retention-digest-acknowledge-before = Marque el aviso como revisado en
retention-digest-acknowledge-link = su bandeja de entrada
retention-digest-acknowledge-after = y dejará de recibir recordatorios.
retention-digest-acknowledge-text = Marque el aviso como revisado en { $url } y dejará de recibir recordatorios.
# { $period } es una duración («7 días»).
retention-digest-remind-every = Hasta entonces, recibirá un recordatorio cada { $period }.
retention-digest-footer = Este mensaje solo enumera identificadores de registros; nunca contiene nombres
    de clientes ni otros datos personales.
# Le sigue la dirección de Steward entre paréntesis.
retention-digest-contact = Lo recibe
    como persona de contacto para la conservación de datos de { $tenant }
    en Steward
# El encabezado y la explicación de cada sección del informe, para el
# código que genera las secciones (src/retention/digest.rs). { $count } es
# el número de registros de la sección.
retention-digest-section-expired = { $count ->
    [one] { $count } registro caducado
   *[other] { $count } registros caducados
}
retention-digest-section-expired-explained = Su plazo de conservación ha terminado. Cada uno requiere una decisión.
retention-digest-section-reminded = { $count ->
    [one] { $count } registro sigue pendiente de una decisión
   *[other] { $count } registros siguen pendientes de una decisión
}
retention-digest-section-reminded-explained = Caducaron anteriormente y nadie ha actuado todavía sobre ellos.
retention-digest-section-anonymized = { $count ->
    [one] { $count } registro anonimizado
   *[other] { $count } registros anonimizados
}
retention-digest-section-anonymized-explained = Conforme a su política, se han destruido sus datos personales; se conserva un esqueleto sin datos personales con fines estadísticos.
retention-digest-section-shredded = { $count ->
    [one] { $count } registro destruido
   *[other] { $count } registros destruidos
}
retention-digest-section-shredded-explained = Conforme a su política, estos registros se han suprimido junto con todas sus copias, incluidas las copias de seguridad. Solo queda un justificante que no identifica a nadie.

## integration_disabled

integration-disabled-subject = Steward: se ha desactivado una integración porque su receptor ya no existe
integration-disabled-title = Integración desactivada
integration-disabled-heading = Se ha desactivado una integración
# Se divide en torno al nombre de host del receptor, en negrita y entre paréntesis.
integration-disabled-gone-before = El receptor de una de sus integraciones
integration-disabled-gone-after = ha respondido «410 Gone», lo que significa que no desea recibir más mensajes.
integration-disabled-gone-text = El receptor de una de sus integraciones ({ $host }) ha respondido «410 Gone»,
    lo que significa que no desea recibir más mensajes.
integration-disabled-switched-off = Steward ha desactivado la
    integración, por lo que el consentimiento de mercadotecnia ya no se
    sincroniza con esa herramienta.
# Le sigue el identificador de la integración.
integration-disabled-integration = Integración:
# Le sigue la dirección de la configuración de las integraciones.
integration-disabled-fix = Si la herramienta ha cambiado de dirección, modifique la dirección de la integración y vuelva a activarla; si ya no la utiliza, elimine la integración:
integration-disabled-fix-text = Si la herramienta ha cambiado de dirección, modifique la dirección de la
    integración y vuelva a activarla; si ya no la utiliza, elimine la integración:
integration-disabled-waiting = Lo que estaba pendiente se conserva y se enviará cuando la integración vuelva
    a estar activa; entonces se enviará también una nueva instantánea de los
    consentimientos para que la herramienta se ponga al día.
integration-disabled-footer = Enviado por Steward ({ $url }) a los administradores de su organización.

## tenant_purge

# { $date } es una fecha y hora.
tenant-purge-subject-cancelled = { $tenant }: su cuenta de Steward está cancelada; exporte sus datos a más tardar el { $date }
tenant-purge-subject-purged = { $tenant }: se han destruido sus datos en Steward
tenant-purge-subject-warning = { $tenant }: sus datos en Steward se destruirán el { $date }
tenant-purge-cancelled = La cuenta de Steward de { $tenant } se canceló el { $date }.
# Se divide en torno a la fecha (en negrita) y al enlace a la exportación:
# inicio, fecha, parte central, enlace, final.
tenant-purge-until-before = Hasta el
tenant-purge-until-middle = podrán usted y sus compañeros seguir iniciando sesión, consultarlo todo (no se puede modificar nada) y
tenant-purge-until-link = descargar una exportación completa
tenant-purge-until-after = .
# Le sigue la dirección de la exportación.
tenant-purge-until-text = Hasta el { $date } podrán usted y sus
    compañeros seguir iniciando sesión, consultarlo todo (no se puede modificar
    nada) y descargar una exportación completa:
tenant-purge-after-date = Después de esa fecha se destruirán todos los registros de clientes, notas,
    consentimientos, usuarios y entradas de auditoría de { $tenant }, junto con
    las claves con las que estaban sellados, de modo que ninguna copia
    (incluidas las copias de seguridad) pueda volver a leerse.
tenant-purge-purged = Tal como se anunció, todos los registros de clientes, notas, consentimientos,
    usuarios y entradas de auditoría de { $tenant } se destruyeron el
    { $date }, junto con las claves con las que estaban
    sellados.
tenant-purge-purged-no-copy = Ninguna copia, incluidas las copias de seguridad, puede volver a leerse.
tenant-purge-contact = Steward solo conserva esta dirección de contacto, para responder a preguntas
    sobre la cuenta, hasta el { $date };
    después, también se eliminará.
# Se divide en torno a la fecha de destrucción, en negrita. { $remaining } es
# el tiempo que falta («dentro de 7 días»).
tenant-purge-reminder-before = Recordatorio: la cuenta de Steward de { $tenant } está cancelada y todos sus datos se destruirán el
tenant-purge-reminder-after = ({ $remaining }).
tenant-purge-reminder-text = Recordatorio: la cuenta de Steward de { $tenant } está cancelada y todos
    sus datos se destruirán el { $date } ({ $remaining }).
# El enlace a la exportación y, después, el resto de la frase.
tenant-purge-export-link = Descargue una exportación completa
tenant-purge-export-after = antes de esa fecha.
# Le sigue la dirección de la exportación.
tenant-purge-export-text = Descargue una exportación completa antes de esa fecha:
tenant-purge-footer = Enviado por Steward ({ $url }) al propietario de { $tenant }.
# Cuánto falta para que se destruyan los datos, para el código que da
# { $remaining } (src/tenants/offboarding.rs). { $count } es un número de
# días (2 o más) o de horas (de 2 a 47).
tenant-purge-remaining-days = { $count ->
    [one] dentro de { $count } día
   *[other] dentro de { $count } días
}
tenant-purge-remaining-hours = { $count ->
    [one] dentro de { $count } hora
   *[other] dentro de { $count } horas
}
tenant-purge-remaining-soon = en menos de una hora
