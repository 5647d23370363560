# Strony dla pracowników: ustawienia okresu przechowywania, pól
# niestandardowych i integracji. Klucze zaczynają się od nazwy szablonu.
#
# Terminy: okres przechowywania, zasady przechowywania (policy), zakończony
# rekord, zniszczyć (shred), zanonimizować, klucz podpisu (signing secret),
# pełne zestawienie zgód (consent snapshot), wysyłka (delivery), odbiorca
# (receiver). Role jak w staff.ftl: przeglądający, pracownik,
# administrator, właściciel.

## retention.html

retention-heading = Okres przechowywania
retention-intro = Rekord oznaczony jako zakończony jest przechowywany przez okres podany poniżej, a po jego upływie Steward postępuje z nim zgodnie z wybranym ustawieniem.
# { $date } to data i godzina.
retention-last-changed = Ostatnia zmiana: { $date }.
# Zdanie podglądu jest podzielone wokół dwóch wyróżnionych wartości:
# retention-preview-period, wpisany okres (P90D), retention-preview-expires,
# data i godzina, retention-preview-end.
retention-preview-period = Okres przechowywania
retention-preview-expires = : rekordy oznaczone dziś jako zakończone wygasną
retention-preview-end = .
# { $count } – tyle rekordów przekroczyłoby już teraz ten okres.
retention-preview-past = { $count ->
    [one] { $count } zakończony rekord przekroczyłby już teraz ten okres.
    [few] { $count } zakończone rekordy przekroczyłyby już teraz ten okres.
    [many] { $count } zakończonych rekordów przekroczyłoby już teraz ten okres.
   *[other] { $count } zakończonego rekordu przekroczyłoby już teraz ten okres.
}
# Jak retention-preview-past; { $newly } z nich nie wygasło według obecnych
# zasad (tu zawsze więcej niż 0).
retention-preview-past-newly = { $count ->
    [one] { $count } zakończony rekord przekroczyłby już teraz ten okres; liczba rekordów, które według obecnych zasad jeszcze nie wygasły: { $newly }.
    [few] { $count } zakończone rekordy przekroczyłyby już teraz ten okres; liczba rekordów, które według obecnych zasad jeszcze nie wygasły: { $newly }.
    [many] { $count } zakończonych rekordów przekroczyłoby już teraz ten okres; liczba rekordów, które według obecnych zasad jeszcze nie wygasły: { $newly }.
   *[other] { $count } zakończonego rekordu przekroczyłoby już teraz ten okres; liczba rekordów, które według obecnych zasad jeszcze nie wygasły: { $newly }.
}
retention-expire-after = Okres przechowywania zakończonych rekordów
retention-expire-after-hint = Wybierz liczbę i jednostkę. Tydzień liczy się jako 7 dni, miesiąc jako 31 dni, a rok jako 366 dni, aby okres nigdy nie kończył się przed tą samą datą w kalendarzu; maksymalnie 36 500 dni (około 100 lat).
retention-action = Po upływie okresu przechowywania
retention-action-notify = Powiadom nas i ponawiaj powiadomienie, dopóki ktoś nie podejmie działania
retention-action-anonymize = Zanonimizuj rekord
retention-action-shred = Zniszcz rekord
retention-remind-every = Odstęp między przypomnieniami
retention-remind-every-hint = Jak często wygasłe rekordy są ponownie przedstawiane, dopóki ktoś nie podejmie działania. Miesiące i lata liczą się jak powyżej; puste pole oznacza tydzień.
retention-email-to = Adresaci raportów
retention-email-to-hint = Jeden adres w wierszu; jeśli pole pozostanie puste, raporty otrzymają administratorzy i właściciele
retention-webhook = Informuj również połączone narzędzia o wygaśnięciu rekordów (przez webhook)
retention-save = Zapisz
retention-preview = Podgląd bez zapisywania

## fields.html

fields-heading = Pola niestandardowe
fields-col-label = Etykieta
fields-col-key = Klucz
fields-col-type = Typ
fields-col-visible-to = Widoczne dla
fields-col-rules = Reguły
# { $role } to kod najniższej roli, która widzi pole: viewer, staff, admin
# lub owner; wariant domyślny obejmuje każdą inną wartość.
fields-visible-to = { $role ->
    [viewer] wszyscy użytkownicy
    [staff] pracownicy, administratorzy i właściciele
    [admin] administratorzy i właściciele
    [owner] tylko właściciele
   *[other] { $role } i wyższe role
}
fields-rule-required = wymagane
fields-rule-personal = dane osobowe
fields-none = Nie ma jeszcze pól niestandardowych.
fields-new = Nowe pole
fields-key = Klucz
fields-key-hint = Nazwa pola w API: a–z, 0–9 i _, np. loyalty_tier; nie można jej później zmienić
fields-kind = Typ
fields-add = Dodaj pole

## field.html

# { $label } to etykieta pola.
field-heading = Pole niestandardowe „{ $label }”
field-all = Wszystkie pola
# Po nim następuje klucz pola, a następnie jego typ.
field-key = klucz
field-fixed = (nie można zmienić ani klucza, ani typu)
field-save = Zapisz
field-delete-heading = Usuwanie
field-delete-values = Wartości tego pola zostaną natychmiast usunięte ze wszystkich rekordów.
field-delete-final = Tej operacji nie można cofnąć.
field-delete = Usuń pole

## field_form.html

field-form-label = Etykieta
field-form-label-hint = Tekst wyświetlany obok wartości
field-form-options = Opcje (jedna w wierszu)
field-form-options-hint = Tylko dla pola typu „wybór z listy”
# { $n } to numer wiersza opcji; { $error } – co jest w niej nieprawidłowe.
field-form-option-error = Opcja { $n }: { $error }
field-form-visible-to = Widoczne dla
field-form-visible-viewer = Wszyscy użytkownicy (również przeglądający)
field-form-visible-staff = Pracownicy, administratorzy i właściciele
field-form-visible-admin = Administratorzy i właściciele
field-form-visible-owner = Tylko właściciele
field-form-required = Wymagane: każdy rekord musi zawierać wartość
field-form-personal = Dane osobowe: wartość może pozwolić na zidentyfikowanie osoby, dlatego anonimizacja ją usuwa

## integrations.html

integrations-heading = Integracje
# Po nim następuje adres przychodzący, /hooks/marketing/{id}, i kropka.
integrations-intro = Narzędzia marketingowe i inne programy, które za pośrednictwem podpisanych webhooków otrzymują informacje o zmianach zgód i o usunięciu danych, a o rezygnacjach z marketingu informują system Steward pod adresem
integrations-created = Integracja została utworzona.
# Po nim następuje klucz podpisu.
integrations-created-secret = Proszę teraz przekazać odbiorcy ten klucz podpisu; nie zostanie ponownie wyświetlony:
integrations-open = Otwórz integrację
integrations-col-receiver = Odbiorca
integrations-col-events = Zdarzenia
integrations-col-status = Status
integrations-col-pending = Oczekujące
integrations-col-dead = Zaniechane
integrations-on = włączona
integrations-off = wyłączona
integrations-none = Nie ma jeszcze żadnych integracji.
integrations-new = Nowa integracja
integrations-url = Adres URL odbiorcy
integrations-url-hint = https://… – adres, na który Steward wysyła podpisane webhooki
integrations-purpose = Cel zgody, który jest synchronizowany
integrations-purpose-hint = Cel zgody, którego decyzje są synchronizowane.
integrations-snapshot-every = Odstęp między pełnymi zestawieniami zgód
integrations-snapshot-every-hint = Co najmniej 1 godzina i najwyżej 31 dni (miesiąc liczy się jako 31 dni); puste pole oznacza 1 dzień.
integrations-enabled = Włączona: rozpocznij wysyłanie od razu
integrations-add = Dodaj integrację

## integration.html

integration-heading = Integracja
integration-all = Wszystkie integracje
# Po nim następuje klucz podpisu.
integration-new-secret = Nowy klucz podpisu – proszę teraz przekazać go odbiorcy; nie zostanie ponownie wyświetlony:
# { $until } to data i godzina.
integration-rotating-until = Do { $until } wiadomości są podpisywane zarówno starym, jak i nowym kluczem.
integration-receiver = Odbiorca
integration-status = Status
integration-on = włączona
integration-off = wyłączona
integration-purpose = Cel zgody
integration-inbound = Adres przychodzący
integration-pending = Oczekujące
integration-dead = Zaniechane
integration-next-snapshot = Następne zestawienie zgód
integration-settings = Ustawienia
integration-url = Adres URL odbiorcy
integration-snapshot-every = Odstęp między pełnymi zestawieniami zgód
integration-enabled = Włączona
integration-save = Zapisz
integration-snapshot-now = Wyślij zestawienie zgód teraz
integration-grace = Okres ważności starego klucza
integration-grace-hint = Jak długo stary sekret podpisuje obok nowego: najwyżej 7 dni; 0 godzin kończy to od razu.
integration-rotate = Nowy klucz podpisu
integration-delete = Usuń
integration-refused = Nie wykonano „{ $action }”: { $reason }
integration-deliveries = Wysyłki
integration-filter-all = Wszystkie
integration-filter-pending = Oczekujące
integration-filter-delivered = Dostarczone
integration-filter-dead = Zaniechane
integration-col-made = Utworzono
integration-col-event = Zdarzenie
integration-col-state = Status
integration-col-attempts = Próby
integration-col-answer = Ostatnia odpowiedź
integration-col-action = Działanie
# Po statusie wysyłki; { $at } to data i godzina.
integration-next-try = następna próba: { $at }
# { $status } to kod statusu HTTP, którym odpowiedział odbiorca.
integration-http-status = HTTP { $status }
integration-retry = Ponów
integration-older = Starsze wysyłki
integration-none = Brak wysyłek.
integration-none-in-state = Brak wysyłek o tym statusie.

## event_choices.html

event-choices-legend = Odbierane zdarzenia
purposes-heading = Cele zgód
purposes-intro = Na co klienci mogą wyrazić zgodę, np. newsletter. Pracownicy wybierają cel po jego nazwie, gdy zapisują decyzję; klienci widzą tę nazwę w swojej kopii i w portalu.
purposes-none = Nie ma jeszcze celów. Dodaj pierwszy poniżej.
purposes-col-label = Nazwa
purposes-col-key = Klucz dla programów
purposes-new-heading = Dodaj cel
purposes-label = Nazwa
purposes-label-hint = W języku tych stron, tak jak przeczytają ją klienci i pracownicy, np. Newsletter e-mailem
purposes-description = Opis
purposes-description-hint = Opcjonalnie: na co klient wyraża zgodę, w jednym lub dwóch zdaniach
purposes-key = Klucz dla programów
purposes-key-hint = Opcjonalnie: jeśli zostanie pusty, powstanie z nazwy (Newsletter e-mailem staje się newsletter_e_mailem). Używają go programy i API; nie można go później zmienić.
purposes-add = Dodaj cel
integrations-purpose-default = Cel domyślny (marketing_email)
event-type-consent-updated = Zgoda udzielona lub wycofana
event-type-consent-snapshot = Pełny stan zgód
event-type-contact-forget = Kontakt do usunięcia
event-type-customer-expired = Okres przechowywania rekordu minął
event-type-customer-shredded = Rekord zniszczony
event-type-customer-anonymized = Rekord zanonimizowany
event-type-customer-merged = Dwa rekordy scalone
event-type-request-received = Otrzymano żądanie klienta
fields-rule-correctable = do sprostowania
field-form-correctable = Do sprostowania: osoba może przez portal poprosić o poprawienie tej wartości (sprostowanie, art. 16 RODO)
