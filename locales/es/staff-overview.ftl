# La vista general en `/`, el número de solicitudes en el menú, y los
# totales, filtros y números de página de las listas de solicitudes, avisos
# y el registro de auditoría.

## layout.html: el menú

layout-overview = Vista general
# Una etiqueta tras «Solicitudes» en el menú, junto al número de solicitudes abiertas.
layout-requests-overdue-badge = { $count } vencidas
# Lo leen los lectores de pantalla tras «Solicitudes».
layout-requests-open = { $count ->
    [one] una solicitud abierta
   *[other] { $count } solicitudes abiertas
}{ $overdue ->
    [0] {""}
   *[other] , { $overdue } vencidas
}

## paging.html: bajo una lista

paging-label = Páginas
paging-page = Página
paging-page-of = página { $page } de { $pages }
paging-previous = Anterior
paging-next = Siguiente

## overview.html

title-overview = Vista general
overview-heading = Vista general
overview-late = con retraso
overview-notices = Avisos abiertos
overview-notices-none = No hay ningún aviso abierto.
overview-notices-all = { $count ->
    [0] Ver los avisos
    [one] Ver el aviso abierto
   *[other] Ver los { $count } avisos abiertos
}
overview-requests = Solicitudes de los interesados por fecha límite
overview-requests-all = { $count ->
    [0] Ver la cola de solicitudes
    [one] Ver la solicitud abierta
   *[other] Ver las { $count } solicitudes abiertas
}
overview-records = Registros al final de su plazo de conservación
overview-records-expired = Vencidos, a la espera de una decisión
overview-records-expiring-7 = Vencen en 7 días
overview-records-expiring-30 = Vencen en 30 días
overview-activity = Su actividad reciente
overview-activity-record = el registro
overview-activity-all = Todas sus entradas del registro de auditoría
overview-activity-none = Nada todavía.

## requests.html: filtros, orden y total

requests-total = { $count ->
    [one] Una solicitud
   *[other] { $count } solicitudes
}
requests-filter-form = Filtrar solicitudes
requests-filter-kind = Tipo
requests-filter-kind-any = Cualquier tipo
requests-filter-due = Fecha límite
requests-filter-due-any = Cualquiera
requests-due-overdue = Vencidas
requests-due-soon = Vencen en 7 días
requests-due-later = Vencen más tarde
requests-sort = Orden
requests-sort-due = Primero las que vencen antes
requests-sort-desc-due = Primero las que vencen después
requests-sort-received = Primero las más antiguas
requests-sort-desc-received = Primero las más recientes
requests-filter-apply = Mostrar
requests-filter-clear = Mostrar todas las solicitudes abiertas

## notifications.html: filtros y total

notifications-show-all = Todos
notifications-total = { $count ->
    [one] Un aviso
   *[other] { $count } avisos
}
notifications-filter-form = Filtrar avisos
notifications-filter-show = Cuáles
notifications-filter-kind = Sobre
notifications-filter-kind-any = Cualquier cosa
notifications-filter-apply = Mostrar
notifications-filter-clear = Mostrar todos los avisos abiertos

## audit.html: total

audit-total = { $count ->
    [one] Una entrada
   *[other] { $count } entradas
}
