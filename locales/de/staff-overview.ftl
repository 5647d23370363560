# Die Übersicht unter `/`, die Zahl der Anfragen im Menü, und Summen,
# Filter und Seitenzahlen der Listen von Anfragen, Hinweisen und Protokoll.

## layout.html: das Menü

layout-overview = Übersicht
# Eine Marke hinter „Anfragen“ im Menü, neben der Zahl offener Anfragen.
layout-requests-overdue-badge = { $count } überfällig
# Von Bildschirmlesern nach „Anfragen“ vorgelesen.
layout-requests-open = { $count ->
    [one] eine offene Anfrage
   *[other] { $count } offene Anfragen
}{ $overdue ->
    [0] {""}
   *[other] , davon { $overdue } überfällig
}

## paging.html: unter einer Liste

paging-label = Seiten
paging-page = Seite
paging-page-of = Seite { $page } von { $pages }
paging-previous = Zurück
paging-next = Weiter

## overview.html

title-overview = Übersicht
overview-heading = Übersicht
overview-late = verspätet
overview-notices = Offene Hinweise
overview-notices-none = Kein Hinweis ist offen.
overview-notices-all = { $count ->
    [0] Zum Posteingang
    [one] Den offenen Hinweis ansehen
   *[other] Alle { $count } offenen Hinweise ansehen
}
overview-requests = Betroffenenanfragen nach Fälligkeit
overview-requests-all = { $count ->
    [0] Zur Liste der Anfragen
    [one] Die offene Anfrage ansehen
   *[other] Alle { $count } offenen Anfragen ansehen
}
overview-records = Datensätze am Ende ihrer Aufbewahrungsfrist
overview-records-expired = Abgelaufen, Entscheidung ausstehend
overview-records-expiring-7 = Laufen in 7 Tagen ab
overview-records-expiring-30 = Laufen in 30 Tagen ab
overview-activity = Ihre letzten Aktivitäten
overview-activity-record = der Datensatz
overview-activity-all = Alle Ihre Einträge im Protokoll
overview-activity-none = Noch nichts.

## requests.html: Filter, Reihenfolge und Summe

requests-total = { $count ->
    [one] Eine Anfrage
   *[other] { $count } Anfragen
}
requests-filter-form = Anfragen filtern
requests-filter-kind = Art
requests-filter-kind-any = Jede Art
requests-filter-due = Fällig
requests-filter-due-any = Jederzeit
requests-due-overdue = Überfällig
requests-due-soon = In 7 Tagen fällig
requests-due-later = Später fällig
requests-sort = Reihenfolge
requests-sort-due = Bald fällige zuerst
requests-sort-desc-due = Zuletzt fällige zuerst
requests-sort-received = Älteste zuerst
requests-sort-desc-received = Neueste zuerst
requests-filter-apply = Anzeigen
requests-filter-clear = Alle offenen Anfragen anzeigen

## notifications.html: Filter und Summe

notifications-show-all = Alle
notifications-total = { $count ->
    [one] Ein Hinweis
   *[other] { $count } Hinweise
}
notifications-filter-form = Hinweise filtern
notifications-filter-show = Welche
notifications-filter-kind = Worüber
notifications-filter-kind-any = Alles
notifications-filter-apply = Anzeigen
notifications-filter-clear = Alle offenen Hinweise anzeigen

## audit.html: Summe

audit-total = { $count ->
    [one] Ein Eintrag
   *[other] { $count } Einträge
}
