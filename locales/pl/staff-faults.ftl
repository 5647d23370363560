# Dlaczego formularz został odrzucony. Klucze są utworzone z tekstu
# angielskiego (zob. plik angielski); tłumaczy się tylko wartości.
# Komunikat pojawia się pod polem, którego dotyczy, albo w podsumowaniu
# „pole: powód”, dlatego zdania są sformułowane bez podmiotu zależnego od
# rodzaju gramatycznego nazwy pola. Liczby ($n1, $n2, …) przychodzą jako
# tekst, więc nie ma tu odmiany przez liczbę.

fault-invalid-value-for = nieprawidłowa wartość: { $fields }
fault-is-empty = pole jest puste
fault-is-required = to pole jest wymagane
fault-is-required-and-cannot-be-cleared = to pole jest wymagane i nie można go wyczyścić
fault-is-required-when-turning-this-on = to pole jest wymagane, gdy ta opcja jest włączona
fault-must-not-be-empty = pole nie może być puste
fault-must-not-be-only-spaces = wartość nie może składać się wyłącznie ze spacji
fault-must-not-contain-control-characters = wartość nie może zawierać znaków sterujących
fault-must-be-one-line-without-control-characters = wartość musi mieścić się w jednym wierszu i nie może zawierać znaków sterujących
fault-must-be-at-most-n-characters = liczba znaków nie może przekraczać { $n1 }
fault-must-be-at-least-n-characters = wymagana liczba znaków: co najmniej { $n1 }
fault-must-be-n-to-n-characters = wymagana liczba znaków: od { $n1 } do { $n2 }
fault-is-longer-than-n-characters = liczba znaków przekracza { $n1 }
fault-is-not-an-email-address-no = to nie jest adres e-mail (brak znaku @)
fault-is-not-an-email-address-the-part-before-must-be-n-to-n-characters = to nie jest adres e-mail (część przed znakiem @ musi liczyć od { $n1 } do { $n2 } znaków)
fault-is-not-an-email-address-it-contains-spaces-control-characters-or-a-second = to nie jest adres e-mail (zawiera spacje, znaki sterujące lub drugi znak @)
fault-is-not-an-email-address-misplaced-dot-before = to nie jest adres e-mail (nieprawidłowo umieszczona kropka przed znakiem @)
fault-is-not-an-email-address-the-domain-after-is-not-valid = to nie jest adres e-mail (domena po znaku @ jest nieprawidłowa)
fault-must-start-with-and-the-country-code-as-in-n-n-n = numer musi zaczynać się od znaku + i numeru kierunkowego kraju, np. +{ $n1 } { $n2 } { $n3 }
fault-must-have-n-to-n-digits-including-the-country-code = numer musi liczyć od { $n1 } do { $n2 } cyfr łącznie z numerem kierunkowym kraju
fault-the-country-code-cannot-start-with-n = numer kierunkowy kraju nie może zaczynać się od { $n1 }
fault-must-start-with-a-letter-and-not-end-with-or-repeat-a-hyphen = wartość musi zaczynać się od litery i nie może kończyć się łącznikiem ani zawierać dwóch łączników z rzędu
fault-is-not-a-custom-field-of-this-tenant = to nie jest pole niestandardowe tej organizacji
fault-must-be-a-number-not-text = wartość musi być liczbą, a nie tekstem
fault-must-be-text-not-a-number = wartość musi być tekstem, a nie liczbą
fault-must-be-true-or-false-not-text = wartość musi być typu logicznego (true lub false), a nie tekstem
fault-must-be-a-date-written-yyyy-mm-dd-in-the-years-n-to-n = wartość musi być datą w formacie RRRR-MM-DD z lat { $n1 }–{ $n2 }
fault-is-not-the-current-code-of-your-authenticator-app = to nie jest aktualny kod z aplikacji uwierzytelniającej
fault-is-not-your-current-password = to nie jest obecne hasło
fault-is-not-a-time-zone-name-such-as-europe-berlin = to nie jest nazwa strefy czasowej, np. Europe/Berlin
fault-choose-viewer-staff-admin-or-owner = należy wybrać rolę: przeglądający, pracownik, administrator lub właściciel
fault-choose-granted-or-withdrawn = należy wybrać: zgoda udzielona lub zgoda wycofana
fault-choose-shred-or-anonymize = należy wybrać: zniszczenie lub anonimizacja
fault-choose-one-of-the-types = należy wybrać jeden z typów
fault-choose-one-of-the-integrations = należy wybrać jedną z integracji
fault-choose-what-happens-at-expiry-notify-anonymize-or-shred = należy wybrać, co ma się stać po upływie okresu przechowywania: powiadomienie, anonimizacja lub zniszczenie
fault-is-not-a-lawful-basis-steward-knows = to nie jest podstawa prawna znana systemowi Steward
fault-must-be-n-or-n = wartość musi wynosić { $n1 } lub { $n2 }
fault-a-select-field-needs-at-least-one-option = pole typu „wybór z listy” musi mieć co najmniej jedną opcję
fault-only-a-select-field-has-options = opcje może mieć tylko pole typu „wybór z listy”
fault-must-not-start-with = wartość nie może zaczynać się od znaku #
fault-must-be-a-web-address-starting-with-https = wartość musi być adresem internetowym zaczynającym się od https://
fault-must-start-with-https-or-http = adres musi zaczynać się od https:// (lub http://)
fault-must-name-a-host = adres musi zawierać nazwę hosta
fault-must-be-a-colour-as-rrggbb-e-g-nd-ned-n = wartość musi być kolorem w formacie #rrggbb, np. #{ $n1 }d{ $n2 }ed{ $n3 }
fault-is-not-a-png-or-jpeg-image = to nie jest obraz PNG ani JPEG
fault-a-user-with-this-email-already-exists-in-this-tenant = użytkownik z tym adresem e-mail już istnieje w tej organizacji
fault-a-ticked-record-is-not-a-customer-id = jeden z zaznaczonych rekordów nie jest identyfikatorem klienta
fault-a-record-is-ticked-more-than-once = rekord jest zaznaczony więcej niż raz
fault-tick-at-least-one-record-on-the-customers-list-to-erase = należy zaznaczyć na liście klientów co najmniej jeden rekord do usunięcia
fault-must-be-given-up-to-n-characters = to pole jest wymagane (maksymalna liczba znaków: { $n1 })
fault-the-record-is-anonymized-nothing-personal-is-left-to-change = rekord jest zanonimizowany: nie zawiera już danych osobowych, które można by zmienić
fault-the-request-was-already-extended = termin rozpatrzenia wniosku został już przedłużony
fault-the-form-lacks-the-record-s-version = w formularzu brakuje wersji rekordu
fault-must-be-one-of-the-supported-languages = musi to być jeden z obsługiwanych języków: { $tags }
fault-must-be-one-of-the-staff-languages = musi to być jeden z języków, w których dostępne są strony dla pracowników: { $tags }
fault-the-receiver-answered-n-gone = odbiorca odpowiedział { $n1 } Gone
fault-must-be-a-whole-number-such-as-n = musi być liczbą całkowitą, np. { $n1 }
fault-must-be-counted-in-hours-days-weeks-months-or-years = musi być podany w godzinach, dniach, tygodniach, miesiącach lub latach
fault-is-longer-than-n-days-about-n-years = jest dłuższy niż { $n1 } dni (około { $n2 } lat)
fault-choose-one-of-the-organisation-s-consent-purposes = wybierz jeden z celów zgód organizacji
fault-is-the-key-of-a-purpose-already = jest już kluczem innego celu
fault-is-needed-for-this-label-type-one-in-lower-case-letters-digits-and-underscores-as-in-newsletter = jest potrzebny dla tej nazwy: wpisz go małymi literami, cyframi i podkreśleniami, np. newsletter
fault-must-be-n-to-n-lower-case-letters-digits-and-underscores-starting-with-a-letter-as-in-marketing-email = musi mieć od { $n1 } do { $n2 } małych liter, cyfr i podkreśleń, zaczynając od litery, np. marketing_email
fault-must-be-at-least-n-hour-pt-nh = musi wynosić co najmniej { $n1 } godzinę (PT{ $n2 }H)
fault-must-be-at-most-n-days-p-nd = może wynosić najwyżej { $n1 } dni (P{ $n2 }D)
fault-must-be-one-of-active-complete-expiring-expired-or-anonymized = musi mieć wartość active, complete, expiring, expired lub anonymized
fault-must-be-a-number-of-days-from-n-to-n = musi być liczbą dni od { $n1 } do { $n2 }
fault-goes-only-with-state-expiring = działa tylko razem z state=expiring
fault-must-be-n-or-left-out = musi mieć wartość { $n1 } (lub zostać pominięty)
fault-must-be-open-or-left-out = musi mieć wartość open (lub zostać pominięty)
fault-names-no-custom-field-of-this-organisation = nie wskazuje żadnego pola niestandardowego tej organizacji
fault-names-no-consent-purpose-of-this-organisation = nie wskazuje żadnego celu zgody tej organizacji
fault-must-be-one-of-name-created-updated-state-or-expires-at-with-before-it-for-descending = musi mieć wartość name, created, updated, state lub expires_at, z - przed nią dla kolejności malejącej
fault-must-be-a-page-number-n-or-more = musi być numerem strony, { $n1 } lub więcej
