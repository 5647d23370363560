# Strony dla pracowników dotyczące rekordów klientów: lista, pojedynczy
# rekord, jego formularz oraz usuwanie jednego rekordu lub rekordów
# zaznaczonych na liście.
#
# „Shred” to „zniszczyć” (klucz rekordu zostaje zniszczony, dane są nie do
# odczytania, również w kopiach zapasowych), „anonymize” to
# „zanonimizować”; jedno i drugie to usunięcie danych. „Legal hold” to, jak
# w kopii danych, „wstrzymanie usunięcia”.

## customers.html

customers-heading = Klienci
customers-new = Nowy klient
customers-search-label = Wyszukiwanie
customers-search-form = Wyszukiwanie i filtrowanie klientów
customers-search-expired = To wyszukiwanie wygasło: wyszukiwania obowiązują kilka godzin, kończą się po wylogowaniu i należą do osoby, która je uruchomiła. Wyszukaj ponownie poniżej.
customers-search-hint = Adres e-mail, numer telefonu lub początek wyrazów imienia i nazwiska albo firmy (w chińskim, japońskim, koreańskim lub tajskim wystarczy jeden znak)
customers-show = Pokaż
customers-search-button = Szukaj
# Po nim następuje link, który czyści wyszukiwanie.
customers-search-showing = Wyświetlane są rekordy pasujące do wyszukiwania.
customers-search-clear = Wyczyść wyszukiwanie
customers-caption = Rekordy klientów
customers-col-tick = Zaznacz do usunięcia
customers-col-name = Imię i nazwisko
customers-col-email = Adres e-mail
customers-col-company = Firma
customers-col-state = Status
customers-col-expires = Wygasa
# Etykieta pola wyboru w wierszu, odczytywana przez czytniki ekranu.
customers-tick = Zaznacz do usunięcia: { $name }
customers-badge-restricted = przetwarzanie ograniczone
customers-badge-hold = wstrzymanie usunięcia
customers-erase-ticked = Usuń zaznaczone rekordy…
customers-none-match = Brak pasujących rekordów.
customers-none-yet = Nie ma jeszcze żadnych rekordów.
customers-next-page = Następna strona
customers-filter-form = Filtruj i sortuj listę
customers-filter-within = Wygasa w ciągu (dni)
customers-filter-within-hint = Przy „wkrótce wygasa”: ile dni naprzód; puste dla zwykłej wartości
customers-filter-consent = Zgoda udzielona na
customers-filter-any = Dowolne
customers-filter-true = Tak
customers-filter-false = Nie
customers-filter-only = Tylko rekordy
customers-filter-restricted = z ograniczonym przetwarzaniem
customers-filter-hold = objęte wstrzymaniem usunięcia
customers-filter-request = z otwartym żądaniem osoby, której dane dotyczą
customers-filter-button = Zastosuj
customers-filter-clear = Wyczyść filtry
customers-sort = Sortuj według
customers-sort-added = Kolejność dodania
customers-sort-newest = Najnowsze najpierw
customers-sort-name = Nazwisko, od A do Z
customers-sort-name-desc = Nazwisko, od Z do A
customers-sort-updated-desc = Ostatnio zmienione najpierw
customers-sort-updated = Najdłużej niezmienione najpierw
customers-sort-state = Stan
customers-sort-state-desc = Stan, odwrotnie
customers-sort-expires = Koniec przechowywania, najbliższy najpierw
customers-sort-expires-desc = Koniec przechowywania, najdalszy najpierw
customers-total = { $count ->
    [one] { $shown } rekord
    [few] { $shown } rekordy
   *[other] { $shown } rekordów
}
customers-total-about = około { $shown } rekordów
customers-pages = Strony
customers-prev-page = Poprzednia strona
customers-page-n = Strona { $n }

## customer.html

customer-badge-expired = wygasły
customer-badge-restricted = przetwarzanie ograniczone
customer-badge-hold = wstrzymanie usunięcia
customer-details = Dane
customer-email = Adres e-mail
customer-phone = Telefon
customer-company = Firma
customer-address = Adres
customer-language = Preferowany język
customer-language-default = Domyślny język organizacji
customer-created = Utworzono
customer-completed = Zakończono
customer-expires = Wygasa
customer-restriction-reason = Powód ograniczenia
customer-hold-reason = Powód wstrzymania usunięcia
customer-edit = Edytuj
customer-actions = Działania
customer-complete = Oznacz jako zakończony
customer-reopen = Otwórz ponownie
customer-download-pdf = Pobierz kopię w formacie PDF
customer-download-json = Pobierz eksport w formacie JSON
customer-erase = Zniszcz lub zanonimizuj…
customer-restriction-lift-summary = Znieś ograniczenie przetwarzania
customer-restriction-set-summary = Ogranicz przetwarzanie (art. 18 RODO)
# Etykieta pola na powód ograniczenia lub wstrzymania usunięcia.
customer-why = Powód
customer-restriction-lift = Znieś ograniczenie
customer-restriction-set = Ogranicz
customer-hold-release-summary = Znieś wstrzymanie usunięcia
customer-hold-set-summary = Wstrzymaj usunięcie
customer-hold-release = Znieś wstrzymanie
customer-hold-set = Wstrzymaj
customer-anonymized = Ten rekord jest zanonimizowany: nie zawiera już żadnych danych osobowych, których mogłyby dotyczyć dalsze działania.
customer-read-only = Pani/Pana rola pozwala odczytać ten rekord, ale nie pozwala go zmieniać.
customer-notes = Notatki
# { $at } to data i godzina; { $by } to autor w mianowniku („Pani/Pan”, „użytkownik”, …).
customer-note-by = { $at }, autor: { $by }
customer-notes-none = Nie ma jeszcze notatek.
customer-note-new = Nowa notatka
customer-note-add = Dodaj notatkę
customer-consent = Zgody
# Bieżąca decyzja dotycząca celu oraz decyzja w historii.
customer-consent-granted = udzielona
customer-consent-withdrawn = wycofana
customer-consent-none = Nie zarejestrowano żadnej decyzji dotyczącej zgody.
# Etykieta oraz nagłówek kolumny historii.
customer-purpose = Cel
# Legenda wyboru oraz nagłówek kolumny historii.
customer-decision = Decyzja
customer-decision-granted = Zgoda udzielona
customer-decision-withdrawn = Zgoda wycofana
customer-basis-label = Podstawa prawna
# Podstawy prawne przetwarzania z art. 6 ust. 1 RODO.
customer-basis-consent = Zgoda
customer-basis-contract = Umowa
customer-basis-legal_obligation = Obowiązek prawny
customer-basis-vital_interests = Żywotne interesy
customer-basis-public_task = Zadanie realizowane w interesie publicznym
customer-basis-legitimate_interests = Prawnie uzasadnione interesy
customer-evidence-label = Dowód (w jaki sposób złożono oświadczenie)
customer-consent-record = Zarejestruj decyzję
customer-history = Historia
customer-col-when = Kiedy
customer-col-basis = Podstawa prawna
customer-col-source = Źródło
# Nagłówek kolumny; wartości w mianowniku („Pani/Pan”, „użytkownik”).
customer-col-by = Kto
customer-col-evidence = Dowód
customer-trail = Dziennik audytu
customer-col-what = Działanie
customer-trail-latest = { $count ->
    [one] Najnowszy wpis dotyczący tego rekordu.
    [few] { $count } najnowsze wpisy dotyczące tego rekordu.
    [many] { $count } najnowszych wpisów dotyczących tego rekordu.
   *[other] { $count } najnowszego wpisu dotyczącego tego rekordu.
}

## customer_form.html

customer-form-name = Imię i nazwisko
customer-form-email = Adres e-mail
customer-form-phone = Telefon
customer-form-phone-hint = Z numerem kierunkowym kraju, np. +48 22 1234567
customer-form-company = Firma
customer-form-address = Adres
customer-form-language = Preferowany język
customer-form-language-hint = W tym języku sporządzane są kopie danych tej osoby.
customer-form-language-default = Domyślny język organizacji
# Po etykiecie pola wymaganego, dla czytników ekranu.
customer-form-required = (pole wymagane)
customer-form-save = Zapisz
customer-form-cancel = Anuluj

## erase.html

erase-heading = Usuwanie rekordu: { $name }
erase-on-hold = Ten rekord jest objęty wstrzymaniem usunięcia: nie można go usunąć, dopóki wstrzymanie nie zostanie zniesione.
# Pogrubione; erase-shredding-text kończy zdanie.
erase-shredding = Zniszczenie
erase-shredding-text = rekordu oznacza skasowanie jego klucza kryptograficznego: dane zostają trwale usunięte, również z kopii zapasowych.
# Pogrubione; erase-anonymizing-text kończy zdanie.
erase-anonymizing = Anonimizacja
erase-anonymizing-text = usuwa dane osobowe, a daty i pola niezawierające danych osobowych zachowuje do celów statystycznych.
erase-final = Żadnej z tych operacji nie można cofnąć.
erase-what = Co ma się stać z rekordem?
erase-kind-shred = Zniszcz: usuń wszystko
erase-kind-anonymize = Zanonimizuj: zachowaj informacje niebędące danymi osobowymi
# Etykieta potwierdzenia: początek, imię i nazwisko klienta (pogrubione), koniec.
erase-confirm-start = Aby potwierdzić, proszę wpisać imię i nazwisko klienta:
erase-confirm-end = .
erase-submit = Usuń trwale
erase-cancel = Anuluj

## bulk_erase.html

bulk-erase-heading = { $count ->
    [one] Usuń { $count } rekord
    [few] Usuń { $count } rekordy
    [many] Usuń { $count } rekordów
   *[other] Usuń { $count } rekordu
}
# Pogrubione; bulk-erase-shredding-text kończy zdanie.
bulk-erase-shredding = Zniszczenie
bulk-erase-shredding-text = każdego rekordu oznacza skasowanie jego klucza kryptograficznego: dane zostają trwale usunięte, również z kopii zapasowych.
# Pogrubione; bulk-erase-anonymizing-text kończy zdanie.
bulk-erase-anonymizing = Anonimizacja
bulk-erase-anonymizing-text = usuwa dane osobowe, a daty i pola niezawierające danych osobowych zachowuje do celów statystycznych.
bulk-erase-final = Żadnej z tych operacji nie można cofnąć.
bulk-erase-held = Rekordy objęte wstrzymaniem usunięcia pozostaną bez zmian.
bulk-erase-ticked = { $count ->
    [one] Zaznaczony rekord
   *[other] Zaznaczone rekordy
}
bulk-erase-no-name = Rekord bez imienia i nazwiska (zanonimizowany lub już nieistniejący)
bulk-erase-what = Co ma się stać z rekordami?
bulk-erase-kind-shred = Zniszcz: usuń wszystko
bulk-erase-kind-anonymize = Zanonimizuj: zachowaj informacje niebędące danymi osobowymi
# Etykieta potwierdzenia: początek, liczba rekordów (pogrubiona), koniec.
bulk-erase-confirm-start = Aby potwierdzić, proszę wpisać liczbę rekordów:
bulk-erase-confirm-end = .
bulk-erase-submit = Usuń trwale ({ $count })
bulk-erase-cancel = Anuluj

## bulk_erased.html

bulk-erased-heading-anonymized = { $count ->
    [one] Zanonimizowano { $erased } z { $count } rekordu
   *[other] Zanonimizowano { $erased } z { $count } rekordów
}
bulk-erased-heading-shredded = { $count ->
    [one] Zniszczono { $erased } z { $count } rekordu
   *[other] Zniszczono { $erased } z { $count } rekordów
}
# { $count } to liczba zaznaczonych rekordów.
bulk-erased-all-anonymized = { $count ->
    [one] Zaznaczony rekord został zanonimizowany: jego dane osobowe zostały trwale usunięte.
   *[other] Wszystkie zaznaczone rekordy zostały zanonimizowane: ich dane osobowe zostały trwale usunięte.
}
bulk-erased-all-shredded = { $count ->
    [one] Zaznaczony rekord został zniszczony: jego dane zostały trwale usunięte, również z kopii zapasowych.
   *[other] Wszystkie zaznaczone rekordy zostały zniszczone: ich dane zostały trwale usunięte, również z kopii zapasowych.
}
# { $count } to liczba rekordów pozostawionych bez zmian.
bulk-erased-left = { $count ->
    [one] { $count } rekord pozostał bez zmian; powód podano w tabeli.
    [few] { $count } rekordy pozostały bez zmian; powody podano w tabeli.
    [many] { $count } rekordów pozostało bez zmian; powody podano w tabeli.
   *[other] { $count } rekordu pozostało bez zmian; powody podano w tabeli.
}
bulk-erased-receipt = Każde usunięcie jest potwierdzone wpisem w dzienniku audytu.
bulk-erased-caption = Wynik dla każdego rekordu
bulk-erased-col-record = Rekord
bulk-erased-col-outcome = Wynik
bulk-erased-no-name = Rekord bez imienia i nazwiska
bulk-erased-shredded = Zniszczony
bulk-erased-anonymized = Zanonimizowany
# Etykieta, po której następuje bulk-erased-on-hold.
bulk-erased-unchanged = Bez zmian
bulk-erased-on-hold = Rekord jest objęty wstrzymaniem usunięcia; najpierw należy znieść wstrzymanie.
bulk-erased-already-shredded = Zniszczony już wcześniej
bulk-erased-already-anonymized = Zanonimizowany już wcześniej
# Etykieta, po której następuje bulk-erased-not-found-text.
bulk-erased-not-found = Nie znaleziono
bulk-erased-not-found-text = W tej organizacji nie ma takiego rekordu.
bulk-erased-back = Powrót do listy klientów
customer-purpose-add = Dodaj cel zgody
customer-purposes-none = Ta organizacja nie ma jeszcze celów zgód, więc nie można tu zapisać decyzji.
customer-objected-marketing-since = Sprzeciw wobec marketingu bezpośredniego od { $date }
customer-fresh-consent = Osoba wyraziła nową, wyraźną zgodę
customer-fresh-consent-hint = Tylko wtedy można zapisać zgodę marketingową; w dowodzie podaj, jak została wyrażona.
