# Het overzicht op `/`, het aantal verzoeken in het menu, en de totalen,
# filters en paginanummers van de lijsten met verzoeken, meldingen en het
# auditlogboek.

## layout.html: het menu

layout-overview = Overzicht
# Een label na „Verzoeken” in het menu, naast het aantal open verzoeken.
layout-requests-overdue-badge = { $count } te laat
# Voorgelezen door schermlezers na „Verzoeken”.
layout-requests-open = { $count ->
    [one] één open verzoek
   *[other] { $count } open verzoeken
}{ $overdue ->
    [0] {""}
   *[other] , waarvan { $overdue } te laat
}

## paging.html: onder een lijst

paging-label = Pagina's
paging-page = Pagina
paging-page-of = pagina { $page } van { $pages }
paging-previous = Vorige
paging-next = Volgende

## overview.html

title-overview = Overzicht
overview-heading = Overzicht
overview-late = te laat
overview-notices = Open meldingen
overview-notices-none = Er staat geen melding open.
overview-notices-all = { $count ->
    [0] Naar de meldingen
    [one] Bekijk de open melding
   *[other] Bekijk alle { $count } open meldingen
}
overview-requests = Verzoeken van betrokkenen op termijn
overview-requests-all = { $count ->
    [0] Naar de lijst met verzoeken
    [one] Bekijk het open verzoek
   *[other] Bekijk alle { $count } open verzoeken
}
overview-records = Dossiers aan het einde van hun bewaartermijn
overview-records-expired = Verlopen, wacht op een besluit
overview-records-expiring-7 = Verlopen binnen 7 dagen
overview-records-expiring-30 = Verlopen binnen 30 dagen
overview-activity = Uw recente activiteit
overview-activity-record = het dossier
overview-activity-all = Al uw regels in het auditlogboek
overview-activity-none = Nog niets.

## requests.html: filters, volgorde en totaal

requests-total = { $count ->
    [one] Eén verzoek
   *[other] { $count } verzoeken
}
requests-filter-form = Verzoeken filteren
requests-filter-kind = Soort
requests-filter-kind-any = Elke soort
requests-filter-due = Termijn
requests-filter-due-any = Altijd
requests-due-overdue = Te laat
requests-due-soon = Binnen 7 dagen
requests-due-later = Later
requests-sort = Volgorde
requests-sort-due = Eerst verlopende eerst
requests-sort-desc-due = Laatst verlopende eerst
requests-sort-received = Oudste eerst
requests-sort-desc-received = Nieuwste eerst
requests-filter-apply = Tonen
requests-filter-clear = Alle open verzoeken tonen

## notifications.html: filters en totaal

notifications-show-all = Alle
notifications-total = { $count ->
    [one] Eén melding
   *[other] { $count } meldingen
}
notifications-filter-form = Meldingen filteren
notifications-filter-show = Welke
notifications-filter-kind = Over
notifications-filter-kind-any = Alles
notifications-filter-apply = Tonen
notifications-filter-clear = Alle open meldingen tonen

## audit.html: totaal

audit-total = { $count ->
    [one] Eén regel
   *[other] { $count } regels
}
