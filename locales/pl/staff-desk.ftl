# Strony dla pracowników: powiadomienia, wnioski, rejestr odbiorców
# i ustawienia organizacji. Klucze zaczynają się od nazwy szablonu.
#
# Zniszczenie rekordu („shred”) usuwa dane trwale, również z kopii
# zapasowych; anonimizacja usuwa tylko dane osobowe. Wstrzymanie usunięcia
# („legal hold”) uniemożliwia jakiekolwiek usunięcie.

## notifications.html

notifications-heading = Powiadomienia
# Linki przełączające między otwartymi i zamkniętymi powiadomieniami.
notifications-show-open = Otwarte
notifications-show-closed = Zamknięte
# Po czasie powiadomienia: ile razy wysłano przypomnienie.
notifications-reminded = { $count ->
    [one] przypomniano { $count } raz
   *[other] przypomniano { $count } razy
}
notifications-record-gone = Rekord już nie istnieje
notifications-see-request = Zobacz wniosek
notifications-integration-back-on = Gdy narzędzie znów zacznie przyjmować wysyłki, integrację można ponownie włączyć w jej ustawieniach.
# Przyciski przy powiadomieniu o upływie okresu przechowywania; czytniki
# ekranu odczytują po nich imię i nazwisko klienta.
notifications-shred = Zniszcz…
notifications-anonymize = Zanonimizuj…
notifications-reopen = Otwórz ponownie
# Pole na powód, o który system pyta przed wstrzymaniem usunięcia rekordu.
notifications-hold-reason = Powód wstrzymania usunięcia
notifications-hold = Wstrzymaj usunięcie
notifications-acknowledge = Przyjmij do wiadomości
notifications-none-closed = Nie ma jeszcze zamkniętych powiadomień.
notifications-none-open = Obecnie nic nie wymaga uwagi.
notifications-more = Więcej

## requests.html

requests-heading = Wnioski
requests-caption = Wnioski osób, których dane dotyczą, od najbliższego terminu
# Nagłówki kolumn listy wniosków.
requests-col-request = Wniosek
requests-col-received = Otrzymano
requests-col-due = Termin
requests-col-state = Status
requests-col-records = Rekordy
requests-col-answer = Odpowiedź
# Oznaczenia obok terminu.
requests-overdue = po terminie
requests-extended = termin przedłużony
# requests-fulfil-erasure otwiera potwierdzenie; czytniki ekranu odczytują
# po nim requests-fulfil-erasure-skip.
requests-fulfil-erasure = Zrealizuj…
requests-fulfil-erasure-skip = wniosek o usunięcie danych
requests-shred-warning = { $count ->
    [one] Spowoduje to trwałe zniszczenie { $count } znalezionego rekordu, również w kopiach zapasowych, chyba że jest on objęty wstrzymaniem usunięcia.
   *[other] Spowoduje to trwałe zniszczenie { $count } znalezionych rekordów, również w kopiach zapasowych, z wyjątkiem rekordów objętych wstrzymaniem usunięcia.
}
requests-shred-and-answer = Zniszcz i odpowiedz
requests-erasure-admin-only = Na wnioski o usunięcie danych odpowiada administrator.
# Przycisk; czytniki ekranu odczytują po nim requests-fulfil-skip z rodzajem
# wniosku pisanym małą literą („kopia danych”).
requests-fulfil = Zrealizuj
requests-fulfil-skip = wniosek ({ $kind })
requests-reject = Odrzuć
# Etykieta pola na uzasadnienie odrzucenia lub przedłużenia terminu.
requests-reason-label = Uzasadnienie (zostanie przekazane osobie, której dane dotyczą)
requests-extend = Przedłuż termin
# Etykieta wyboru, o ile miesięcy przedłużyć termin.
requests-extend-by = Przedłuż o
requests-months = { $count ->
    [one] { $count } miesiąc
    [few] { $count } miesiące
    [many] { $count } miesięcy
   *[other] { $count } miesiąca
}
requests-none = Brak wniosków.
requests-due-rule = (miesiąc od otrzymania)
requests-identity-waiting = Przed odpowiedzią potwierdź tożsamość wnioskodawcy; termin w tym czasie biegnie dalej.
requests-identity-document = Zobacz dokument tożsamości
requests-identity-confirm = Tożsamość potwierdzona
requests-identity-refuse = Tożsamość niepotwierdzona
requests-identity-how = Jak potwierdzono tożsamość (przechowywane w postaci zapieczętowanej; osoba nie otrzymuje tej informacji)
requests-identity-why = Dlaczego nie (osoba otrzyma tę informację)
request-settings-heading = Tożsamość wnioskodawców
request-settings-intro = Wnioski zaznaczonych rodzajów czekają, aż zespół potwierdzi, że wnioskodawca jest osobą, której dotyczą dane (RODO art. 12 ust. 2 i 6); w pozostałych przypadkach wystarcza potwierdzony adres e-mail.
request-settings-never = Wycofanie zgody i sprzeciw wobec marketingu bezpośredniego nigdy nie czekają: muszą pozostać tak łatwe jak wyrażenie zgody (RODO art. 7 ust. 3 i art. 21 ust. 3).
request-settings-kinds = Rodzaje wymagające potwierdzenia tożsamości
request-settings-objection = wobec przetwarzania na podstawie prawnie uzasadnionego interesu
request-settings-documents = Osoby mogą przesłać dokument tożsamości
request-settings-documents-hint = Jeden plik JPEG, PNG lub PDF o rozmiarze do 5 MB na wniosek, przechowywany w postaci zapieczętowanej; usuwany po decyzji zespołu, najpóźniej 14 dni po przesłaniu. Nigdy nie jest częścią kopii ani eksportu.
request-settings-due = Miesięczny termin liczy się od otrzymania wniosku (RODO art. 12 ust. 3); oczekiwanie na potwierdzenie tożsamości go nie wstrzymuje.
request-settings-save = Zapisz

## recipients.html

recipients-heading = Odbiorcy
recipients-intro = Rejestr odbiorców i podmiotów przetwarzających: kto otrzymuje dane klientów, jakie dane, w jakim celu, gdzie i na jak długo.
# Między tymi dwoma fragmentami stoi adres publicznej strony rejestru.
recipients-intro-shown-before = Kopie danych klientów oraz strona publiczna
recipients-intro-shown-after = zawierają ten rejestr.
recipients-intro-integrations = Rejestr obejmuje również każdą integrację; wpis może ją opisywać, podając jej szczegóły.
# Nagłówki kolumn rejestru.
recipients-col-name = Nazwa
recipients-col-receives = Otrzymywane dane
recipients-col-purpose = Cel
recipients-col-country = Państwo
recipients-col-safeguard = Zabezpieczenie
recipients-col-kept = Okres przechowywania
recipients-col-source = Źródło
# Skąd pochodzi wiersz: z jednej z integracji albo z wpisu w rejestrze.
recipients-source-integration = integracja
recipients-no-entry = (brak wpisu w rejestrze)
recipients-source-register = rejestr
recipients-integration-deleted = integracja została usunięta
recipients-none = Nie ma jeszcze odbiorców: nikt nie otrzymuje danych klientów.
recipients-form-change = Zmiana wpisu
recipients-form-new = Nowy wpis
recipients-name-label = Nazwa
recipients-name-hint = Firma lub usługa, np. Example Hosting sp. z o.o.
recipients-receives-label = Jakie dane otrzymuje
recipients-receives-hint = np. wszystkie rekordy klientów – jako nasz dostawca hostingu
recipients-purpose-label = Cel
recipients-purpose-hint = W jakim celu otrzymuje dane
recipients-country-label = Państwo
recipients-country-choose = Wybierz…
recipients-safeguard-label = Zabezpieczenie przy przekazaniu danych poza EOG
recipients-safeguard-hint = Wymagane poza UE, Islandią, Liechtensteinem i Norwegią; w przypadku tych państw pole należy pozostawić puste.
recipients-safeguard-none = Brak (w obrębie EOG)
recipients-retention-label = Jak długo przechowuje dane
recipients-retention-hint = Opcjonalnie, np. 30 dni od zakończenia umowy
recipients-integration-label = Opisywana integracja
recipients-integration-none = Brak: otrzymuje dane wszystkich klientów
recipients-save = Zapisz
recipients-add = Dodaj wpis
recipients-back-to-new = Powrót do nowego wpisu
recipients-remove-heading = Usuwanie
recipients-remove-explained = Kopie danych od razu przestaną wymieniać tego odbiorcę; integracja opisywana przez wpis pozostanie w rejestrze pod nazwą swojego hosta.
recipients-remove = Usuń wpis

## organisation.html

organisation-heading = Organizacja
organisation-cancelled = To konto zostało zamknięte.
# { $until } i { $purge } to daty z godzinami.
organisation-cancelled-until = Do { $until } wszyscy mogą nadal się logować, przeglądać i eksportować dane. Termin zniszczenia danych: { $purge } – wszystkie rekordy, konta użytkowników i wpisy dziennika audytu zostaną wtedy zniszczone wraz z kluczami, którymi je zabezpieczono.
organisation-slug = Nazwa skrócona (do logowania)
organisation-portal = Portal dla klientów
organisation-settings-heading = Ustawienia
organisation-name-label = Nazwa
organisation-contact-email-label = Kontaktowy adres e-mail
organisation-contact-email-hint = Na ten adres Steward wysyła wiadomości dotyczące samego konta
organisation-language-label = Język dla klientów
organisation-language-hint = Używany w portalu, w wiadomościach e-mail i w kopiach danych, gdy język danej osoby nie jest znany
organisation-require-totp = Administratorzy i właściciele muszą korzystać z logowania dwuskładnikowego
organisation-suppress-erased = Prowadź listę wykluczeń z adresami osób, których dane usunięto (wyłączenie tej opcji opróżnia listę)
organisation-identity-heading = Informacje o organizacji dla osób, których dane dotyczą
organisation-identity-intro = Informacje te są wyświetlane w portalu, w wiadomościach e-mail do tych osób i na pierwszej stronie każdej kopii danych.
organisation-legal-name-label = Pełna nazwa prawna (jeśli różni się od nazwy)
organisation-postal-address-label = Adres pocztowy
organisation-privacy-email-label = Adres e-mail w sprawach ochrony danych
organisation-privacy-email-hint = Wyświetlany osobom w sprawach dotyczących ich danych; jeśli pole jest puste, używany jest kontaktowy adres e-mail
organisation-privacy-notice-label = Polityka prywatności (adres internetowy)
organisation-dpo-name-label = Inspektor ochrony danych
organisation-dpo-name-hint = Proszę pozostawić puste, jeśli inspektor nie został wyznaczony
organisation-dpo-contact-label = Dane kontaktowe inspektora ochrony danych
organisation-authority-label = Organ nadzorczy
organisation-authority-hint = Organ, do którego osoby mogą wnieść skargę. Brak go na liście (np. organ jednego z niemieckich krajów związkowych)? Proszę nie wybierać żadnego i podać poniżej jego nazwę i adres internetowy.
organisation-authority-none = Nie wybrano
organisation-authority-name-label = Albo inny organ: jego nazwa
organisation-authority-url-label = Adres internetowy tego organu
organisation-automated-label = Zautomatyzowane podejmowanie decyzji wobec osób
organisation-automated-hint = Proszę opisać każdą decyzję opartą wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu (art. 22 RODO); jeśli takich decyzji nie ma, pole należy pozostawić puste
organisation-accent-label = Kolor wyróżnienia
organisation-accent-hint = W formacie #rrggbb; biały tekst na tym tle musi pozostać czytelny (kontrast co najmniej 4,5:1)
organisation-save = Zapisz
organisation-logo-heading = Logo
# Tekst alternatywny logo.
organisation-logo-current = Obecne logo
organisation-logo-replace = Zastąp logo
organisation-logo-upload-label = Prześlij logo
organisation-logo-hint = PNG lub JPEG, maksymalnie 512 KB; logo zostanie przeskalowane tak, aby mieściło się w 600 × 200 pikselach
organisation-logo-upload = Prześlij
organisation-logo-remove = Usuń logo
organisation-export-heading = Eksport wszystkich danych
organisation-export-contents = Wszyscy klienci wraz z notatkami, historią zgód i polami niestandardowymi, a także użytkownicy, definicje pól, zasady przechowywania i dziennik audytu – w jednym pliku NDJSON.
# Między tymi dwoma fragmentami stoi ostatni wiersz eksportu (jako kod).
organisation-export-last-line-before = Pobieranie rozpoczyna się od razu i odbywa się strumieniowo; ostatni wiersz,
organisation-export-last-line-after = , oznacza, że plik jest kompletny.
organisation-export-download = Pobierz eksport
organisation-cancel-heading = Zamknięcie konta
organisation-cancel-read-only = Po zamknięciu konta wszystkie dane są dostępne tylko do odczytu.
organisation-cancel-window = { $count ->
    [one] Przez { $count } dzień wszyscy mogą nadal się logować, przeglądać i eksportować dane; potem wszystkie dane zostaną trwale zniszczone.
   *[other] Przez { $count } dni wszyscy mogą nadal się logować, przeglądać i eksportować dane; potem wszystkie dane zostaną trwale zniszczone.
}
organisation-cancel-emails = Właściciele otrzymają wiadomość e-mail od razu, a także 7 dni i 1 dzień przed zniszczeniem danych.
# Między tymi dwoma fragmentami stoi pogrubiona nazwa skrócona.
organisation-cancel-confirm-before = Aby potwierdzić, proszę wpisać nazwę skróconą:
organisation-cancel-confirm-after = .
organisation-cancel-confirm-label = Nazwa skrócona do potwierdzenia
organisation-cancel-confirm-wrong = „{ $label }” musi być nazwą skróconą { $slug }, aby potwierdzić, że wszystkie rekordy zostaną zniszczone. Niczego nie zamknięto.
organisation-cancel = Zamknij konto

## notifications.html: the record in a heading, selecting, why a notice closed
notifications-record-anonymized = Zanonimizowany rekord
notifications-tick = Zaznacz
notifications-acknowledge-ticked = Przyjmij zaznaczone do wiadomości
notice-done-acknowledged = Przyjęto do wiadomości { $at }.
notice-done-acknowledged-by = Przyjęte do wiadomości przez: { $who }, { $at }.
notice-done-reopened = Zamknięte { $at }, ponieważ rekord otwarto ponownie.
notice-done-held = Zamknięte { $at }, ponieważ wstrzymano usunięcie rekordu.
notice-done-rescheduled = Zamknięte { $at }, ponieważ zmieniła się data, której dotyczyło.
notice-done-answered = Zamknięte { $at }, ponieważ wniosek został rozpatrzony.
notice-done-shredded = Zamknięte { $at }, ponieważ rekord został zniszczony.
notice-done-anonymized = Zamknięte { $at }, ponieważ rekord został zanonimizowany.
notice-done-other = Zamknięte { $at }.

# One request on its own page.
title-request = Żądanie
request-back-to-queue = ← Wszystkie żądania
request-reference = Sygnatura
request-confirmed = Potwierdzone przez osobę
request-extension-reason = Powód przedłużenia
request-objection-to = Sprzeciw wobec
request-objection-marketing = marketingu bezpośredniego
request-objection-legitimate-interests = przetwarzania opartego na prawnie uzasadnionych interesach
request-answered = Udzielono odpowiedzi
request-reason-told = Powód przekazany osobie
request-details-heading = Co napisała osoba
request-records-heading = Rekordy osoby
request-record-hold = zatrzymanie prawne
request-record-restricted = ograniczony
request-record-gone = Rekord, którego już nie ma (usunięty lub zanonimizowany)
request-records-none = Adres nie pasował do żadnego rekordu: odpowiedź informuje osobę, że nie przechowujemy jej danych.
request-preview-heading = Co zrobi odpowiedź
request-preview-unverified = Osoba nie kliknęła jeszcze wysłanego linku. Nie można odpowiedzieć, dopóki nie potwierdzi żądania.
request-preview-no-data = Dla tego adresu nie ma teraz żadnego rekordu: realizacja poinformuje osobę, że nie przechowujemy jej danych.
request-preview-copy = { $count ->
    [one] Realizacja wyśle osobie jednorazowy link do pobrania jej rekordu jako te pliki:
   *[other] Realizacja wyśle osobie jednorazowy link do pobrania każdego z jej rekordów ({ $count }) jako te pliki:
}
request-preview-portability = { $count ->
    [one] Realizacja wyśle osobie jednorazowy link do pobrania dostarczonych przez nią danych jako te pliki:
   *[other] Realizacja wyśle osobie jednorazowy link do pobrania dostarczonych przez nią danych z każdego z jej rekordów ({ $count }) jako te pliki:
}
request-preview-erasure = { $count ->
    [one] Realizacja trwale zniszczy powyższy rekord, łącznie z kopiami zapasowymi, i poinformuje o tym osobę.
   *[other] Realizacja trwale zniszczy powyższe rekordy ({ $count }), łącznie z kopiami zapasowymi, i poinformuje o tym osobę.
}
request-preview-erasure-held = Rekord powyżej podlega zatrzymaniu prawnemu: realizacja odmówi usunięcia i poda osobie powód.
request-preview-objection = Wstrzymanie przetwarzania ograniczy powyższe rekordy i poinformuje o tym osobę. Aby kontynuować przetwarzanie, odrzuć żądanie, podając ważne prawnie uzasadnione podstawy; osoba je otrzyma.
request-answer-heading = Odpowiedź
request-history-heading = Historia
request-step-by-person = osoba
request-step-by-system = Steward
request-step-by-other = podłączone narzędzie
request-state-unverified-long = Czeka, aż osoba potwierdzi je wysłanym linkiem
request-state-open-long = Czeka na twoją odpowiedź
request-state-fulfilling-long = W realizacji: rekordy są usuwane
request-state-fulfilled-long = Udzielono odpowiedzi
request-state-rejected-long = Odrzucone, powód przekazano osobie
requests-filter-reference = Sygnatura
requests-find-form = Znajdź żądanie po sygnaturze
requests-find = Znajdź
request-preview-rectification = Przejrzyj proponowane sprostowania obok obecnych wartości, przyjmij lub odrzuć każde z podaniem powodu; przyjęte zostaną zastosowane do powyższych rekordów, a osoba dowie się, co zmieniono i dlaczego nie.
request-preview-restriction = Realizacja ograniczy powyższe rekordy — zostaną zachowane, ale nie będą inaczej wykorzystywane — i poinformuje o tym osobę; ograniczenie można znieść tylko z tego żądania, po uprzedzeniu osoby.
request-state-identity-long = Czeka, aż potwierdzisz tożsamość osoby
request-preview-identity = Najpierw potwierdź tożsamość osoby (sposób pozostaje zapieczętowany) albo odmów, podając powód, który osoba otrzyma; przesłany dokument tożsamości zostanie usunięty w obu przypadkach.
