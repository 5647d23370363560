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
