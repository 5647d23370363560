# Przegląd pod `/`, liczba wniosków w menu oraz sumy, filtry i numery stron
# list wniosków, powiadomień i dziennika audytu.

## layout.html: menu

layout-overview = Przegląd
# Etykieta po „Wnioski” w menu, obok liczby otwartych wniosków.
layout-requests-overdue-badge = { $count } po terminie
# Odczytywane przez czytniki ekranu po „Wnioski”.
layout-requests-open = { $count ->
    [one] jeden otwarty wniosek
    [few] { $count } otwarte wnioski
   *[other] { $count } otwartych wniosków
}{ $overdue ->
    [0] {""}
   *[other] , w tym { $overdue } po terminie
}

## paging.html: pod listą

paging-label = Strony
paging-page = Strona
paging-page-of = strona { $page } z { $pages }
paging-previous = Poprzednia
paging-next = Następna

## overview.html

title-overview = Przegląd
overview-heading = Przegląd
overview-late = po terminie
overview-notices = Otwarte powiadomienia
overview-notices-none = Żadne powiadomienie nie jest otwarte.
overview-notices-all = { $count ->
    [0] Przejdź do powiadomień
    [one] Zobacz otwarte powiadomienie
    [few] Zobacz wszystkie { $count } otwarte powiadomienia
   *[other] Zobacz wszystkie { $count } otwartych powiadomień
}
overview-requests = Wnioski osób, których dane dotyczą, według terminu
overview-requests-all = { $count ->
    [0] Przejdź do kolejki wniosków
    [one] Zobacz otwarty wniosek
    [few] Zobacz wszystkie { $count } otwarte wnioski
   *[other] Zobacz wszystkie { $count } otwartych wniosków
}
overview-records = Rekordy na końcu okresu przechowywania
overview-records-expired = Wygasłe, czekają na decyzję
overview-records-expiring-7 = Wygasają w ciągu 7 dni
overview-records-expiring-30 = Wygasają w ciągu 30 dni
overview-activity = Twoje ostatnie działania
overview-activity-record = rekord
overview-activity-all = Wszystkie Twoje wpisy w dzienniku audytu
overview-activity-none = Jeszcze nic.

## requests.html: filtry, kolejność i suma

requests-total = { $count ->
    [one] Jeden wniosek
    [few] { $count } wnioski
   *[other] { $count } wniosków
}
requests-filter-form = Filtruj wnioski
requests-filter-kind = Rodzaj
requests-filter-kind-any = Każdy rodzaj
requests-filter-due = Termin
requests-filter-due-any = Dowolny
requests-due-overdue = Po terminie
requests-due-soon = Termin w ciągu 7 dni
requests-due-later = Termin później
requests-sort = Kolejność
requests-sort-due = Najbliższy termin najpierw
requests-sort-desc-due = Najdalszy termin najpierw
requests-sort-received = Najstarsze najpierw
requests-sort-desc-received = Najnowsze najpierw
requests-filter-apply = Pokaż
requests-filter-clear = Pokaż wszystkie otwarte wnioski

## notifications.html: filtry i suma

notifications-show-all = Wszystkie
notifications-total = { $count ->
    [one] Jedno powiadomienie
    [few] { $count } powiadomienia
   *[other] { $count } powiadomień
}
notifications-filter-form = Filtruj powiadomienia
notifications-filter-show = Które
notifications-filter-kind = Dotyczy
notifications-filter-kind-any = Wszystko
notifications-filter-apply = Pokaż
notifications-filter-clear = Pokaż wszystkie otwarte powiadomienia

## audit.html: suma

audit-total = { $count ->
    [one] Jeden wpis
    [few] { $count } wpisy
   *[other] { $count } wpisów
}
