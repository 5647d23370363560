# Prawdopodobne duplikaty i scalanie dwóch rekordów.

title-duplicates = Prawdopodobne duplikaty
title-merge = Scal dwa rekordy
flash-customer-merged = Rekordy zostały scalone; drugi rekord został zniszczony.
merged-open-survivor = Otwórz rekord, z którym go scalono

## duplicates.html and the notices that point to it

dupes-link = Prawdopodobne duplikaty
dupes-heading = Prawdopodobne duplikaty
dupes-intro = Pary rekordów o tym samym adresie e-mail, numerze telefonu albo imieniu i nazwisku oraz firmie. Mogą dotyczyć jednej osoby: porównaj je i scal, jeśli tak jest.
dupes-caption = Pary rekordów, które prawdopodobnie dotyczą jednej osoby
dupes-col-first = Rekord
dupes-col-second = Prawdopodobnie ta sama osoba co
dupes-col-shared = Co mają wspólnego
dupes-col-action = Działanie
dupes-unnamed = (bez nazwy)
dupes-compare = Porównaj i scal
dupes-more = Więcej par
dupes-none = Brak prawdopodobnych duplikatów.
dupes-back = Wróć do klientów
dupes-reason-email = adres e-mail
dupes-reason-phone = numer telefonu
dupes-reason-name_company = imię i nazwisko oraz firma
dupes-likely-heading = Prawdopodobne duplikaty
dupes-likely-text = Inne rekordy mają ten sam adres e-mail, numer telefonu albo imię i nazwisko oraz firmę co ten. Może to być ta sama osoba.
dupes-open-record = Rekord { $id }

## merge.html

merge-heading = Scal dwa rekordy
merge-warning = Scalenie zachowuje ten rekord i niszczy „{ $other }”: jego klucz danych zostaje zniszczony i nie można go przywrócić.
merge-moves = Przeniesione do tego rekordu: notatki ({ $notes }), decyzje o zgodzie ({ $consents }) i wnioski ({ $requests }).
merge-consent-rule = Historie zgód są łączone w kolejności czasowej. Jeśli którykolwiek z rekordów odmówił zgody na dany cel lub ją wycofał, scalony rekord zachowuje odmowę.
merge-caption = Wybierz dla każdego pola, która wartość zostaje
merge-col-field = Pole
merge-col-this = Ten rekord: { $name }
merge-col-other = Drugi rekord: { $name }
merge-empty = (puste)
merge-submit = Scal i zniszcz drugi rekord
merge-cancel = Anuluj
merge-field-name = Imię i nazwisko
merge-field-email = E-mail
merge-field-phone = Telefon
merge-field-company = Firma
merge-field-address = Adres
merge-field-language = Preferowany język
merge-into-summary = Scal inny rekord z tym
merge-with-label = Identyfikator drugiego rekordu
merge-with-hint = Jego dane zostaną połączone z danymi tego rekordu, a on sam zniszczony.

## Refusals

fault-this-record-is-on-legal-hold-and-must-not-be-erased = ten rekord ma wstrzymanie usunięcia i nie może zostać usunięty
fault-the-other-record-is-on-legal-hold-and-must-not-be-erased = drugi rekord ma wstrzymanie usunięcia i nie może zostać usunięty
fault-release-the-hold-before-merging = zdejmij wstrzymanie przed scaleniem
fault-processing-of-this-record-is-restricted-art-n = przetwarzanie tego rekordu jest ograniczone (art. { $n1 })
fault-processing-of-the-other-record-is-restricted-art-n = przetwarzanie drugiego rekordu jest ograniczone (art. { $n1 })
fault-lift-the-restriction-before-merging = zdejmij ograniczenie przed scaleniem
fault-is-this-record-itself = to ten sam rekord
fault-give-the-id-of-the-other-record = podaj identyfikator drugiego rekordu
fault-is-not-a-field-of-a-customer-record = nie jest polem rekordu klienta
fault-must-be-this-or-from = musi mieć wartość this lub from
fault-is-a-required-field-keep-the-record-that-has-a-value = jest polem wymaganym: zachowaj rekord, który ma wartość
