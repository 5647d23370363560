# Strony dla pracowników: logowanie, własne konto, tokeny API, użytkownicy
# i dziennik audytu. Klucze zaczynają się od nazwy szablonu.
#
# Role jak w staff.ftl: przeglądający, pracownik, administrator, właściciel.

## login.html

login-page-title = Logowanie · Steward
login-heading = Logowanie do systemu Steward
login-organisation = Organizacja
login-email = Adres e-mail
login-password = Hasło
login-totp = Kod z aplikacji uwierzytelniającej
login-submit = Zaloguj się

## account.html

account-heading = Moje konto
account-totp-heading = Logowanie dwuskładnikowe
account-totp-on = Włączone: przy logowaniu wymagany jest kod z aplikacji uwierzytelniającej.
account-totp-disable-code-label = Aktualny kod (aby wyłączyć)
account-totp-disable = Wyłącz
account-totp-enrol-intro = Proszę dodać to konto do aplikacji uwierzytelniającej za pomocą poniższego klucza (lub otworzyć link na telefonie, na którym jest zainstalowana aplikacja), a następnie wpisać wyświetlony w niej kod.
account-totp-key = Klucz
account-totp-link = Link
account-totp-pending = Konfiguracja została rozpoczęta: aby włączyć logowanie dwuskładnikowe, proszę wpisać kod wyświetlany przez aplikację uwierzytelniającą.
account-totp-confirm-code-label = Kod z aplikacji
account-totp-confirm = Włącz
account-totp-restart = Zacznij od nowa z nowym kluczem
# Po nim w tym samym akapicie następuje account-totp-off-explained.
account-totp-off = Wyłączone.
account-totp-off-explained = Gdy jest włączone, do zalogowania potrzebne jest oprócz hasła również kod z aplikacji, np. z aplikacji uwierzytelniającej na telefonie.
account-totp-set-up = Skonfiguruj logowanie dwuskładnikowe
account-zone-heading = Strefa czasowa
# Etykieta listy nazw stref czasowych.
account-zone-label = Wyświetlaj godziny w strefie
account-zone-save = Zapisz
account-password-heading = Hasło
account-password-current-label = Obecne hasło
account-password-new-label = Nowe hasło
account-password-new-hint = Co najmniej 12 znaków
account-password-change = Zmień hasło
account-password-ends-sessions = Zmiana hasła kończy wszystkie pozostałe sesje.
account-sessions-heading = Aktywne sesje
# Nagłówki kolumn tabeli sesji; „Skąd” to adres IP.
account-sessions-signed-in = Zalogowano
account-sessions-last-used = Ostatnia aktywność
account-sessions-from = Skąd
account-sessions-browser = Przeglądarka
account-sessions-action = Działanie
account-sessions-this = ta sesja
account-sessions-end = Zakończ

## tokens.html

tokens-heading = Tokeny API
# Po nim następuje nagłówek HTTP (tokens-intro-header, jako kod) i kropka.
tokens-intro-sent-as = Programy logują się za pomocą tokenu przesyłanego w nagłówku
# Sam nagłówek HTTP: taki sam we wszystkich językach.
tokens-intro-header = Authorization: Bearer stw_…
tokens-intro-role = Token ma uprawnienia swojej roli – nigdy większe niż uprawnienia Pani/Pana konta.
tokens-created = Utworzono token „{ $name }”.
# Po nim następuje sekret tokenu.
tokens-created-copy = Proszę go teraz skopiować; nie zostanie ponownie wyświetlony:
tokens-name = Nazwa
tokens-role = Rola
tokens-made = Utworzono
tokens-last-used = Ostatnie użycie
tokens-status = Status
tokens-never-used = nigdy
tokens-revoked = unieważniony { $date }
# Przycisk; czytniki ekranu odczytują po nim nazwę tokenu.
tokens-revoke = Unieważnij
tokens-none = Nie ma jeszcze żadnych tokenów.
tokens-new-heading = Nowy token
tokens-new-name-label = Przeznaczenie
tokens-new-name-hint = np. system rozliczeniowy
tokens-new-submit = Utwórz token

## users.html

users-heading = Użytkownicy
users-created = { $email } może się teraz zalogować.
# Po nim następuje wygenerowane hasło, a potem users-created-password-after.
users-created-password = Hasło tej osoby:
users-created-password-after = – proszę przekazać je w bezpieczny sposób; nie zostanie ponownie wyświetlone.
users-caption = Użytkownicy tej organizacji
users-name = Imię i nazwisko
users-email = Adres e-mail
users-role = Rola
users-status = Status
users-change = Zmiana
# Po imieniu i nazwisku osoby, która ogląda stronę.
users-you = (Pani/Pan)
users-refused = Nic nie zmieniono dla { $name }: { $reason }
users-disabled = konto wyłączone
users-active = konto aktywne
users-totp = logowanie dwuskładnikowe
users-role-of = Rola użytkownika { $name }
users-set-role = Ustaw rolę
# Tylko dla czytników ekranu, po users-set-role.
users-set-role-of = użytkownika { $name }
# Przyciski; czytniki ekranu odczytują po nich imię i nazwisko użytkownika.
users-enable = Włącz konto
users-disable = Wyłącz konto
users-reset-totp = Zresetuj logowanie dwuskładnikowe
# Tylko dla czytników ekranu, po users-reset-totp.
users-reset-totp-of = użytkownika { $name }
users-new-heading = Nowy użytkownik
users-password = Hasło
users-password-hint = Co najmniej 12 znaków; jeśli pole pozostanie puste, hasło zostanie wygenerowane automatycznie
users-new-submit = Dodaj użytkownika
users-roles-explained = Przeglądający mogą odczytywać rekordy; pracownicy mogą ponadto je zmieniać i odpowiadać na wnioski; administratorzy mogą ponadto usuwać dane oraz zarządzać okresem przechowywania, użytkownikami, tokenami i integracjami; właściciele mogą ponadto nadawać innym rolę właściciela.

## audit.html

audit-heading = Dziennik audytu
audit-intro = Kto, co, kiedy i skąd zrobił – bez jakichkolwiek danych osobowych.
audit-intro-chain = Każdy wpis jest powiązany z poprzednim za pomocą skrótu kryptograficznego (hash), dzięki czemu zmiana lub usunięcie wpisu nie pozostanie niezauważone.
audit-check-ok = { $count ->
    [one] Łańcuch jest nienaruszony: sprawdzono { $count } wpis.
    [few] Łańcuch jest nienaruszony: sprawdzono { $count } wpisy.
    [many] Łańcuch jest nienaruszony: sprawdzono { $count } wpisów.
   *[other] Łańcuch jest nienaruszony: sprawdzono { $count } wpisu.
}
# { $reason } to wynik kontroli opisany słowami.
audit-check-broken = Łańcuch jest przerwany przy wpisie nr { $seq }: { $reason }
audit-check = Sprawdź łańcuch
audit-caption = Wpisy dziennika audytu, od najnowszych
audit-when = Kiedy
audit-what = Co
audit-who = Kto
audit-about = Dotyczy
# Adres IP, z którego wykonano działanie.
audit-from = Skąd
audit-older = Starsze wpisy
audit-newest = Najnowsze wpisy

## audit.html: the filter, the export, names
audit-filter-heading = Filtruj
audit-filter-actor = Kto
audit-filter-actor-any = Każdy
audit-filter-actor-system = Sam Steward (zadania, wiersz poleceń)
audit-filter-action = Co się stało
audit-filter-action-any = Dowolne zdarzenie
audit-filter-record = ID rekordu lub elementu
audit-filter-from = Od
audit-filter-to = Do (włącznie)
audit-filter-dates-hint = Dni liczone są od północy do północy UTC.
audit-filter-apply = Pokaż
audit-filter-clear = Pokaż wszystkie wpisy
audit-export = Eksportuj te wpisy (CSV)
audit-export-hint = Plik zawiera wszystkie wpisy pasujące do filtra, nie tylko tę stronę; sam eksport też zostaje zapisany w dzienniku.
audit-none = Żaden wpis nie pasuje do filtra.
audit-token = token API

## Audit events in words (the code shows beside them)
audit-event-auth-login = Zalogowanie
audit-event-auth-login_failed = Nieudane logowanie
audit-event-auth-logout = Wylogowanie
audit-event-auth-password_changed = Zmiana hasła
audit-event-auth-session_revoked = Sesja zakończona ręcznie
audit-event-auth-totp_enrol_started = Rozpoczęto konfigurację logowania dwuetapowego
audit-event-auth-totp_enabled = Włączono logowanie dwuetapowe
audit-event-auth-totp_disabled = Wyłączono logowanie dwuetapowe
audit-event-customer-created = Utworzono rekord
audit-event-customer-bulk_created = Utworzono rekordy zbiorczo
audit-event-customer-updated = Zmieniono rekord
audit-event-customer-read = Otwarto rekord
audit-event-customer-listed = Rekordy wyświetlone na liście
audit-event-customer-notes_read = Odczytano notatki
audit-event-customer-note_added = Dodano notatkę
audit-event-customer-consent_read = Odczytano zgody
audit-event-customer-consent_changed = Zmieniono zgodę
audit-event-customer-objected_to_marketing = Sprzeciw wobec marketingu bezpośredniego
audit-event-customer-processing_stopped = Przetwarzanie wstrzymane po sprzeciwie
audit-event-customer-completed = Zakończono rekord
audit-event-customer-reopened = Ponownie otwarto rekord
audit-event-customer-restricted = Ograniczono przetwarzanie
audit-event-customer-restriction_lifted = Zniesiono ograniczenie
audit-event-customer-hold_placed = Wstrzymano usunięcie
audit-event-customer-hold_released = Zniesiono wstrzymanie usunięcia
audit-event-customer-copied = Sporządzono kopię dla osoby
audit-event-customer-merged = Scalono rekordy
audit-event-customer-history_read = Odczytano historię pól
audit-event-customer-task_added = Dodano zadanie
audit-event-customer-task_done = Zadanie wykonane
audit-event-customer-tasks_read = Odczytano zadania
audit-event-customer-shredded = Zniszczono rekord
audit-event-customer-anonymized = Zanonimizowano rekord
audit-event-customers-exported = Wyeksportowano listę klientów
audit-event-export-downloaded = Pobrano eksport
audit-event-field-created = Dodano pole własne
audit-event-field-updated = Zmieniono pole własne
audit-event-field-deleted = Usunięto pole własne
audit-event-import-uploaded = Przesłano plik importu
audit-event-import-mapped = Wybrano kolumny importu
audit-event-import-started = Rozpoczęto import
audit-event-import-finished = Zakończono import
audit-event-import-failed = Import nie powiódł się
audit-event-import-cancelled = Anulowano import
audit-event-import-expired = Import wygasł nieużyty
audit-event-import-refused_read = Pobrano odrzucone wiersze importu
audit-event-integration-created = Dodano integrację
audit-event-integration-updated = Zmieniono integrację
audit-event-integration-deleted = Usunięto integrację
audit-event-integration-disabled = Wyłączono integrację
audit-event-integration-secret_rotated = Odnowiono sekret integracji
audit-event-integration-delivery_retried = Ponowiono doręczenie
audit-event-integration-hook_received = Odebrano wiadomość z narzędzia
audit-event-integration-snapshot_requested = Zażądano pełnej listy zgód
audit-event-notification-acknowledged = Przyjęto powiadomienie do wiadomości
audit-event-purpose-labelled = Nazwano cel
audit-event-purpose-unlabelled = Usunięto nazwę celu
audit-event-recipient-created = Dodano odbiorcę
audit-event-recipient-changed = Zmieniono odbiorcę
audit-event-recipient-deleted = Usunięto odbiorcę
audit-event-request-received = Otrzymano wniosek
audit-event-request-verified = Wniosek potwierdzony e-mailem
audit-event-request-fulfilled = Wniosek zrealizowany
audit-event-request-rejected = Wniosek odrzucony
audit-event-request-extended = Przedłużono termin wniosku
audit-event-request-restricted = Ograniczono przetwarzanie rekordów na czas rozpatrywania wniosku
audit-event-request-lift_announced = Zapowiedziano osobie zniesienie ograniczenia z wniosku
audit-event-request-restriction_lifted = Zniesiono ograniczenie przyznane na wniosek
audit-event-request-downloaded = Osoba pobrała kopię
audit-event-request-identity_document_uploaded = Osoba przesłała dokument tożsamości
audit-event-request-identity_confirmed = Potwierdzono tożsamość wnioskodawcy
audit-event-request-identity_refused = Nie potwierdzono tożsamości wnioskodawcy; wniosek odrzucony
audit-event-retention-changed = Zmieniono zasady przechowywania
audit-event-retention-expired = Upłynęły okresy przechowywania
audit-event-retention-reminded = Wysłano przypomnienia
audit-event-retention-anonymized = Rekordy zanonimizowane zgodnie z zasadami
audit-event-retention-shredded = Rekordy zniszczone zgodnie z zasadami
audit-event-tenant-created = Utworzono organizację
audit-event-tenant-settings_changed = Zmieniono ustawienia organizacji
audit-event-tenant-logo_set = Ustawiono logo
audit-event-tenant-logo_removed = Usunięto logo
audit-event-tenant-exported = Wyeksportowano organizację
audit-event-tenant-cancelled = Anulowano organizację
audit-event-tenant-purge_warned = Ostrzeżono przed ostatecznym usunięciem
audit-event-token-created = Utworzono token API
audit-event-token-revoked = Unieważniono token API
audit-event-user-created = Dodano użytkownika
audit-event-user-updated = Zmieniono użytkownika
audit-event-user-language_set = Wybrano język stron
audit-event-user-time_zone_set = Wybrano strefę czasową
audit-event-audit-exported = Wyeksportowano dziennik audytu
audit-event-request-viewed = Odczytano szczegóły żądania
audit-event-request-rectified = Rozpatrzono sprostowanie (wskazano pola)
