# Saved views, each user's columns and actions on ticked records of the
# customers list.

title-views = Zapisane widoki
title-bulk = Zaznaczone rekordy
title-bulk-done = Zaznaczone rekordy
customers-col-pick = Zaznacz
customers-pick = Zaznacz { $name }
customers-col-phone = Telefon
customers-col-created = Utworzono
customers-col-updated = Zmieniono
columns-summary = Kolumny
columns-legend = Kolumny pokazywane obok nazwy
columns-button = Pokaż te kolumny
flash-columns-chosen = Twoje kolumny zostały zapisane.
views-nav = Zapisane widoki
views-shared-badge = udostępniony
views-manage = Zarządzaj widokami
views-save-summary = Zapisz ten widok
views-name-label = Nazwa widoku
views-save-hint = Zachowuje pokazane filtry i kolejność, nigdy wyszukiwane słowa.
views-with-columns = Z moimi kolumnami
views-share = Udostępnij zespołowi
views-save-button = Zapisz widok
views-query-label = Filtry listy
flash-view-saved = Widok zapisany.
flash-view-changed = Widok zmieniony.
flash-view-deleted = Widok usunięty.
views-heading = Zapisane widoki
views-intro = Widok zachowuje pod nazwą filtry i kolejność listy klientów. Twoje widzisz tylko ty; udostępnione widzi cała organizacja, a tylko administratorzy je udostępniają, zmieniają ich nazwy lub je usuwają.
views-caption = Zapisane widoki
views-col-name = Nazwa
views-col-who = Widoczny dla
views-col-change = Zmień
views-shared = Wszyscy
views-yours = Ty
views-rename-label = Nowa nazwa dla { $name }
views-rename-button = Zapisz
views-delete-button = Usuń
views-delete-label = Usuń widok { $name }
views-none = Brak zapisanych widoków: wybierz filtry na liście klientów, a potem „Zapisz ten widok”.
views-back = Wróć do klientów
bulk-legend = Z zaznaczonymi rekordami
bulk-action-label = Działanie
bulk-action-complete = Zakończ
bulk-action-reopen = Otwórz ponownie
bulk-action-note = Dodaj notatkę
bulk-action-set_field = Ustaw pole
bulk-body-label = Notatka
bulk-body-hint = Dla „Dodaj notatkę”.
bulk-set-label = Pole i wartość
bulk-set-none = Brak
bulk-set-hint = Dla „Ustaw pole”.
bulk-apply = Zastosuj do zaznaczonych rekordów
bulk-export = Eksportuj zaznaczone rekordy
bulk-heading = { $count ->
    [one] Zastosuj do { $count } zaznaczonego rekordu
    [few] Zastosuj do { $count } zaznaczonych rekordów
    [many] Zastosuj do { $count } zaznaczonych rekordów
   *[other] Zastosuj do { $count } zaznaczonego rekordu
}
bulk-ids-label = Zaznaczone rekordy
bulk-back = Wróć do klientów
bulk-done-heading = Zaznaczone rekordy
bulk-done-complete = { $count ->
    [one] { $count } zakończony
    [few] { $count } zakończone
    [many] { $count } zakończonych
   *[other] { $count } zakończonego
}
bulk-done-reopen = { $count ->
    [one] { $count } otwarty ponownie
    [few] { $count } otwarte ponownie
    [many] { $count } otwartych ponownie
   *[other] { $count } otwartego ponownie
}
bulk-done-note = { $count ->
    [one] Notatka dodana do { $count } rekordu
    [few] Notatka dodana do { $count } rekordów
    [many] Notatka dodana do { $count } rekordów
   *[other] Notatka dodana do { $count } rekordu
}
bulk-done-set_field = { $count ->
    [one] Pole ustawione w { $count } rekordzie
    [few] Pole ustawione w { $count } rekordach
    [many] Pole ustawione w { $count } rekordach
   *[other] Pole ustawione w { $count } rekordu
}
bulk-not = { $count } nie:
bulk-no-name = Rekord bez nazwy
bulk-why-restricted = jego przetwarzanie jest ograniczone
bulk-why-anonymized = jest zanonimizowany
bulk-why-state-complete = nie jest aktywny
bulk-why-state-reopen = nie jest zakończony
bulk-why-gone = już go nie ma
audit-event-user-columns_set = Wybrano kolumny listy
audit-event-view-saved = Widok zapisany
audit-event-view-changed = Widok zmieniony
audit-event-view-deleted = Widok usunięty
fault-is-the-name-of-another-view-already = jest już nazwą innego widoku
fault-tick-at-least-one-record = zaznacz co najmniej jeden rekord
fault-tick-at-most-n-records-at-once = zaznacz naraz najwyżej { $n1 } rekordów
fault-choose-a-custom-field-of-this-organisation = wybierz własne pole tej organizacji
fault-only-a-choice-or-yes-no-field-is-set-on-many-records-at-once = naraz w wielu rekordach ustawia się tylko pole wyboru lub tak/nie
fault-must-be-complete-reopen-note-or-set-field = musi być complete, reopen, note lub set_field
fault-must-be-at-most-n-columns = może mieć najwyżej { $n1 } kolumn
fault-only-admins-and-owners-share-views-with-everyone-save-it-as-your-own = tylko administratorzy i właściciele udostępniają widoki wszystkim; zapisz go jako własny
fault-only-admins-and-owners-change-or-delete-a-view-shared-with-everyone = tylko administratorzy i właściciele zmieniają lub usuwają widok udostępniony wszystkim
fault-you-keep-n-views-already-delete-one-first = masz już { $n1 } widoków; najpierw usuń jeden
fault-export-either-the-ticked-records-or-a-list-view-state-q-not-both = eksportuj albo zaznaczone rekordy, albo widok listy (state, q), nie oba
audit-target-view = widok { $id }
