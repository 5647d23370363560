# E-Mails an die Mitarbeitenden einer Organisation, in deren Standardsprache:
# die Übersicht der Betroffenenanfragen, der Aufbewahrungsbericht, eine
# abgeschaltete Integration und die Stufen der Kontoschließung. Die
# Schlüssel beginnen mit dem Namen ihrer Vorlage (templates/email/<name>).
#
# Eine Nachricht, die in einer Text-E-Mail (.txt) steht, bricht ihre Zeilen
# dort um, wo die Text-E-Mail umbrechen soll (höchstens etwa 78 Zeichen); in
# der HTML-E-Mail sind diese Umbrüche nur Leerzeichen.
#
# Begriffe wie auf den Seiten für Mitarbeitende: Betroffenenanfrage,
# Aufbewahrungsfrist, Aufbewahrungsregel (policy), Kundendatensatz,
# vernichten (shred), anonymisieren, Löschsperre (legal hold), Posteingang
# (notifications), Abgleich (consent snapshot), Empfänger (receiver),
# Protokoll (audit).

## requests_digest

requests-digest-subject = { $tenant }: { $count ->
    [one] { $count } Betroffenenanfrage ist
   *[other] { $count } Betroffenenanfragen sind
} { $overdue ->
    [yes] überfällig
    [new] neu eingegangen
   *[other] bald fällig
}
requests-digest-title = Betroffenenanfragen an { $tenant }
requests-digest-heading = Betroffenenanfragen an { $tenant }, die beantwortet werden müssen
requests-digest-overdue = Überfällig
requests-digest-overdue-explained = Die Monatsfrist (Art. 12 Abs. 3 DSGVO) ist abgelaufen.
requests-digest-overdue-text = Überfällig – die Monatsfrist (Art. 12 Abs. 3 DSGVO) ist abgelaufen:
requests-digest-received = Neu — bestätigt, wartet auf Antwort
requests-digest-due-soon = Innerhalb von 7 Tagen fällig
requests-digest-kind = { $kind ->
    [copy] Anfrage nach einer Kopie der Daten
    [erasure] Löschanfrage
    [withdraw_consent] Widerruf der Einwilligung
   *[other] Anfrage ({ $kind })
}
requests-digest-due = fällig am { $date }
requests-digest-act-before = Erfüllen Sie jede Anfrage in der
requests-digest-act-link = Anfragenliste
requests-digest-act-after = , lehnen Sie sie ab oder verlängern Sie (innerhalb des ersten Monats) ihre Frist.
requests-digest-act-text = Erfüllen Sie jede Anfrage in der Anfragenliste, lehnen Sie sie ab oder
    verlängern Sie (innerhalb des ersten Monats) ihre Frist:
requests-digest-footer = Diese Nachricht nennt nur die Kennungen der Anfragen; personenbezogene
    Daten enthält sie nie.

## retention_digest

retention-digest-subject-waiting = { $tenant }: { $count ->
    [one] { $count } Kundendatensatz mit abgelaufener Aufbewahrungsfrist wartet auf Ihre Entscheidung
   *[other] { $count } Kundendatensätze mit abgelaufener Aufbewahrungsfrist warten auf Ihre Entscheidung
}
retention-digest-subject-erased = { $tenant }: Kundendatensätze mit abgelaufener Aufbewahrungsfrist wurden automatisch { $shredded ->
    [yes] vernichtet
   *[other] anonymisiert
}
retention-digest-title = Aufbewahrungsbericht für { $tenant }
retention-digest-policy-before = Nach Ihrer Aufbewahrungsregel wird ein als abgeschlossen markierter Kundendatensatz noch
retention-digest-policy-after = lang aufbewahrt.
retention-digest-policy-text = Nach Ihrer Aufbewahrungsregel wird ein als abgeschlossen markierter
    Kundendatensatz noch { $period } lang aufbewahrt.
retention-digest-report-of = Bericht vom { $date }.
retention-digest-more-before = … und { $count ->
    [one] ein weiterer
   *[other] { $count } weitere
}: siehe
retention-digest-more-link = Ihren Posteingang
retention-digest-more-after = .
retention-digest-more-text = … und { $count ->
    [one] ein weiterer
   *[other] { $count } weitere
}: siehe { $url }
retention-digest-todo-label = Was zu tun ist:
retention-digest-todo = Rufen Sie jeden Datensatz auf und vernichten oder
    anonymisieren Sie ihn; öffnen Sie ihn wieder, falls der Kunde wieder aktiv
    ist, oder setzen Sie eine Löschsperre, falls Sie ihn aufbewahren müssen.
retention-digest-acknowledge-before = Sobald Sie den Hinweis in
retention-digest-acknowledge-link = Ihrem Posteingang
retention-digest-acknowledge-after = zur Kenntnis genommen haben, enden die Erinnerungen.
retention-digest-acknowledge-text = Sobald Sie den Hinweis unter { $url }
    zur Kenntnis genommen haben, enden die Erinnerungen.
retention-digest-remind-every = Bis dahin werden Sie wiederholt erinnert; der Abstand beträgt jeweils { $period }.
retention-digest-footer = Diese Nachricht nennt nur die Kennungen der Datensätze; Namen von Kunden
    oder andere personenbezogene Daten enthält sie nie.
retention-digest-contact = Sie erhalten
    sie als Empfänger der Aufbewahrungsberichte von { $tenant }
    in Steward
retention-digest-section-expired = { $count ->
    [one] { $count } Datensatz mit abgelaufener Aufbewahrungsfrist
   *[other] { $count } Datensätze mit abgelaufener Aufbewahrungsfrist
}
retention-digest-section-expired-explained = Die Aufbewahrungsfrist ist abgelaufen; über jeden Datensatz muss entschieden werden.
retention-digest-section-reminded = { $count ->
    [one] { $count } Datensatz wartet noch auf eine Entscheidung
   *[other] { $count } Datensätze warten noch auf eine Entscheidung
}
retention-digest-section-reminded-explained = Die Aufbewahrungsfrist ist schon früher abgelaufen, und bisher hat niemand etwas unternommen.
retention-digest-section-anonymized = { $count ->
    [one] { $count } Datensatz anonymisiert
   *[other] { $count } Datensätze anonymisiert
}
retention-digest-section-anonymized-explained = Wie in Ihrer Aufbewahrungsregel festgelegt, wurden die personenbezogenen Daten vernichtet; für Statistiken bleibt nur ein Gerüst ohne personenbezogene Daten erhalten.
retention-digest-section-shredded = { $count ->
    [one] { $count } Datensatz vernichtet
   *[other] { $count } Datensätze vernichtet
}
retention-digest-section-shredded-explained = Wie in Ihrer Aufbewahrungsregel festgelegt, wurden diese Datensätze samt aller Kopien gelöscht, auch in den Sicherungskopien. Übrig bleibt nur ein Beleg, der niemanden nennt.

## integration_disabled

integration-disabled-subject = Steward: Eine Integration wurde abgeschaltet, weil ihr Empfänger nicht mehr existiert
integration-disabled-title = Integration abgeschaltet
integration-disabled-heading = Eine Integration wurde abgeschaltet
integration-disabled-gone-before = Der Empfänger einer Ihrer Integrationen
integration-disabled-gone-after = hat mit „410 Gone“ geantwortet, möchte also keine Nachrichten mehr erhalten.
integration-disabled-gone-text = Der Empfänger einer Ihrer Integrationen ({ $host }) hat mit „410 Gone“
    geantwortet, möchte also keine Nachrichten mehr erhalten.
integration-disabled-switched-off = Steward hat
    die Integration abgeschaltet; der Stand der Marketing-Einwilligungen wird
    daher nicht mehr mit diesem Werkzeug abgeglichen.
integration-disabled-integration = Integration:
integration-disabled-fix = Falls das Werkzeug umgezogen ist, ändern Sie die Adresse der Integration und schalten Sie sie wieder ein; falls Sie es nicht mehr verwenden, löschen Sie die Integration:
integration-disabled-fix-text = Falls das Werkzeug umgezogen ist, ändern Sie die Adresse der Integration
    und schalten Sie sie wieder ein; falls Sie es nicht mehr verwenden, löschen
    Sie die Integration:
integration-disabled-waiting = Was noch aussteht, bleibt erhalten und wird gesendet, sobald die Integration
    wieder aktiv ist; zugleich geht dann ein vollständiger Abgleich aller
    Einwilligungen hinaus, damit das Werkzeug auf den aktuellen Stand kommt.
integration-disabled-footer = Gesendet von Steward ({ $url }) an die Administratoren Ihrer Organisation.

## tenant_purge

tenant-purge-subject-cancelled = { $tenant }: Ihr Steward-Konto ist gekündigt; exportieren Sie Ihre Daten bis zum { $date }
tenant-purge-subject-purged = { $tenant }: Ihre Daten in Steward wurden vernichtet
tenant-purge-subject-warning = { $tenant }: Ihre Daten in Steward werden am { $date } vernichtet
tenant-purge-cancelled = Das Steward-Konto von { $tenant } wurde am { $date } gekündigt.
tenant-purge-until-before = Bis zum
tenant-purge-until-middle = können Sie und Ihre Kolleginnen und Kollegen sich weiterhin anmelden, alles lesen (ändern lässt sich nichts) und
tenant-purge-until-link = einen vollständigen Export herunterladen
tenant-purge-until-after = .
tenant-purge-until-text = Bis zum { $date } können Sie und Ihre
    Kolleginnen und Kollegen sich weiterhin anmelden, alles lesen (ändern lässt
    sich nichts) und einen vollständigen Export herunterladen:
tenant-purge-after-date = Danach werden alle Kundendatensätze, Notizen, Einwilligungen, Benutzer und
    Protokolleinträge von { $tenant } zusammen mit den Schlüsseln, mit denen sie
    versiegelt wurden, vernichtet, sodass keine Kopie (auch keine
    Sicherungskopie) je wieder lesbar ist.
tenant-purge-purged = Wie angekündigt wurden alle Kundendatensätze, Notizen, Einwilligungen,
    Benutzer und Protokolleinträge von { $tenant } am { $date }
    zusammen mit den Schlüsseln, mit denen sie versiegelt waren,
    vernichtet.
tenant-purge-purged-no-copy = Keine Kopie, auch keine Sicherungskopie, ist je wieder lesbar.
tenant-purge-contact = Steward bewahrt nur diese Kontaktadresse auf, um Fragen zum Konto beantworten
    zu können, und zwar bis zum { $date };
    danach wird auch sie gelöscht.
tenant-purge-reminder-before = Zur Erinnerung: Das Steward-Konto von { $tenant } ist gekündigt; alle seine Daten werden am
tenant-purge-reminder-after = vernichtet ({ $remaining }).
tenant-purge-reminder-text = Zur Erinnerung: Das Steward-Konto von { $tenant } ist gekündigt; alle seine
    Daten werden am { $date } vernichtet ({ $remaining }).
tenant-purge-export-link = Einen vollständigen Export
tenant-purge-export-after = können Sie bis dahin noch herunterladen.
tenant-purge-export-text = Bis dahin können Sie noch einen vollständigen Export herunterladen:
tenant-purge-footer = Gesendet von Steward ({ $url }) an den Inhaber von { $tenant }.
tenant-purge-remaining-days = { $count ->
    [one] in { $count } Tag
   *[other] in { $count } Tagen
}
tenant-purge-remaining-hours = { $count ->
    [one] in einer Stunde
   *[other] in { $count } Stunden
}
tenant-purge-remaining-soon = innerhalb der nächsten Stunde
