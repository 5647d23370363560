# Wiadomości e-mail do pracowników organizacji, w jej języku domyślnym:
# zestawienie wniosków osób, których dane dotyczą, raport dotyczący
# przechowywania danych, wyłączona integracja i etapy zamykania konta.
# Klucze zaczynają się od nazwy szablonu (templates/email/<nazwa>).
#
# Wiadomość używana w e-mailu tekstowym (.txt) łamie wiersze tam, gdzie ma
# je łamać e-mail tekstowy (najwyżej ok. 78 znaków); w e-mailu HTML te
# podziały są tylko spacjami.
#
# Zwracamy się do adresatów per „Państwo”. Terminy jak na stronach dla
# pracowników: wniosek, okres przechowywania, zasady przechowywania
# (policy), rekord klienta, zniszczyć (shred), zanonimizować, wstrzymanie
# usunięcia (legal hold), Powiadomienia (notifications), pełne zestawienie
# zgód (consent snapshot), odbiorca (receiver), dziennik audytu.

## requests_digest

# { $count } to liczba wymienionych wniosków; { $overdue } to yes, gdy
# termin co najmniej jednego z nich już upłynął.
requests-digest-subject = { $tenant }: { $count ->
    [one] { $count } wniosek osoby, której dane dotyczą
    [few] { $count } wnioski osób, których dane dotyczą
    [many] { $count } wniosków osób, których dane dotyczą
   *[other] { $count } wniosku osób, których dane dotyczą
} { $overdue ->
    [yes] – po terminie
    [new] – nowe
   *[other] – termin wkrótce upływa
}
requests-digest-title = Wnioski osób, których dane dotyczą – { $tenant }
# E-mail tekstowy dodaje kropkę.
requests-digest-heading = Wnioski osób, których dane dotyczą, oczekujące na odpowiedź – { $tenant }
requests-digest-overdue = Po terminie
requests-digest-overdue-explained = Upłynął miesięczny termin na udzielenie odpowiedzi (art. 12 ust. 3 RODO).
requests-digest-overdue-text = Po terminie – upłynął miesięczny termin na udzielenie odpowiedzi
    (art. 12 ust. 3 RODO):
# E-mail tekstowy dodaje dwukropek.
requests-digest-received = Nowe — potwierdzone, czekają na odpowiedź
requests-digest-due-soon = Termin upływa w ciągu 7 dni
# Wniosek na liście: ta nazwa, jego identyfikator, przecinek
# i requests-digest-due. { $kind } to zapisany rodzaj wniosku: copy, erasure
# lub withdraw_consent.
requests-digest-kind = { $kind ->
    [copy] Wniosek o kopię danych
    [erasure] Wniosek o usunięcie danych
    [withdraw_consent] Wniosek o wycofanie zgody
   *[other] Wniosek ({ $kind })
}
# { $date } to termin udzielenia odpowiedzi.
requests-digest-due = termin: { $date }
# Zdanie podzielone wokół linku do listy wniosków.
requests-digest-act-before = Każdy z tych wniosków można zrealizować, odrzucić lub (w ciągu pierwszego miesiąca) przedłużyć jego termin – służy do tego
requests-digest-act-link = lista wniosków
requests-digest-act-after = .
# E-mail tekstowy; po nim następuje adres listy wniosków.
requests-digest-act-text = Każdy z tych wniosków można zrealizować, odrzucić lub (w ciągu pierwszego
    miesiąca) przedłużyć jego termin – służy do tego lista wniosków:
requests-digest-footer = Ta wiadomość zawiera wyłącznie identyfikatory wniosków; nigdy nie zawiera
    danych osobowych.

## retention_digest

# { $count } to liczba wygasłych rekordów czekających na decyzję.
retention-digest-subject-waiting = { $tenant }: { $count ->
    [one] { $count } wygasły rekord klienta czeka na Państwa decyzję
    [few] { $count } wygasłe rekordy klientów czekają na Państwa decyzję
    [many] { $count } wygasłych rekordów klientów czeka na Państwa decyzję
   *[other] { $count } wygasłego rekordu klientów czeka na Państwa decyzję
}
# Gdy nic nie czeka: rekordy zostały usunięte; { $shredded } to yes, gdy
# zostały zniszczone, no, gdy zostały zanonimizowane.
retention-digest-subject-erased = { $tenant }: wygasłe rekordy klientów zostały automatycznie { $shredded ->
    [yes] zniszczone
   *[other] zanonimizowane
}
retention-digest-title = Raport dotyczący przechowywania danych – { $tenant }
# Podzielone wokół pogrubionego okresu przechowywania („90 dni”).
retention-digest-policy-before = Okres przechowywania określony w Państwa zasadach przechowywania:
retention-digest-policy-after = – liczony od oznaczenia rekordu klienta jako zakończonego.
retention-digest-policy-text = Okres przechowywania określony w Państwa zasadach przechowywania:
    { $period } – liczony od oznaczenia rekordu klienta jako zakończonego.
# { $date } to data i godzina przebiegu.
retention-digest-report-of = Raport z dnia { $date }.
# Po liście rekordów w sekcji, gdy wymienia ona tylko pierwsze z nich;
# { $count } – ile jeszcze. Podzielone wokół linku do powiadomień.
retention-digest-more-before = { $count ->
    [one] … i jeszcze { $count } rekord – zob.
    [few] … i jeszcze { $count } rekordy – zob.
    [many] … i jeszcze { $count } rekordów – zob.
   *[other] … i jeszcze { $count } rekordu – zob.
}
retention-digest-more-link = stronę Powiadomienia
retention-digest-more-after = .
retention-digest-more-text = { $count ->
    [one] … i jeszcze { $count } rekord – zob. { $url }
    [few] … i jeszcze { $count } rekordy – zob. { $url }
    [many] … i jeszcze { $count } rekordów – zob. { $url }
   *[other] … i jeszcze { $count } rekordu – zob. { $url }
}
# Pogrubione; po nim następuje retention-digest-todo.
retention-digest-todo-label = Co należy zrobić:
retention-digest-todo = przejrzeć każdy rekord i zniszczyć go lub zanonimizować,
    otworzyć go ponownie, jeśli klient jest znów aktywny, albo wstrzymać jego
    usunięcie, jeśli rekord musi zostać zachowany.
# Podzielone wokół linku do powiadomień.
retention-digest-acknowledge-before = Po przyjęciu powiadomienia do wiadomości na
retention-digest-acknowledge-link = stronie Powiadomienia
retention-digest-acknowledge-after = przypomnienia przestaną być wysyłane.
retention-digest-acknowledge-text = Po przyjęciu powiadomienia do wiadomości pod adresem
    { $url }
    przypomnienia przestaną być wysyłane.
# { $period } to długość okresu („7 dni”).
retention-digest-remind-every = Do tego czasu przypomnienia będą ponawiane; odstęp między nimi: { $period }.
retention-digest-footer = Ta wiadomość zawiera wyłącznie identyfikatory rekordów; nigdy nie zawiera
    imion i nazwisk klientów ani innych danych osobowych.
# Po nim następuje adres systemu Steward w nawiasie.
retention-digest-contact = Wiadomość trafia
    do Państwa, ponieważ ten adres wskazano jako kontakt w sprawach
    przechowywania danych organizacji { $tenant }
    w systemie Steward
# Nagłówek i objaśnienie każdej sekcji raportu, dla kodu, który buduje
# sekcje (src/retention/digest.rs). { $count } to liczba rekordów w sekcji.
retention-digest-section-expired = { $count ->
    [one] { $count } rekord wygasł
    [few] { $count } rekordy wygasły
    [many] { $count } rekordów wygasło
   *[other] { $count } rekordu wygasło
}
retention-digest-section-expired-explained = Upłynął okres przechowywania tych rekordów. Każdy z nich wymaga decyzji.
retention-digest-section-reminded = { $count ->
    [one] { $count } rekord nadal czeka na decyzję
    [few] { $count } rekordy nadal czekają na decyzję
    [many] { $count } rekordów nadal czeka na decyzję
   *[other] { $count } rekordu nadal czeka na decyzję
}
retention-digest-section-reminded-explained = Te rekordy wygasły wcześniej i nikt jeszcze nie podjął wobec nich żadnych działań.
retention-digest-section-anonymized = { $count ->
    [one] Zanonimizowano { $count } rekord
    [few] Zanonimizowano { $count } rekordy
    [many] Zanonimizowano { $count } rekordów
   *[other] Zanonimizowano { $count } rekordu
}
retention-digest-section-anonymized-explained = Zgodnie z Państwa zasadami przechowywania dane osobowe z tych rekordów zostały zniszczone; do celów statystycznych pozostaje jedynie szkielet rekordu bez danych osobowych.
retention-digest-section-shredded = { $count ->
    [one] Zniszczono { $count } rekord
    [few] Zniszczono { $count } rekordy
    [many] Zniszczono { $count } rekordów
   *[other] Zniszczono { $count } rekordu
}
retention-digest-section-shredded-explained = Zgodnie z Państwa zasadami przechowywania te rekordy zostały usunięte wraz ze wszystkimi kopiami, również zapasowymi. Pozostaje jedynie potwierdzenie, które nie wskazuje żadnej osoby.

## integration_disabled

integration-disabled-subject = Steward: integracja została wyłączona, ponieważ jej odbiorca już nie istnieje
integration-disabled-title = Integracja wyłączona
integration-disabled-heading = Integracja została wyłączona
# Podzielone wokół nazwy hosta odbiorcy, pogrubionej i w nawiasie.
integration-disabled-gone-before = Odbiorca jednej z Państwa integracji
integration-disabled-gone-after = odpowiedział kodem „410 Gone”, co oznacza, że nie chce już otrzymywać wiadomości.
integration-disabled-gone-text = Odbiorca jednej z Państwa integracji ({ $host }) odpowiedział kodem
    „410 Gone”, co oznacza, że nie chce już otrzymywać wiadomości.
integration-disabled-switched-off = Steward
    wyłączył integrację, dlatego zgody marketingowe nie są już
    synchronizowane z tym narzędziem.
# Po nim następuje identyfikator integracji.
integration-disabled-integration = Integracja:
# Po nim następuje adres ustawień integracji.
integration-disabled-fix = Jeśli narzędzie zmieniło adres, proszę zmienić adres integracji i ponownie ją włączyć; jeśli narzędzie nie jest już używane, proszę usunąć integrację:
integration-disabled-fix-text = Jeśli narzędzie zmieniło adres, proszę zmienić adres integracji i ponownie
    ją włączyć; jeśli narzędzie nie jest już używane, proszę usunąć
    integrację:
integration-disabled-waiting = Wszystko, co czekało na wysłanie, zostaje zachowane i zostanie wysłane po
    ponownym włączeniu integracji; wysłane zostanie wtedy również nowe, pełne
    zestawienie zgód, aby narzędzie mogło uzupełnić zaległości.
integration-disabled-footer = Wysłane przez system Steward ({ $url }) do administratorów Państwa organizacji.

## tenant_purge

# { $date } to data i godzina.
tenant-purge-subject-cancelled = { $tenant }: Państwa konto w systemie Steward zostało zamknięte; dane można wyeksportować do { $date }
tenant-purge-subject-purged = { $tenant }: Państwa dane w systemie Steward zostały zniszczone
tenant-purge-subject-warning = { $tenant }: Państwa dane w systemie Steward zostaną zniszczone { $date }
tenant-purge-cancelled = Konto organizacji { $tenant } w systemie Steward zostało zamknięte { $date }.
# Podzielone wokół daty (pogrubionej) i linku do eksportu:
# before, data, middle, link, after.
tenant-purge-until-before = Do
tenant-purge-until-middle = mogą Państwo i Państwa współpracownicy nadal się logować, przeglądać wszystkie dane (nie można niczego zmieniać) i
tenant-purge-until-link = pobrać pełny eksport
tenant-purge-until-after = .
# Po nim następuje adres eksportu.
tenant-purge-until-text = Do { $date } mogą Państwo i Państwa współpracownicy
    nadal się logować, przeglądać wszystkie dane (nie można niczego zmieniać)
    i pobrać pełny eksport:
tenant-purge-after-date = Po tym terminie wszystkie rekordy klientów, notatki, zgody, konta
    użytkowników i wpisy dziennika audytu organizacji { $tenant }
    zostaną zniszczone wraz z kluczami, którymi je zabezpieczono, tak aby
    żadna kopia (również zapasowa) nie mogła zostać ponownie odczytana.
tenant-purge-purged = Zgodnie z zapowiedzią wszystkie rekordy klientów, notatki, zgody, konta
    użytkowników i wpisy dziennika audytu organizacji { $tenant }
    zostały zniszczone { $date } wraz z kluczami, którymi
    je zabezpieczono.
tenant-purge-purged-no-copy = Nie da się już odczytać żadnej kopii, również zapasowej.
tenant-purge-contact = Steward przechowuje jedynie ten adres kontaktowy – aby móc odpowiadać na
    pytania dotyczące konta – do { $date };
    następnie również on zostanie usunięty.
# Podzielone wokół pogrubionej daty zniszczenia. { $remaining } to czas,
# jaki pozostał do tego terminu („za 7 dni”).
tenant-purge-reminder-before = Przypomnienie: konto organizacji { $tenant } w systemie Steward zostało zamknięte, a wszystkie jego dane zostaną zniszczone
tenant-purge-reminder-after = ({ $remaining }).
tenant-purge-reminder-text = Przypomnienie: konto organizacji { $tenant } w systemie Steward
    zostało zamknięte, a wszystkie jego dane zostaną zniszczone
    { $date } ({ $remaining }).
# Link do eksportu, a po nim reszta zdania.
tenant-purge-export-link = Proszę pobrać pełny eksport
tenant-purge-export-after = przed tym terminem.
# Po nim następuje adres eksportu.
tenant-purge-export-text = Przed tym terminem proszę pobrać pełny eksport:
tenant-purge-footer = Wysłane przez system Steward ({ $url }) do właściciela organizacji { $tenant }.
# Czas pozostały do zniszczenia danych, dla kodu, który podaje
# { $remaining } (src/tenants/offboarding.rs). { $count } to liczba dni
# (2 lub więcej) albo godzin (od 2 do 47).
tenant-purge-remaining-days = { $count ->
    [one] za { $count } dzień
   *[other] za { $count } dni
}
tenant-purge-remaining-hours = { $count ->
    [one] za { $count } godzinę
    [few] za { $count } godziny
    [many] za { $count } godzin
   *[other] za { $count } godziny
}
tenant-purge-remaining-soon = w ciągu godziny
