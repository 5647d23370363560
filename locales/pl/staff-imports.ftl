# Kreator importu (/customers/import): przeniesienie klientów z pliku CSV
# lub Excel w czterech krokach.

## Tytuły i komunikaty po działaniu

title-import = Import klientów
title-import-check = Sprawdzenie importu
title-import-running = Trwa import…
title-import-done = Import zakończony
title-import-ended = Import zatrzymany
flash-import-read = Plik został odczytany. Sprawdź, dokąd trafia każda kolumna, a potem zaimportuj.
flash-import-checked = Sprawdzono ponownie z Twoimi wyborami.
flash-import-changed = Zmieniono przypisanie kolumn, więc nic jeszcze nie zaimportowano: sprawdź nowe liczby, a potem zaimportuj.
flash-import-started = Import się rozpoczął.
flash-import-cancelled = Import został anulowany; jego plik usunięto.
customers-import = Importuj klientów

## import_steps.html

import-steps = Kroki importu
import-step-1 = Wybierz plik
import-step-2 = Przypisz kolumny
import-step-3 = Sprawdź
import-step-4 = Importuj

## import.html (krok 1)

import-heading = Import klientów
import-intro = Przenieś klientów z arkusza kalkulacyjnego: pliku CSV lub skoroszytu Excel (.xlsx) z wierszem nagłówka. Nic nie zostanie zapisane jako klient, dopóki nie sprawdzisz, co się stanie, i nie klikniesz Importuj.
import-file-label = Plik
import-file-hint = CSV lub Excel (.xlsx), maksymalnie { $mb } MB. Pierwszy wiersz musi zawierać nazwy kolumn.
import-options = Opcje pliku
import-options-hint = Steward sam rozpoznaje, jak zapisano plik. Zmień to tylko wtedy, gdy podczas sprawdzania nazwy wyglądają na zniekształcone albo wszystkie kolumny trafiają do jednej.
import-encoding-label = Kodowanie znaków
import-find-out = Rozpoznaj z pliku
import-encoding-utf-8 = UTF-8 (większość dzisiejszych programów)
import-encoding-utf-16le = UTF-16 little-endian („Tekst Unicode” z Excela)
import-encoding-utf-16be = UTF-16 big-endian
import-encoding-windows-1252 = Windows-1252 (starszy Excel w Europie Zachodniej)
import-encoding-iso-8859-1 = ISO-8859-1 (Latin-1)
import-encoding-windows-1250 = Windows-1250 (starszy Excel w Europie Środkowej)
import-encoding-iso-8859-2 = ISO-8859-2 (Latin-2)
import-delimiter-label = Komórki są rozdzielone
import-delimiter-comma = przecinkami
import-delimiter-semicolon = średnikami
import-delimiter-tab = tabulatorami
import-upload = Odczytaj plik
import-nothing-yet = Chcesz najpierw spróbować?
import-sample = Pobierz przykładowy plik (12 klientów)
import-recent-heading = Ostatnie importy
import-recent-none = Nie ma jeszcze importów.
import-col-when = Rozpoczęto
import-col-state = Stan
import-col-new = Nowi
import-col-updated = Zaktualizowani
import-col-refused = Odrzucone
import-state-previewed = czeka na import
import-state-running = w toku
import-state-done = zakończony
import-state-cancelled = anulowany
import-state-failed = nieudany

## import_run.html (kroki 2–4)

import-read-as-csv = Odczytano jako plik CSV w kodowaniu { $encoding }, komórki rozdzielone { $delimiter }.
import-read-as-xlsx = Odczytano jako skoroszyt Excel (jego pierwszy arkusz).
import-kept-until = Plik jest przechowywany w postaci zaszyfrowanej najdłużej do { $when }.
import-map-heading = Dokąd trafia każda kolumna
import-map-suggested = Steward zaproponował miejsce dla każdej kolumny na podstawie jej nazwy. Popraw te, które są błędne; kolumny ustawione na „Nie importuj” zostaną pominięte.
import-map-chosen = To są Twoje wybory. Zmień, co chcesz, i sprawdź ponownie.
import-col-column = Kolumna w Twoim pliku
import-col-goes-to = Trafia do
import-suggested = propozycja
import-basis-label = Podstawa prawna dla kolumn zgód
import-basis-hint = Zapisywana z każdą decyzją o zgodzie pochodzącą z pliku.
import-check-again = Sprawdź ponownie
import-check-heading = Co zrobi import
import-check-intro = { $count ->
    [one] Odczytano i sprawdzono { $count } wiersz; nic jeszcze nie zapisano.
    [few] Odczytano i sprawdzono wszystkie { $count } wiersze; nic jeszcze nie zapisano.
    [many] Odczytano i sprawdzono wszystkie { $count } wierszy; nic jeszcze nie zapisano.
   *[other] Odczytano i sprawdzono wszystkie { $count } wiersza; nic jeszcze nie zapisano.
}
import-would-create = { $count ->
    [one] { $count } nowy klient
    [few] { $count } nowi klienci
    [many] { $count } nowych klientów
   *[other] { $count } nowego klienta
}
import-would-update = { $count ->
    [one] { $count } aktualizacja istniejącego klienta (ten sam e-mail lub telefon)
    [few] { $count } aktualizacje istniejących klientów (ten sam e-mail lub telefon)
    [many] { $count } aktualizacji istniejących klientów (ten sam e-mail lub telefon)
   *[other] { $count } aktualizacji istniejących klientów (ten sam e-mail lub telefon)
}
import-would-duplicate = { $count ->
    [one] { $count } zdublowany wiersz pominięty (ta sama osoba występuje wcześniej w pliku)
    [few] { $count } zdublowane wiersze pominięte (ta sama osoba występuje wcześniej w pliku)
    [many] { $count } zdublowanych wierszy pominiętych (ta sama osoba występuje wcześniej w pliku)
   *[other] { $count } zdublowanego wiersza pominięte (ta sama osoba występuje wcześniej w pliku)
}
import-would-suppressed = { $count ->
    [one] { $count } wiersz pominięty: osoba zażądała usunięcia danych
    [few] { $count } wiersze pominięte: osoby zażądały usunięcia danych
    [many] { $count } wierszy pominiętych: osoby zażądały usunięcia danych
   *[other] { $count } wiersza pominięte: osoby zażądały usunięcia danych
}
import-would-refused = { $count ->
    [one] { $count } wiersz odrzucony (powód poniżej)
    [few] { $count } wiersze odrzucone (powody poniżej)
    [many] { $count } wierszy odrzuconych (powody poniżej)
   *[other] { $count } wiersza odrzucone (powody poniżej)
}
import-did-create = { $count ->
    [one] { $count } nowy klient
    [few] { $count } nowi klienci
    [many] { $count } nowych klientów
   *[other] { $count } nowego klienta
}
import-did-update = { $count ->
    [one] { $count } klient zaktualizowany
    [few] { $count } klienci zaktualizowani
    [many] { $count } klientów zaktualizowanych
   *[other] { $count } klienta zaktualizowane
}
import-did-duplicate = { $count ->
    [one] { $count } zdublowany wiersz pominięty
    [few] { $count } zdublowane wiersze pominięte
    [many] { $count } zdublowanych wierszy pominiętych
   *[other] { $count } zdublowanego wiersza pominięte
}
import-did-suppressed = { $count ->
    [one] { $count } wiersz pominięty: osoba zażądała usunięcia danych
    [few] { $count } wiersze pominięte: osoby zażądały usunięcia danych
    [many] { $count } wierszy pominiętych: osoby zażądały usunięcia danych
   *[other] { $count } wiersza pominięte: osoby zażądały usunięcia danych
}
import-did-refused = { $count ->
    [one] { $count } wiersz odrzucony
    [few] { $count } wiersze odrzucone
    [many] { $count } wierszy odrzuconych
   *[other] { $count } wiersza odrzucone
}
import-refused-heading = Wiersze, które zostaną odrzucone
import-col-line = Wiersz
import-col-reason = Powód
import-refused-more = { $count ->
    [one] … i jeszcze { $count }.
   *[other] … i jeszcze { $count }.
}
import-refused-after = Po imporcie możesz pobrać wszystkie odrzucone wiersze z powodem jako plik CSV, poprawić je i zaimportować ponownie.
import-run = { $count ->
    [one] Importuj { $count } klienta
    [few] Importuj { $count } klientów
    [many] Importuj { $count } klientów
   *[other] Importuj { $count } klienta
}
import-nothing-to-write = Przy tych wyborach żaden wiersz nie zostałby zaimportowany.
import-cancel = Anuluj import
import-running-intro = Wiersze są zapisywane partiami. Możesz opuścić tę stronę: import trwa dalej, a znajdziesz go w Importuj klientów.
import-progress = Gotowe: { $done } z { $total } wierszy
import-so-far-heading = Do tej pory
import-refreshes = Ta strona odświeża się sama co 2 sekundy.
import-stop = Zatrzymaj import
import-done-intro = { $count ->
    [one] Gotowe: jedyny wiersz pliku został przetworzony.
    [few] Gotowe: wszystkie { $count } wiersze pliku zostały przetworzone.
    [many] Gotowe: wszystkie { $count } wierszy pliku zostało przetworzonych.
   *[other] Gotowe: wszystkie { $count } wiersza pliku zostały przetworzone.
}
import-failed-why = Import został zatrzymany:
import-cancelled-why = Import został anulowany:
import-cancelled-by-person = Import został anulowany. Jego plik usunięto.
import-result-heading = Wynik
import-rows-kept = Przed zatrzymaniem gotowych było { $done } z { $total } wierszy; zostają zachowane.
import-download-refused = Pobierz odrzucone wiersze (CSV)
import-refused-kept-until = Każdy odrzucony wiersz ma swój numer i powód. Plik można pobrać do { $when }.
import-refused-gone = Odrzucone wiersze nie są już przechowywane.
import-go-to-customers = Przejdź do klientów
import-another = Importuj kolejny plik
import-start-new = Rozpocznij nowy import

## Dokąd może trafić kolumna (listy w kroku 2)

import-group-skip = Pomiń
import-group-record = Dane klienta
import-group-fields = Pola własne
import-group-consent = Zgoda
import-target-ignore = Nie importuj
import-target-name = Imię i nazwisko (całe)
import-target-first_name = Imię
import-target-last_name = Nazwisko
import-target-email = E-mail
import-target-phone = Telefon
import-target-company = Firma
import-target-address = Adres
import-target-language = Preferowany język
import-target-note = Notatka
import-target-consent = Zgoda: { $purpose }
import-target-evidence = Dowód dla: { $purpose }
import-column-n = kolumna { $n }

## Dlaczego przypisanie kolumn zostało odrzucone

import-fault-twice = „{ $column }” już tam trafia; wybierz inne miejsce lub „Nie importuj”.
import-fault-evidence-alone = Dowód wymaga kolumny z decyzją o zgodzie dla tego samego celu.
import-fault-gone = To pole lub ten cel już nie istnieje; wybierz inne miejsce.
import-fault-no-name = Żadna kolumna nie trafia do imienia i nazwiska: wybierz jedną dla Imię i nazwisko albo dla Imię i/lub Nazwisko.

## Dlaczego plik lub wiersz został odrzucony

fault-is-larger-than-n-bytes = jest większy niż { $n1 } bajtów
fault-the-file-is-empty = plik jest pusty
fault-the-file-has-no-header-row = plik nie ma wiersza nagłówka
fault-the-header-row-does-not-end-within-n-mb = wiersz nagłówka nie kończy się w obrębie { $n1 } MB
fault-a-quote-may-never-be-closed = być może cudzysłów nigdy nie zostaje zamknięty
fault-the-spreadsheet-has-no-worksheet = skoroszyt nie ma żadnego arkusza
fault-the-first-worksheet-of-the-spreadsheet-is-empty = pierwszy arkusz skoroszytu jest pusty
fault-the-spreadsheet-cannot-be-read = nie można odczytać skoroszytu
fault-it-may-be-damaged-or-not-an-xlsx-file = może jest uszkodzony albo nie jest plikiem XLSX
fault-the-spreadsheet-unpacks-to-more-than-n-mb = skoroszyt po rozpakowaniu ma ponad { $n1 } MB
fault-save-it-as-csv-or-split-it = zapisz go jako CSV lub podziel
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-pdf = plik nie jest plikiem CSV ani XLSX (wygląda na PDF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-image = plik nie jest plikiem CSV ani XLSX (wygląda na obraz)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-zip-archive = plik nie jest plikiem CSV ani XLSX (wygląda na archiwum ZIP)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-compressed-gzip-file = plik nie jest plikiem CSV ani XLSX (wygląda na plik skompresowany (gzip))
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-presentation = plik nie jest plikiem CSV ani XLSX (wygląda na prezentację)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-text-document = plik nie jest plikiem CSV ani XLSX (wygląda na dokument tekstowy)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-rich-text-rtf-document = plik nie jest plikiem CSV ani XLSX (wygląda na dokument RTF)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-binary-data-not-text = plik nie jest plikiem CSV ani XLSX (wygląda na dane binarne, nie tekst)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-excel-n-n-xls-file-or-a-password-protected-workbook = plik nie jest plikiem CSV ani XLSX (wygląda na plik .xls z Excela { $n1 }–{ $n2 } albo skoroszyt chroniony hasłem
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-opendocument-spreadsheet = plik nie jest plikiem CSV ani XLSX (wygląda na arkusz OpenDocument
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-a-web-page-html = plik nie jest plikiem CSV ani XLSX (wygląda na stronę internetową (HTML)
fault-the-file-is-not-a-csv-or-xlsx-file-it-looks-like-an-xml-file = plik nie jest plikiem CSV ani XLSX (wygląda na plik XML
fault-open-it-in-a-spreadsheet-program-and-save-it-as-xlsx-or-csv = otwórz go w arkuszu kalkulacyjnym i zapisz jako .xlsx lub CSV)
fault-save-it-as-xlsx-or-csv = zapisz go jako .xlsx lub CSV)
fault-has-n-cells-where-the-header-has-n = ma komórek: { $n1 }, a nagłówek: { $n2 }
fault-has-n-cell-where-the-header-has-n = ma komórek: { $n1 }, a nagłówek: { $n2 }
fault-has-n-cells-where-the-file-has-n-columns = ma komórek: { $n1 }, a plik ma kolumn: { $n2 }
fault-is-longer-than-steward-reads-n-mb-or-n-cells = jest dłuższy, niż Steward odczytuje ({ $n1 } MB lub { $n2 } komórek)
fault-a-quote-may-never-be-closed-so-the-rest-of-the-file-is-not-read = być może cudzysłów nigdy nie zostaje zamknięty, więc reszta pliku nie jest odczytywana
fault-not-run-within-n-hours-of-its-upload = nie uruchomiono w ciągu { $n1 } godzin od przesłania
fault-did-not-finish-within-n-hours-of-its-upload = nie zakończono w ciągu { $n1 } godzin od przesłania
fault-an-internal-error-stopped-the-run = błąd wewnętrzny zatrzymał import
fault-the-rows-done-so-far-are-kept = dotychczas przetworzone wiersze zostają zachowane
fault-choose-one-of-the-encodings = wybierz jedno z kodowań
fault-choose-one-of-the-delimiters = wybierz jeden z separatorów
fault-choose-where-each-column-goes = wybierz, dokąd trafia każda kolumna
fault-is-neither-yes-nor-no-write-yes-or-no-ja-or-nein-oui-or-non-s-or-no-s-or-no-ja-or-nee-tak-or-nie-n-or-n-x-for-yes-or-leave-it-blank-for-no-decision = nie jest ani tak, ani nie (wpisz tak lub nie, yes lub no, ja lub nein, oui lub non, sí lub no, sì lub no, ja lub nee, { $n1 } lub { $n2 }, x dla tak albo zostaw puste, jeśli brak decyzji)

import-group-new-field = Nowe pole własne (tworzone przy ponownym sprawdzeniu)
import-target-new-text = Nowe pole tekstowe o nazwie kolumny
import-target-new-number = Nowe pole liczbowe o nazwie kolumny
import-target-new-date = Nowe pole daty o nazwie kolumny
import-target-new-bool = Nowe pole tak/nie o nazwie kolumny
import-alike-heading = Wiersze podobne do klientów, których już masz
import-alike-intro = { $count ->
    [one] Jeden nowy wiersz ma imię i nazwisko oraz firmę klienta, którego już masz. Zostanie zaimportowany jako nowy rekord: porównaj oba i scal je, jeśli to ta sama osoba.
    [few] { $count } nowe wiersze mają imię i nazwisko oraz firmę klienta, którego już masz. Zostaną zaimportowane jako nowe rekordy: porównaj je i scal te, które dotyczą tej samej osoby.
    [many] { $count } nowych wierszy ma imię i nazwisko oraz firmę klienta, którego już masz. Zostaną zaimportowane jako nowe rekordy: porównaj je i scal te, które dotyczą tej samej osoby.
   *[other] { $count } nowego wiersza ma imię i nazwisko oraz firmę klienta, którego już masz. Zostaną zaimportowane jako nowe rekordy: porównaj je i scal te, które dotyczą tej samej osoby.
}
import-alike-line = Wiersz { $line }:
import-alike-link = klient { $n }
