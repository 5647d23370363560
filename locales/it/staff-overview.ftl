# La panoramica in `/`, il numero di richieste nel menu, e i totali, i
# filtri e i numeri di pagina degli elenchi di richieste, avvisi e registro
# di audit.

## layout.html: il menu

layout-overview = Panoramica
# Un'etichetta dopo «Richieste» nel menu, accanto al numero di richieste aperte.
layout-requests-overdue-badge = { $count } scadute
# Letto dai lettori di schermo dopo «Richieste».
layout-requests-open = { $count ->
    [one] una richiesta aperta
   *[other] { $count } richieste aperte
}{ $overdue ->
    [0] {""}
   *[other] , di cui { $overdue } scadute
}

## paging.html: sotto un elenco

paging-label = Pagine
paging-page = Pagina
paging-page-of = pagina { $page } di { $pages }
paging-previous = Precedente
paging-next = Successiva

## overview.html

title-overview = Panoramica
overview-heading = Panoramica
overview-late = in ritardo
overview-notices = Avvisi aperti
overview-notices-none = Nessun avviso è aperto.
overview-notices-all = { $count ->
    [0] Vai agli avvisi
    [one] Vedi l'avviso aperto
   *[other] Vedi tutti i { $count } avvisi aperti
}
overview-requests = Richieste degli interessati per scadenza
overview-requests-all = { $count ->
    [0] Vai alla coda delle richieste
    [one] Vedi la richiesta aperta
   *[other] Vedi tutte le { $count } richieste aperte
}
overview-records = Schede alla fine del periodo di conservazione
overview-records-expired = Scadute, in attesa di una decisione
overview-records-expiring-7 = Scadono entro 7 giorni
overview-records-expiring-30 = Scadono entro 30 giorni
overview-activity = La tua attività recente
overview-activity-record = la scheda
overview-activity-all = Tutte le tue voci nel registro di audit
overview-activity-none = Ancora niente.

## requests.html: filtri, ordine e totale

requests-total = { $count ->
    [one] Una richiesta
   *[other] { $count } richieste
}
requests-filter-form = Filtra le richieste
requests-filter-kind = Tipo
requests-filter-kind-any = Qualsiasi tipo
requests-filter-due = Scadenza
requests-filter-due-any = Qualsiasi
requests-due-overdue = Scadute
requests-due-soon = In scadenza entro 7 giorni
requests-due-later = In scadenza più avanti
requests-sort = Ordine
requests-sort-due = Prima quelle in scadenza più vicina
requests-sort-desc-due = Prima quelle in scadenza più lontana
requests-sort-received = Prima le più vecchie
requests-sort-desc-received = Prima le più recenti
requests-filter-apply = Mostra
requests-filter-clear = Mostra tutte le richieste aperte

## notifications.html: filtri e totale

notifications-show-all = Tutti
notifications-total = { $count ->
    [one] Un avviso
   *[other] { $count } avvisi
}
notifications-filter-form = Filtra gli avvisi
notifications-filter-show = Quali
notifications-filter-kind = Riguardo a
notifications-filter-kind-any = Qualsiasi cosa
notifications-filter-apply = Mostra
notifications-filter-clear = Mostra tutti gli avvisi aperti

## audit.html: totale

audit-total = { $count ->
    [one] Una voce
   *[other] { $count } voci
}
