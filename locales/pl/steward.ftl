# Steward's words for the people in the records: the portal, the emails to
# them and their copy. One file per language, under locales/<tag>/; every
# message of the English file must be in each other file.
#
# Values given to messages are in { $braces }; plural and other choices use
# Fluent selectors. Keep the wording plain, polite and legally careful.

## The language itself

# The language's name in itself, shown in the language switch.
language-name = Polski
language-de = niemiecki
language-en = angielski
language-es = hiszpański
language-fr = francuski
language-it = włoski
language-nl = niderlandzki
language-pl = polski

## Dates, times and numbers

# { $day } and { $year } are numbers; { $month } is a month-N message.
format-date = { $day } { $month } { $year }
format-datetime = { $date }, godz. { $time } { $zone }
format-group-separator = { "\u00A0" }
format-decimal-separator = ,
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
unit-days = { $n ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
}
unit-hours = { $n ->
    [one] { $n } godzina
    [few] { $n } godziny
    [many] { $n } godzin
   *[other] { $n } godziny
}
unit-minutes = { $n ->
    [one] { $n } minuta
    [few] { $n } minuty
    [many] { $n } minut
   *[other] { $n } minuty
}
unit-seconds = { $n ->
    [one] { $n } sekunda
    [few] { $n } sekundy
    [many] { $n } sekund
   *[other] { $n } sekundy
}
yes = Tak
no = Nie

## What a person can ask for

kind-copy = kopię danych osobowych, które { $controller } przetwarza na Pani/Pana temat
kind-erasure = usunięcie danych osobowych, które { $controller } przetwarza na Pani/Pana temat
kind-withdraw_consent = wycofanie zgody
kind-portability = Pani/Pana dane osobowe przetwarzane przez { $controller } w plikach, które można przekazać innej organizacji

## The portal

portal-language = Język
portal-skip = Przejdź do treści
portal-form-title = Pani/Pana dane osobowe
portal-form-intro = Na tej stronie może Pani/Pan złożyć wniosek dotyczący danych osobowych, które { $controller } przetwarza na Pani/Pana temat. Aby potwierdzić, że wniosek pochodzi od Pani/Pana, wyślemy link na podany adres e-mail.
portal-form-closing = { $controller } zamyka swoje konto w tym serwisie. Wszystkie dane, które przetwarza na Pani/Pana temat, zostaną usunięte { $date }. Do tego czasu nadal może Pani/Pan złożyć wniosek o usunięcie danych lub wycofać zgodę; przesyłanie kopii danych nie jest już możliwe.
portal-form-email = Adres e-mail
portal-form-what = Czego dotyczy wniosek?
portal-form-kind-copy = Kopia moich danych (PDF i JSON)
portal-form-kind-erasure = Usunięcie moich danych
portal-form-kind-withdraw_consent = Wycofanie mojej zgody: rezygnacja z działań marketingowych
portal-form-kind-portability = Moje dane w plikach do przeniesienia (JSON i CSV)
portal-form-send = Wyślij wniosek
portal-form-deadline = { $controller } ma obowiązek udzielić odpowiedzi na wniosek o kopię danych lub o ich usunięcie w terminie miesiąca.
portal-sent-title = Prosimy sprawdzić pocztę e-mail
portal-sent-text = { $hours ->
    [one] Jeżeli podany adres może odbierać wiadomości e-mail, wysłaliśmy na niego wiadomość z linkiem potwierdzającym. Aby potwierdzić wniosek, prosimy otworzyć tę wiadomość; link jest jednorazowy i ważny przez godzinę.
    [few] Jeżeli podany adres może odbierać wiadomości e-mail, wysłaliśmy na niego wiadomość z linkiem potwierdzającym. Aby potwierdzić wniosek, prosimy otworzyć tę wiadomość; link jest jednorazowy i ważny przez { $hours } godziny.
    [many] Jeżeli podany adres może odbierać wiadomości e-mail, wysłaliśmy na niego wiadomość z linkiem potwierdzającym. Aby potwierdzić wniosek, prosimy otworzyć tę wiadomość; link jest jednorazowy i ważny przez { $hours } godzin.
   *[other] Jeżeli podany adres może odbierać wiadomości e-mail, wysłaliśmy na niego wiadomość z linkiem potwierdzającym. Aby potwierdzić wniosek, prosimy otworzyć tę wiadomość; link jest jednorazowy i ważny przez { $hours } godziny.
}
portal-sent-none = Wiadomość nie dotarła? Prosimy sprawdzić folder ze spamem lub złożyć wniosek ponownie później.
portal-confirm-title = Potwierdzenie wniosku
portal-confirm-text = Prosimy o potwierdzenie wniosku o { $what }.
portal-confirm-button = Potwierdź
portal-verified-title = Wniosek potwierdzony
portal-verified-withdrawn = Gotowe: wszelkie zgody udzielone przez Panią/Pana administratorowi { $controller } zostały wycofane. Wysłaliśmy Pani/Panu wiadomość e-mail z informacją o wprowadzonych zmianach.
portal-verified-queued = Dziękujemy. { $controller } udzieli do { $date } odpowiedzi na Pani/Pana wniosek o { $what }. Numer referencyjny wniosku wysłaliśmy Pani/Panu e-mailem.
portal-already-title = Wniosek już potwierdzony
portal-already-text = Ten wniosek został już potwierdzony. Ten link nie jest już potrzebny.
portal-already-state = Status wniosku: { $state ->
    [identity] czeka, aż { $controller } potwierdzi Pani/Pana tożsamość; odpowiedź do { $date }.
    [open] w trakcie rozpatrywania. { $controller } udzieli odpowiedzi do { $date }.
    [fulfilling] w trakcie rozpatrywania. { $controller } udzieli odpowiedzi do { $date }.
    [fulfilled] rozpatrzony. Wiadomość e-mail z odpowiedzią została już wysłana lub wkrótce zostanie wysłana.
    [rejected] odrzucony. Uzasadnienie zostało przesłane e-mailem.
   *[other] przyjęty.
}
portal-download-title = Kopia danych
portal-download-text = Kopia danych osobowych, które { $controller } przetwarza na Pani/Pana temat. Każdy plik można pobrać jeden raz, do { $until }.
portal-download-pdf = Dane w formie dokumentu PDF
portal-download-json = Dane w pliku JSON (w formacie nadającym się do odczytu maszynowego)
portal-download-data-json = Dane w pliku JSON
portal-download-data-csv = Dane w pliku CSV (otwiera się w arkuszu kalkulacyjnym)
portal-download-schema = Opis pliku JSON (JSON Schema)
portal-download-record = Rekord { $n }: { $file }
portal-download-done = { $file } (pobrano)
portal-problem-title = Coś poszło nie tak
portal-problem-back = Powrót do formularza wniosku
portal-problem-link-used = Ten link wygasł lub został już użyty. W razie potrzeby prosimy złożyć wniosek ponownie.
portal-problem-download-gone = Ten link do pobrania wygasł lub wszystkie pliki zostały już pobrane. Aby otrzymać nową kopię, prosimy złożyć nowy wniosek o kopię danych.
portal-problem-file-done = Ten plik został już pobrany. Każdy plik można pobrać tylko raz; aby otrzymać nową kopię, prosimy złożyć nowy wniosek o kopię danych.
portal-problem-record-gone = Ten rekord już nie istnieje, dlatego nie ma jego kopii do pobrania.
portal-problem-closed = Ten wniosek został zamknięty, zanim go potwierdzono. W razie potrzeby prosimy złożyć wniosek ponownie.
portal-problem-closing = { $controller } zamyka swoje konto w tym serwisie, dlatego przesyłanie kopii danych nie jest już możliwe. Nadal może Pani/Pan złożyć wniosek o usunięcie danych lub wycofać zgodę.
portal-problem-throttled = Z tej sieci lub dla tego adresu e-mail wpłynęło zbyt wiele wniosków. Prosimy chwilę odczekać i spróbować ponownie.
portal-problem-email = Prosimy podać prawidłowy adres e-mail, np. jan.kowalski@example.com.
portal-problem-kind = Prosimy wybrać, czego dotyczy wniosek.
portal-problem-form = Formularz został wysłany z nieaktualnej strony. Prosimy wrócić, odświeżyć stronę i wysłać formularz ponownie.
portal-problem-unknown = Pod tym adresem nie ma strony do składania wniosków. Prosimy sprawdzić otrzymany link.
portal-problem-other = Nie udało się obsłużyć wniosku. Prosimy spróbować ponownie później.
portal-identity-title = Potwierdź swoją tożsamość
portal-identity-waiting = Przed udzieleniem odpowiedzi { $controller } musi potwierdzić, że jest Pani/Pan osobą, której dotyczą dane; w tej sprawie może się z Panią/Panem skontaktować.
portal-identity-upload-link = Prześlij dokument tożsamości
portal-identity-intro = Może Pani/Pan przesłać jedno zdjęcie lub skan dokumentu tożsamości (JPEG, PNG lub PDF, do 5 MB), aby { $controller } mógł potwierdzić Pani/Pana tożsamość. Można zasłonić to, co nie jest do tego potrzebne, na przykład numer dokumentu.
portal-identity-deleted = Dokument zostanie usunięty, gdy tylko { $controller } podejmie decyzję, najpóźniej 14 dni po przesłaniu. Nigdy nie jest częścią kopii ani eksportu Pani/Pana danych.
portal-identity-waiting-document = Dokument z { $date } czeka na sprawdzenie; zostanie usunięty najpóźniej { $until }.
portal-identity-received = Dziękujemy: dokument dotarł.
portal-identity-file = Dokument (JPEG, PNG lub PDF, do 5 MB)
portal-identity-send = Prześlij
portal-identity-replace = Nowy plik zastępuje dokument przesłany wcześniej.
portal-identity-not-taken = { $controller } nie przyjmuje tu dokumentów tożsamości; skontaktuje się z Panią/Panem, aby potwierdzić tożsamość.
portal-identity-closed = Ten wniosek nie czeka już na potwierdzenie tożsamości; nie trzeba niczego przesyłać.
portal-problem-too-large = Plik jest większy niż 5 MB. Prosimy przesłać mniejsze zdjęcie lub skan.
portal-problem-type = Plik musi być obrazem JPEG lub PNG albo plikiem PDF. Niczego nie zachowano.
portal-problem-no-file = Prosimy wybrać plik do przesłania.
portal-footer = { $controller } · wnioski obsługuje system Steward
portal-privacy-notice = Polityka prywatności
portal-contact = Pytania dotyczące Pani/Pana danych: { $email }

## Emails to people who made a request

mail-greeting = Dzień dobry,
mail-footer = Tę wiadomość wysłał system Steward w imieniu administratora { $controller }.
mail-reference = Numer referencyjny: { $id }.
mail-complain = Jeżeli nie zgadza się Pani/Pan z tym rozstrzygnięciem, przysługuje Pani/Panu prawo wniesienia skargi do organu nadzorczego zajmującego się ochroną danych osobowych.
mail-verify-subject = { $controller }: prosimy o potwierdzenie wniosku
mail-verify-text = Ktoś (prawdopodobnie Pani/Pan) złożył do administratora { $controller } wniosek o { $what }, podając ten adres e-mail.
mail-verify-action = Aby potwierdzić wniosek, prosimy otworzyć ten link:
mail-verify-button = Potwierdź wniosek
mail-verify-until = Link jest jednorazowy i ważny do { $until }. Jeżeli wniosek nie pochodzi od Pani/Pana, prosimy zignorować tę wiadomość – nic się nie stanie.
mail-received-subject = { $controller } potwierdza otrzymanie wniosku
mail-received-text = Do administratora { $controller } wpłynął Pani/Pana potwierdzony wniosek o { $what }. Numer referencyjny wniosku: { $id }.
mail-received-due = Zgodnie z przepisami { $controller } ma miesiąc na udzielenie odpowiedzi – otrzyma ją Pani/Pan do { $date }.
mail-withdrawn-subject = { $controller }: informacja o Pani/Pana zgodach
mail-withdrawn-done = Pani/Pana zgoda została wycofana w odniesieniu do następujących celów: { $purposes }. { $controller } nie będzie wykorzystywać Pani/Pana danych w tych celach, w tym do marketingu, chyba że ponownie wyrazi Pani/Pan zgodę.
mail-withdrawn-nothing = { $controller } nie ma zarejestrowanej żadnej Pani/Pana zgody, którą można by wycofać, dlatego nie trzeba było niczego zmieniać. Pani/Pana dane nie będą wykorzystywane do celów marketingowych bez Pani/Pana zgody.
mail-withdrawn-unknown = { $controller } nie prowadzi rekordu klienta z tym adresem e-mail, dlatego nie ma żadnej Pani/Pana zgody do wycofania.
mail-copy_ready-subject = { $controller }: kopia Pani/Pana danych jest gotowa
mail-copy_ready-text = Kopia danych osobowych, które { $controller } przetwarza na Pani/Pana temat, jest gotowa: czytelny dokument PDF oraz plik JSON w formacie nadającym się do odczytu maszynowego.
mail-copy_ready-action = Kopię można pobrać tutaj:
mail-copy_ready-button = Pobierz kopię
mail-copy_ready-until = Każdy plik można pobrać jeden raz, do { $until }. Jeżeli link wygasł, prosimy złożyć nowy wniosek o kopię na tej samej stronie.
mail-data_ready-subject = { $controller }: Pani/Pana dane są gotowe do przeniesienia
mail-data_ready-text = Dane osobowe, które przekazał(a) Pan/Pani { $controller }, są gotowe w plikach nadających się do odczytu maszynowego: JSON wraz z opisem oraz CSV. Można je przekazać innej organizacji.
mail-data_ready-action = Pliki można pobrać tutaj:
mail-data_ready-button = Pobierz dane
mail-data_ready-until = Każdy plik można pobrać jeden raz, do { $until }. Jeżeli link wygasł, prosimy złożyć nowy wniosek na tej samej stronie.
mail-no_data-subject = { $controller } nie przetwarza danych na Pani/Pana temat
mail-no_data-text = Do administratora { $controller } wpłynął Pani/Pana wniosek o { $what }. { $controller } nie prowadzi rekordu klienta z tym adresem e-mail, nie przetwarza więc żadnych danych na Pani/Pana temat.
mail-erased-subject = { $controller }: Pani/Pana dane zostały usunięte
mail-erased-text = Do administratora { $controller } wpłynął wniosek o usunięcie Pani/Pana danych osobowych. Dane zostały usunięte: usunięto rekordy i zniszczono klucze kryptograficzne, za pomocą których można by odczytać jakąkolwiek ich kopię, w tym kopie zapasowe.
mail-erased_partly-subject = { $controller }: większość Pani/Pana danych została usunięta
mail-erased_partly-text = Do administratora { $controller } wpłynął wniosek o usunięcie Pani/Pana danych osobowych. Usunięto Pani/Pana rekordy z wyjątkiem jednego lub kilku, które muszą zostać zachowane, ponieważ są niezbędne do ustalenia, dochodzenia lub obrony roszczeń (art. 17 ust. 3 lit. e RODO); są one przechowywane wyłącznie w tym celu.
mail-refused_hold-subject = { $controller } nie może jeszcze usunąć Pani/Pana danych
mail-refused_hold-text = Do administratora { $controller } wpłynął wniosek o usunięcie Pani/Pana danych osobowych. { $controller } musi na razie zachować Pani/Pana rekord, ponieważ jest on niezbędny do ustalenia, dochodzenia lub obrony roszczeń (art. 17 ust. 3 lit. e RODO), dlatego nie może go jeszcze usunąć. Dane są przechowywane wyłącznie w tym celu.
mail-rejected-subject = { $controller }: Pani/Pana wniosek został odrzucony
mail-rejected-text = { $controller } odrzuca Pani/Pana wniosek o { $what }. Powód odrzucenia wniosku:
mail-rejected-remedy = Może Pani/Pan wnieść skargę do organu nadzorczego zajmującego się ochroną danych osobowych lub dochodzić swoich praw przed sądem.
mail-extended-subject = { $controller } potrzebuje więcej czasu na rozpatrzenie Pani/Pana wniosku
mail-extended-text = { $controller } potrzebuje więcej czasu na udzielenie odpowiedzi na Pani/Pana wniosek o { $what }. Powód przedłużenia terminu:
mail-extended-due = Odpowiedź otrzyma Pani/Pan do { $date }.

## The copy (PDF and JSON)

copy-title = Pani/Pana dane osobowe przetwarzane przez administratora { $controller }
copy-intro = Ten dokument zawiera kopię wszystkich danych osobowych, które { $controller } przetwarza na Pani/Pana temat w swojej bazie klientów, wraz z informacjami o sposobie ich wykorzystywania, do których otrzymania ma Pani/Pan prawo (art. 15 RODO).
copy-header = Kopia danych osobowych przetwarzanych przez administratora { $controller }
copy-footer = Strona { $page } z { $pages }
copy-subject = Kopia danych osobowych dotyczących Pani/Pana (art. 15 RODO)
copy-unsupported-title = Znaki, których nie można było wyświetlić
copy-unsupported-text = Dla tych znaków w Pani/Pana danych nie ma tu odpowiedniej czcionki; każdy z nich widnieje w kopii jako punkt kodowy w nawiasach kwadratowych:
copy-controller = Administrator
copy-contact = Kontakt
copy-postal-address = Adres pocztowy
copy-dpo = Inspektor ochrony danych
copy-authority = Organ nadzorczy
copy-customer-id = Identyfikator klienta
copy-made-on = Data sporządzenia
copy-request = Wniosek
copy-language = Język
copy-overview = W tej pierwszej części wskazano, kto przetwarza Pani/Pana dane, w jakim celu i jak długo, oraz jakie prawa Pani/Panu przysługują. Na kolejnych stronach przedstawiono Pani/Pana dane, status rekordu, decyzje dotyczące zgód i wszystkie notatki sporządzone na Pani/Pana temat.
copy-details = Pani/Pana dane
copy-name = Imię i nazwisko
copy-name-removed = (usunięto)
copy-email = Adres e-mail
copy-phone = Telefon
copy-company = Firma
copy-address = Adres
copy-field-removed = Pole, które nie jest już używane
copy-record = Pani/Pana rekord
copy-state = Status
copy-state-active = otwarty
copy-state-complete = zakończony
copy-state-anonymized = zanonimizowany
copy-created = Data utworzenia
copy-changed = Data ostatniej zmiany
copy-completed = Data zakończenia
copy-kept-until = Przechowywany do
copy-restricted = Ograniczenie przetwarzania
copy-restricted-text = Przetwarzanie jest ograniczone (art. 18 RODO): dane są przechowywane, ale nie są w inny sposób wykorzystywane.
copy-held = Wstrzymanie usunięcia
copy-held-text = Rekord musi zostać zachowany, ponieważ jest niezbędny do ustalenia, dochodzenia lub obrony roszczeń; nie zostanie usunięty, dopóki wstrzymanie nie zostanie zniesione.
copy-reason = Powód: { $reason }
copy-consent = Zgody
copy-consent-state = { $purpose }: { $granted ->
    [yes] zgoda udzielona
   *[no] brak zgody
}
copy-consent-decision = { $granted ->
    [yes] Zgoda udzielona
   *[no] Zgoda wycofana
} (podstawa prawna: { $basis }; decyzja zarejestrowana { $source })
copy-consent-none = Nie zarejestrowano żadnych decyzji dotyczących zgody.
copy-notes = Notatki ({ $count })
copy-notes-none = Brak notatek na Pani/Pana temat.
basis-consent = Pani/Pana zgoda
basis-contract = umowa zawarta z Panią/Panem
basis-legal_obligation = obowiązek prawny ciążący na administratorze
basis-vital_interests = ochrona żywotnych interesów
basis-public_task = zadanie realizowane w interesie publicznym
basis-legitimate_interests = prawnie uzasadnione interesy
source-staff = przez pracownika
source-portal = za pośrednictwem strony do składania wniosków
source-sync = przez serwis marketingowy
source-import = w ramach importu danych

## The copy: what GDPR Art. 15 requires to be told

info-who = Kto przetwarza Pani/Pana dane
info-who-text = Administratorem danych zawartych w tej kopii, czyli podmiotem, który decyduje, w jakich celach są one wykorzystywane, jest { $controller }.
info-who-contact = We wszystkich sprawach dotyczących tej kopii można kontaktować się z administratorem: { $contact }.
info-why = W jakim celu dane są przetwarzane
info-why-text = W celu prowadzenia relacji administratora { $controller } z Panią/Panem: utrzymywania kontaktu, realizacji tego, o co Pani/Pan prosi, oraz dokumentowania dokonanych ustaleń.
info-why-purposes = Za Pani/Pana zgodą lub na innej podstawie wskazanej poniżej – również w następujących celach: { $purposes }.
info-what = Kategorie danych
info-what-text = Ta kopia zawiera następujące dane: { $categories }.
category-identity = imię i nazwisko
category-contact = dane kontaktowe
category-employer = nazwa Pani/Pana pracodawcy
category-custom = dodatkowe informacje zapisane na Pani/Pana temat
category-notes = notatki sporządzone na Pani/Pana temat
category-consent = decyzje dotyczące zgód i ich historia
category-record = daty i status Pani/Pana rekordu
info-basis = Podstawa prawna przetwarzania
info-basis-text = Podstawą prawną prowadzenia relacji z Panią/Panem jest zawarta z Panią/Panem umowa lub prawnie uzasadnione interesy administratora { $controller } (art. 6 ust. 1 lit. b i f RODO). Podstawą działań marketingowych jest Pani/Pana zgoda (art. 6 ust. 1 lit. a); podstawę prawną każdej decyzji dotyczącej zgody podano przy tej decyzji.
info-recipients = Odbiorcy danych
info-recipients-intro = { $count ->
    [one] { $controller } przekazuje Pani/Pana dane jednemu odbiorcy – dostawcy usług marketingowych, z którego korzysta:
   *[other] { $controller } przekazuje Pani/Pana dane następującym odbiorcom – dostawcom usług marketingowych, z których korzysta:
}
info-recipient = { $name } – cel: { $purpose }; otrzymywane dane: { $receives }.
info-recipients-none = Pani/Pana dane nie są przekazywane żadnym innym podmiotom.
receives-consent = Pani/Pana adres e-mail i decyzje dotyczące zgody w tym celu
receives-erasure = Pani/Pana adres e-mail w przypadku usunięcia Pani/Pana danych (aby odbiorca również usunął posiadaną kopię danych)
receives-record_events = identyfikator Pani/Pana rekordu, gdy rekord wygasa lub zostaje usunięty
info-retention = Okres przechowywania
info-retention-text = { $action ->
    [notify] Pani/Pana rekord jest przechowywany przez następujący okres od oznaczenia go jako zakończonego: { $period }. Po upływie tego okresu { $controller } otrzymuje przypomnienie o konieczności usunięcia rekordu.
    [anonymize] Pani/Pana rekord jest przechowywany przez następujący okres od oznaczenia go jako zakończonego: { $period }. Po upływie tego okresu rekord jest przekształcany w anonimowe dane statystyczne.
   *[other] Pani/Pana rekord jest przechowywany przez następujący okres od oznaczenia go jako zakończonego: { $period }. Po upływie tego okresu rekord jest usuwany.
}
info-retention-date = W przypadku Pani/Pana rekordu termin ten upływa { $date }.
info-retention-open = Pani/Pana rekord nie został jeszcze oznaczony jako zakończony, dlatego termin nie został jeszcze ustalony.
info-source = Źródło danych
info-source-text = Dane pochodzą od Pani/Pana lub od pracowników administratora { $controller }, którzy zapisali je w związku z kontaktami z Panią/Panem.
info-rights = Przysługujące Pani/Panu prawa
info-rights-text = Może Pani/Pan zażądać od administratora { $controller } sprostowania nieprawidłowych danych, ich usunięcia oraz ograniczenia przetwarzania, czyli wstrzymania wykorzystywania danych do czasu wyjaśnienia spornej kwestii. Może Pani/Pan również wnieść sprzeciw wobec wykorzystywania danych, a wobec ich wykorzystywania do celów marketingowych – w dowolnym momencie. Może Pani/Pan ponownie zażądać tej kopii, a także otrzymania danych w formacie nadającym się do odczytu maszynowego.
info-complain = Jeżeli chce Pani/Pan wnieść skargę
info-complain-text = Ma Pani/Pan prawo wnieść skargę do organu nadzorczego zajmującego się ochroną danych osobowych, w szczególności w państwie, w którym Pani/Pan mieszka lub pracuje, albo w którym Pani/Pana zdaniem doszło do naruszenia przepisów.
info-who-address = Adres pocztowy administratora: { $address }.
info-who-dpo = Inspektorem ochrony danych wyznaczonym przez administratora jest { $name } (kontakt: { $contact }).
info-who-notice = Polityka prywatności administratora: { $url }
info-transfers = Przekazywanie danych poza Europę
info-transfer = { $name } znajduje się poza Europejskim Obszarem Gospodarczym ({ $country }). Zabezpieczenie przekazania danych: { $safeguard }.
info-transfers-none = Pani/Pana dane nie są przekazywane poza Europejski Obszar Gospodarczy.
safeguard-adequacy = decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony danych osobowych w tym państwie (art. 45 RODO)
safeguard-scc = standardowe klauzule ochrony danych przyjęte przez Komisję Europejską (art. 46 ust. 2 lit. c RODO)
safeguard-bcr = wiążące reguły korporacyjne (art. 47 RODO)
safeguard-derogation = wyjątek przewidziany dla szczególnych sytuacji (art. 49 RODO)
info-automated = Zautomatyzowane podejmowanie decyzji
info-automated-none = { $controller } nie podejmuje wobec Pani/Pana decyzji, które opierają się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu (art. 22 RODO).
info-automated-text = { $controller } podejmuje wobec Pani/Pana decyzje w sposób zautomatyzowany, jak opisano poniżej: { $description }
info-complain-authority = Organem nadzorczym właściwym dla administratora { $controller } jest { $authority }: { $url }
info-recipient-full = { $name } ({ $country }) – cel: { $purpose }; otrzymywane dane: { $receives }; okres przechowywania: { $retention }.
info-recipients-listed = { $count ->
    [one] { $controller } przekazuje Pani/Pana dane jednemu odbiorcy:
   *[other] { $controller } przekazuje Pani/Pana dane następującym odbiorcom:
}
info-recipient-where = { $name } ({ $country }) – cel: { $purpose }; otrzymywane dane: { $receives }.

## The recipients register, on the portal

portal-recipients-title = Odbiorcy danych osobowych
portal-recipients-intro = { $controller } przekazuje dane osobowe następującym odbiorcom i dostawcom usług:
portal-recipients-none = { $controller } nie przekazuje danych osobowych żadnym innym podmiotom.
portal-recipient-name = Odbiorca
portal-recipient-receives = Otrzymywane dane
portal-recipient-purpose = Cel
portal-recipient-country = Państwo
portal-recipient-safeguard = Zabezpieczenie przy przekazaniu poza Europę
portal-recipient-retention = Okres przechowywania
portal-recipient-in-eea = niewymagane (w Europejskim Obszarze Gospodarczym)
portal-recipient-marketing-service = Usługa marketingowa
portal-dpo = Inspektor ochrony danych: { $name }, { $contact }
portal-authority = Organ nadzorczy, do którego może Pani/Pan wnieść skargę: { $authority }, { $url }

## Countries (ISO 3166-1 codes)

country-AT = Austria
country-BE = Belgia
country-BG = Bułgaria
country-HR = Chorwacja
country-CY = Cypr
country-CZ = Czechy
country-DK = Dania
country-EE = Estonia
country-FI = Finlandia
country-FR = Francja
country-DE = Niemcy
country-GR = Grecja
country-HU = Węgry
country-IE = Irlandia
country-IT = Włochy
country-LV = Łotwa
country-LT = Litwa
country-LU = Luksemburg
country-MT = Malta
country-NL = Niderlandy
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-SK = Słowacja
country-SI = Słowenia
country-ES = Hiszpania
country-SE = Szwecja
country-IS = Islandia
country-LI = Liechtenstein
country-NO = Norwegia
country-GB = Zjednoczone Królestwo
country-CH = Szwajcaria
country-US = Stany Zjednoczone
country-CA = Kanada
country-AU = Australia
country-NZ = Nowa Zelandia
country-JP = Japonia
country-KR = Korea Południowa
country-IN = Indie
country-SG = Singapur
country-BR = Brazylia
country-AR = Argentyna
country-UY = Urugwaj
country-IL = Izrael
country-CN = Chiny

# Objection requests (Art. 21).
kind-objection = Twój sprzeciw
portal-form-kind-objection = Sprzeciw: wobec marketingu bezpośredniego lub innego przetwarzania moich danych
portal-objection-what = Wobec czego wnosisz sprzeciw?
portal-objection-marketing = Marketing bezpośredni: nie wysyłajcie mi już marketingu
portal-objection-legitimate = Inne przetwarzanie oparte na prawnie uzasadnionych interesach organizacji
portal-objection-grounds = Twoje powody (przy innym przetwarzaniu): dlaczego wnosisz sprzeciw
portal-verified-objected = Gotowe: { $controller } nie będzie już używać Twoich danych do marketingu bezpośredniego. Wysłaliśmy potwierdzenie e-mailem.
mail-objected-subject = Twój sprzeciw wobec marketingu bezpośredniego { $controller }
mail-objected-done = Twój sprzeciw został zapisany: każda zgoda marketingowa jest wycofana i { $controller } nie będzie już używać Twoich danych do marketingu bezpośredniego, chyba że sam ponownie wyraźnie się zgodzisz.
mail-processing_stopped-subject = Twój sprzeciw wobec { $controller }
mail-processing_stopped-text = { $controller } rozpatrzył Twój sprzeciw i zaprzestał przetwarzania, któremu się sprzeciwiłeś; Twoje dane pozostają ograniczone.

# Wnioski o sprostowanie (art. 16).
kind-rectification = sprostowanie danych osobowych, które { $controller } przetwarza na Pani/Pana temat
portal-form-kind-rectification = Popraw moje dane: niektóre dane na mój temat są nieprawidłowe
portal-rectify-what = Które dane są nieprawidłowe?
portal-rectify-intro = Proszę wpisać prawidłową wartość każdej danej, którą { $controller } przechowuje błędnie. Prawidłowe dane proszę pozostawić puste.
portal-rectify-note = Co { $controller } powinien jeszcze wiedzieć (opcjonalnie)
rect-field-name = Imię i nazwisko
rect-field-email = Adres e-mail
rect-field-phone = Numer telefonu
rect-field-address = Adres pocztowy
rect-field-company = Firma
mail-rectified-subject = Pani/Pana wniosek o sprostowanie danych u administratora { $controller }
mail-rectified-text = { $controller } rozpatrzył wnioskowane przez Panią/Pana poprawki.
mail-rectified-accepted = Poprawiono zgodnie z wnioskiem:
mail-rectified-declined = Nie poprawiono, z uzasadnieniem:
kind-restriction = ograniczenie przetwarzania Twoich danych osobowych przez { $controller }
portal-form-kind-restriction = Ograniczenie: przechowujcie moje dane, ale na razie ich nie przetwarzajcie
portal-restriction-what = Dlaczego żądasz ograniczenia?
portal-restriction-contests_accuracy = Kwestionuję prawidłowość moich danych, na czas jej sprawdzenia
portal-restriction-unlawful = Przetwarzanie jest niezgodne z prawem, ale zamiast usunięcia chcę ograniczenia
portal-restriction-legal_claims = Organizacja nie potrzebuje już moich danych, ale ja potrzebuję ich do dochodzenia roszczeń
portal-restriction-objected = Wniosłem/wniosłam sprzeciw wobec przetwarzania, na czas sprawdzenia, czyje podstawy są nadrzędne
portal-restriction-details = Co chcesz dodać (nieobowiązkowo)
mail-restricted-subject = { $controller } ograniczył(a) przetwarzanie Twoich danych
mail-restricted-text = { $controller } uwzględnia Twoje żądanie: Twoje dane są przechowywane, ale poza przechowywaniem nie są już przetwarzane, do odwołania. Przed zniesieniem ograniczenia zostaniesz o tym poinformowany/a.
mail-lift_notice-subject = { $controller } zniesie ograniczenie Twoich danych
mail-lift_notice-text = { $controller } zniesie ograniczenie przetwarzania Twoich danych, którego żądałeś/żądałaś, z następującego powodu:
mail-lift_notice-date = Ograniczenie zostanie zniesione { $date }. Jeśli się nie zgadzasz, skontaktuj się z { $controller } przed tym terminem.
