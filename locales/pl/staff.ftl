# Strony dla pracowników: układ stron, tytuły, strony błędów, role
# i komunikaty wyświetlane po wykonaniu działania.
#
# Rejestr formalny: przyciski i etykiety w trybie rozkazującym (Zapisz,
# Anuluj), zdania w formie bezosobowej lub z „proszę”; gdy trzeba zwrócić
# się wprost do użytkownika – „Pani/Pan”, do organizacji – „Państwo”.
# Terminy jak na stronach publicznych i w RODO: klient, rekord (klienta),
# wniosek, zgoda, administrator, organ nadzorczy; „shred” to „zniszczyć”
# (rekord wraz z kluczami), „anonymize” to „zanonimizować”, „legal hold”
# to „wstrzymanie usunięcia”.

## Układ każdej strony po zalogowaniu

layout-skip = Przejdź do treści
layout-menu = Menu główne
layout-customers = Klienci
layout-inbox = Powiadomienia
layout-requests = Wnioski
layout-retention = Okres przechowywania
layout-request-settings = Weryfikacja tożsamości
layout-fields = Pola
layout-users = Użytkownicy
layout-tokens = Tokeny API
layout-integrations = Integracje
layout-recipients = Odbiorcy
layout-audit = Dziennik audytu
layout-organisation = Organizacja
layout-sign-out = Wyloguj się
layout-search-form = Szukaj wszędzie
layout-search-label = Szukaj klientów
layout-search-placeholder = Szukaj (klawisz /)
layout-search-button = Szukaj
layout-cancelled = Konto tej organizacji zostało zamknięte: do czasu zniszczenia danych wszystko jest dostępne tylko do odczytu, z wyjątkiem tego, do czego prawo mają klienci – nadal można wycofywać zgody i odpowiadać na wnioski klientów (również o usunięcie danych).
field-required = (pole wymagane)

## Role

role-viewer = przeglądający
role-staff = pracownik
role-admin = administrator
role-owner = właściciel

## Tytuły stron

title-audit = Dziennik audytu
title-sign-in = Logowanie
title-account = Moje konto
title-tokens = Tokeny API
title-fields = Pola niestandardowe
title-field = Pole niestandardowe
title-inbox = Powiadomienia
title-recipients = Odbiorcy
title-requests = Wnioski
title-request-settings = Weryfikacja tożsamości
title-retention = Okres przechowywania
title-integrations = Integracje
title-integration = Integracja
title-organisation = Organizacja
title-users = Użytkownicy
title-customers = Klienci
title-customer = Rekord klienta
title-edit-customer = Edycja klienta
title-new-customer = Nowy klient
title-erase = Usuwanie rekordu klienta
title-bulk-erase = Usuwanie rekordów
title-bulk-erased = Usunięte rekordy

## Strony błędów

title-error-forbidden = Brak uprawnień
title-error-not-found = Nie znaleziono
title-error-conflict = Obecnie niemożliwe
title-error-gone = Trwale usunięto
title-error-too-many = Zbyt wiele prób
title-error-busy = System jest chwilowo przeciążony
title-error-internal = Coś poszło nie tak
title-error-invalid = Nieprawidłowe dane
error-back = Powrót do listy klientów

## Język stron użytkownika, na stronie konta

language-picker-heading = Język
language-picker-label = Język interfejsu
language-picker-hint = Języki, w których strony systemu Steward są dostępne w całości. Dopóki nie wybierze Pani/Pan języka, obowiązuje ustawienie domyślne organizacji.
language-picker-default = Domyślny język organizacji ({ $language })
language-picker-save = Zapisz

## Komunikaty po wykonaniu działania

flash-session-ended = Sesja wygasła z powodu braku aktywności. Aby kontynuować, proszę zalogować się ponownie.
flash-totp-required = Organizacja wymaga od administratorów logowania dwuskładnikowego. Aby kontynuować, proszę je skonfigurować.
flash-signed-in = Zalogowano.
flash-signed-out = Wylogowano.
flash-session-revoked = Sesja została zakończona.
flash-totp-on = Logowanie dwuskładnikowe jest włączone: od teraz przy logowaniu wymagany będzie kod.
flash-totp-off = Logowanie dwuskładnikowe jest wyłączone.
flash-time-zone-set = Godziny są teraz wyświetlane w strefie czasowej { $zone }.
flash-language-set = Strony są teraz wyświetlane w języku: { $language }.
flash-password-changed = { $count ->
    [one] Hasło zostało zmienione; zakończono { $count } inną sesję.
    [few] Hasło zostało zmienione; zakończono { $count } inne sesje.
    [many] Hasło zostało zmienione; zakończono { $count } innych sesji.
   *[other] Hasło zostało zmienione; zakończono { $count } innej sesji.
}
flash-token-revoked = Token został unieważniony.
flash-retention-saved = Zasady przechowywania zostały zapisane.
flash-customer-created = Rekord klienta został zapisany.
flash-customer-saved = Zmiany zostały zapisane.
flash-note-added = Notatka została dodana.
flash-consent-recorded = Decyzja dotycząca zgody została zarejestrowana.
flash-record-completed = Rekord został oznaczony jako zakończony; rozpoczął się bieg okresu przechowywania.
flash-record-reopened = Rekord jest ponownie aktywny; nie wygaśnie.
flash-record-restricted = Przetwarzanie danych z rekordu zostało ograniczone.
flash-record-unrestricted = Ograniczenie przetwarzania zostało zniesione.
flash-record-held = Usunięcie rekordu zostało wstrzymane: rekord nie zostanie usunięty.
flash-record-released = Wstrzymanie usunięcia zostało zniesione.
flash-record-shredded = Rekord został zniszczony: jego dane zostały trwale usunięte, również z kopii zapasowych.
flash-record-anonymized = Rekord został zanonimizowany: jego dane osobowe zostały trwale usunięte.
flash-notice-acknowledged = Powiadomienie zostało przyjęte do wiadomości; przypomnienia nie będą już wysyłane.
flash-request-fulfilled = Odpowiedź na wniosek została udzielona.
flash-request-rejected = Wniosek został odrzucony; osoba otrzyma informację o powodzie.
flash-request-extended = Termin został przedłużony; osoba otrzyma informację o powodzie.
flash-request-identity-confirmed = Tożsamość potwierdzona; wniosek jest w kolejce.
flash-request-identity-refused = Tożsamość niepotwierdzona; wniosek odrzucono, a osoba otrzyma informację o powodzie.
flash-request-settings-saved = Zapisano ustawienia weryfikacji tożsamości.
flash-integration-saved = Integracja została zapisana.
flash-integration-snapshot = Pełne zestawienie zgód zostanie wysłane przy następnym uruchomieniu.
flash-integration-deleted = Integracja została usunięta wraz ze wszystkim, co jeszcze czekało na wysłanie.
flash-delivery-retried = Wysyłka jest właśnie ponawiana.
flash-organisation-saved = Ustawienia zostały zapisane.
flash-organisation-cancelled = Konto zostało zamknięte. Wszystkie dane są teraz dostępne tylko do odczytu; przed ich zniszczeniem proszę pobrać eksport.
flash-logo-saved = Logo zostało zapisane.
flash-logo-removed = Logo zostało usunięte.
flash-field-added = Pole { $key } zostało dodane.
flash-field-saved = Pole zostało zapisane.
flash-field-deleted = Pole zostało usunięte; jego wartości zniknęły ze wszystkich rekordów.
flash-recipient-added = Wpis został dodany do rejestru.
flash-recipient-saved = Wpis w rejestrze został zapisany.
flash-recipient-removed = Wpis został usunięty z rejestru.
flash-user-role-changed = Rola została zmieniona.
flash-user-disabled = Konto zostało wyłączone; jego sesje i tokeny przestały działać.
flash-user-enabled = Konto zostało ponownie włączone.
flash-user-totp-reset = Logowanie dwuskładnikowe zostało zresetowane; użytkownik może je skonfigurować od nowa.

## Odmowy na stronie logowania

sign-in-code-needed = Proszę wpisać aktualny kod z aplikacji uwierzytelniającej.
sign-in-refused = Nie zalogowano: nazwa organizacji, adres e-mail lub hasło są nieprawidłowe.
sign-in-throttled = Zbyt wiele nieudanych prób; proszę spróbować ponownie za { $seconds } s.

## Filtry nad listami (klucze to wartości filtrów)

filter-all = Wszystkie rekordy
filter-active = Aktywne
filter-complete = Zakończone
filter-expiring = Wkrótce wygasające
filter-expired = Wygasłe
filter-anonymized = Zanonimizowane
tab-open = Otwarte
tab-identity = Tożsamość do potwierdzenia
tab-unverified = Niepotwierdzone
tab-fulfilled = Zrealizowane
tab-rejected = Odrzucone
tab-all = Wszystkie

## Czego dotyczy powiadomienie i rodzaje wniosków

notice-expired = Upłynął okres przechowywania: należy usunąć lub zachować rekord
notice-anonymized = Rekord zanonimizowany zgodnie z zasadami przechowywania
notice-shredded = Rekord zniszczony zgodnie z zasadami przechowywania
notice-returned = Rekord przywrócony z kopii zapasowej został ponownie usunięty
notice-request-received = Nowy wniosek dotyczący danych został potwierdzony i czeka na odpowiedź
notice-request-identity = Nowy wniosek dotyczący danych został potwierdzony; przed odpowiedzią trzeba potwierdzić tożsamość wnioskodawcy
notice-request-due-soon = Wkrótce upływa termin odpowiedzi na wniosek dotyczący danych
notice-request-overdue = Upłynął termin odpowiedzi na wniosek dotyczący danych
notice-integration-disabled = Narzędzie marketingowe zostało wyłączone
request-kind-copy = Kopia danych
request-kind-erasure = Usunięcie danych
request-kind-withdraw-consent = Wycofanie zgody
request-kind-portability = Dane do przeniesienia

## Kto wykonał działanie i czego ono dotyczyło – w dzienniku audytu

audit-actor-user = użytkownik { $id }
audit-actor-token = token { $id }
audit-actor-system = system
audit-actor-anonymous = anonim
audit-actor-integration = integracja { $id }
audit-target-customer = klient { $id }
audit-target-user = użytkownik { $id }
audit-target-api_token = token API { $id }
audit-target-field = pole { $id }
audit-target-import = import { $id }
audit-target-integration = integracja { $id }
audit-target-notification = powiadomienie { $id }
audit-target-purpose = cel { $id }
audit-target-recipient = odbiorca { $id }
audit-target-request = wniosek { $id }
audit-target-session = sesja { $id }
audit-target-tenant = organizacja { $id }
audit-actor-other = { $kind } { $id }
audit-target-other = { $kind } { $id }

## Rodzaje pól niestandardowych

field-kind-text = Tekst
field-kind-number = Liczba
field-kind-date = Data
field-kind-bool = Tak lub nie
field-kind-select = Wybór z listy

## Zapisane wartości w postaci wyświetlanej na stronach

customer-state-active = aktywny
customer-state-complete = zakończony
customer-state-anonymized = zanonimizowany
customer-source-staff = pracownik
customer-source-portal = portal
customer-source-sync = narzędzie marketingowe
customer-source-import = import
# Mianownik: po „autor:” i w kolumnie „Kto”.
actor-you = Pani/Pan
actor-user = użytkownik
actor-token = token API
actor-integration = połączone narzędzie
actor-customer = klient
actor-steward = Steward
field-yes = tak
field-no = nie
# Po „zamknięte:” – dlaczego powiadomienie zostało zamknięte.
notice-closed-acknowledged = przyjęto do wiadomości
notice-closed-reopened = ponownie otwarto rekord
notice-closed-held = wstrzymano usunięcie rekordu
notice-closed-rescheduled = zmieniono termin wygaśnięcia
notice-closed-closed = zamknięto wniosek
notice-closed-shredded = zniszczono rekord
notice-closed-anonymized = zanonimizowano rekord
request-state-unverified = niepotwierdzony
request-state-identity = tożsamość do potwierdzenia
request-state-open = otwarty
request-state-fulfilling = w realizacji
request-state-fulfilled = zrealizowany
request-state-rejected = odrzucony
request-outcome-copy_sent = wysłano kopię
request-outcome-no_data = brak danych
request-outcome-erased = usunięto dane
request-outcome-erased_partly = usunięto część danych
request-outcome-refused_hold = odmowa: wstrzymanie usunięcia
request-outcome-withdrawn = wycofano zgodę
request-outcome-rejected = odrzucono
request-kind-copy-lower = kopia danych
request-kind-erasure-lower = usunięcie danych
request-kind-withdraw-consent-lower = wycofanie zgody
request-kind-portability-lower = dane do przeniesienia
safeguard-short-adequacy = Decyzja stwierdzająca odpowiedni stopień ochrony (art. 45 RODO)
safeguard-short-scc = Standardowe klauzule ochrony danych (art. 46 ust. 2 lit. c RODO)
safeguard-short-bcr = Wiążące reguły korporacyjne (art. 47 RODO)
safeguard-short-derogation = Wyjątek w szczególnej sytuacji (art. 49 RODO)
recipients-sent-consent = adres e-mail i decyzje dotyczące zgody (cel: { $purpose })
recipients-sent-erasure = adres e-mail w przypadku usunięcia danych osoby
recipients-sent-record-events = identyfikator rekordu, gdy rekord wygasa lub zostaje usunięty

## Odmowy objaśniane przez same strony

erase-refused-name = Aby potwierdzić, proszę wpisać imię i nazwisko klienta dokładnie tak, jak zostało wyświetlone.
bulk-erase-refused-count = Aby potwierdzić, proszę wpisać liczbę rekordów: { $count }. Niczego nie usunięto.
customer-form-conflict = Ktoś inny zmienił ten rekord w czasie, gdy był on edytowany. Formularz nadal zawiera wprowadzone zmiany; proszę sprawdzić rekord, a następnie zapisać go ponownie, aby zastąpić zmiany tej osoby.

## The inbox: the count in the menu (read after "Inbox"), acknowledging several
layout-inbox-open =
{ $count ->
    [one] { $count } otwarte powiadomienie
    [few] { $count } otwarte powiadomienia
   *[other] { $count } otwartych powiadomień
}
flash-notices-acknowledged =
{ $count ->
    [one] Przyjęto do wiadomości { $count } powiadomienie; przypomnienia ustają.
    [few] Przyjęto do wiadomości { $count } powiadomienia; przypomnienia ustają.
   *[other] Przyjęto do wiadomości { $count } powiadomień; przypomnienia ustają.
}
flash-notices-none-ticked = Zaznacz co najmniej jedno powiadomienie.
field-fault-predicate = „{ $label }” { $reason }.
field-fault = „{ $label }”: { $reason }
form-fix-fields =
    { $count ->
        [one] Popraw to pole:
       *[other] Popraw te pola (liczba: { $count }):
    }
form-other-field = Inne pole (zobacz formularz poniżej)
period-amount = Liczba
period-unit = Jednostka
period-unit-seconds = sekundy
period-unit-minutes = minuty
period-unit-hours = godziny
period-unit-days = dni
period-unit-weeks = tygodnie
period-unit-months = miesiące
period-unit-years = lata
period-stored-as = Zapisano jako { $period }
layout-purposes = Cele zgód
title-purposes = Cele zgód
flash-purpose-added = Cel został dodany; pracownicy mogą go teraz wybrać.

request-kind-objection = Sprzeciw
request-kind-objection-lower = sprzeciw
request-outcome-objected = marketing zatrzymany
request-outcome-processing_stopped = przetwarzanie zatrzymane

# Rectification requests (Art. 16).
request-kind-rectification = Sprostowanie
request-kind-rectification-lower = sprostowanie
request-outcome-rectified = dane sprostowane
request-outcome-rectification_declined = sprostowania odrzucone
requests-rectification-review = Przejrzyj poprawki
requests-rectification-review-skip = wnioskowane w tym wniosku
flash-request-rectified = Decyzje zapisane; osoba została powiadomiona.
title-rectification = Sprostowanie
rectification-heading = Wnioskowane poprawki
rectification-back = Wróć do wniosku
rectification-intro = Osoba wskazuje, że te dane są nieprawidłowe. Zdecyduj o każdej: akceptacja poprawia każdy powiązany rekord; odrzucenie wymaga uzasadnienia, które otrzyma osoba.
rectification-note = Wyjaśnienie osoby
rectification-caption = Obecne wartości w powiązanych rekordach ({ $count }) obok wnioskowanych wartości
rectification-col-detail = Dana
rectification-col-record = Rekord { $n }
rectification-col-proposed = Wnioskowane
rectification-col-decision = Decyzja
rectification-empty = brak wartości
rectification-decide = Decyzja: { $detail }
rectification-accept = Akceptuj
rectification-decline = Odrzuć
rectification-reason = Uzasadnienie odrzucenia (otrzyma je osoba)
rectification-accepted = Zaakceptowano
rectification-declined = Odrzucono
rectification-submit = Zapisz decyzje i powiadom osobę
request-kind-restriction = Ograniczenie
request-kind-restriction-lower = ograniczenie
request-outcome-restricted = przetwarzanie ograniczone
requests-stop-processing = Zaprzestań przetwarzania
requests-uphold = Utrzymaj — podaj ważne prawnie uzasadnione podstawy
requests-uphold-button = Utrzymaj przetwarzanie
requests-restrict-now = Ogranicz rekordy teraz, na czas decyzji
requests-restricted-meanwhile = Rekordy są ograniczone na czas decyzji; przed zniesieniem osoba zostanie poinformowana.
flash-request-restricted = Rekordy są ograniczone na czas rozpatrywania wniosku.
