"""Writes the 1,000-row sample of a CRM's customer export that the import
tests and the README use (run from this folder; the .xlsx needs openpyxl).
The files are committed; this says how they were made.

customers-1000-de-1252.csv — Windows-1252, semicolons, German headers, CRLF,
with blank lines, notes holding quoted line breaks and semicolons, and, by
data row (counting from 1):
  row 10   the address of a customer the tenant already has (an update),
  row 20   an address on the suppression list (someone who asked to be erased),
  row 30   an invalid email address (refused),
  row 40   a row a cell short (refused: malformed),
  row 50   the same address as row 5 (a duplicate within the file),
  rows 1–1000 otherwise new customers with accented names.
customers-1000-bom.csv — the same rows in UTF-8 with a byte-order mark.
customers-1000.xlsx — the same rows but row 40 (a workbook has no short row).
"""

import openpyxl

HEADER = ["Vorname", "Nachname", "E-Mail", "Telefon", "Firma", "Notiz", "Newsletter"]
# Every name is in Windows-1252 (Œ and Ž included).
FIRST = ["Jürgen", "Zoë", "Renée", "François", "Ana", "Søren", "Ærø", "Inès", "Björn", "Dörte",
         "Émile", "Grete", "Håkon", "Íris", "José", "Kåre", "Lætitia", "Måns", "Œdipe", "Žofie"]
LAST = ["Müller", "Ødegård", "Weiß", "Lefèvre", "Núñez", "Ørsted", "Gößling", "Åström", "Çelik", "O'Brien",
        "Schäfer", "Fernández", "Jäger", "Pérez", "Strauß"]
COMPANIES = ["Müller & Söhne GmbH", "Fjord AS", "Café Größe", "Société Générale", "Ñandú S.L.", ""]

EXISTING = "bestand@example.de"      # the tenant's customer already
ERASED = "geloescht@example.de"      # on the suppression list


def rows():
    out = []
    for n in range(1, 1001):
        first, last = FIRST[n % len(FIRST)], LAST[n % len(LAST)]
        email = f"kunde{n:04d}@example.de"
        phone = f"+49 30 {1000000 + n}"
        note = ""
        if n % 97 == 0:
            note = "Ruft gerne an;\r\nbitte vormittags"
        elif n % 13 == 0:
            note = "Stammkunde seit „2019“"
        newsletter = ["ja", "nein", ""][n % 3]
        if n == 10:
            email, phone = EXISTING, ""
        if n == 20:
            email, phone = ERASED, ""
        if n == 30:
            email = "kunde-at-example.de"
        if n == 50:
            email, phone = "kunde0005@example.de", ""
        row = [first, last, email, phone, COMPANIES[n % len(COMPANIES)], note, newsletter]
        if n == 40:
            row = row[:6]
        out.append(row)
    return out


def cell(value):
    if any(c in value for c in ';"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_text(data):
    lines = [";".join(HEADER)]
    physical = 1
    where = {}
    for n, row in enumerate(data, start=1):
        if n in (100, 500, 999):
            lines.append("")  # a blank line
            physical += 1
        physical += 1
        where[n] = physical
        text = ";".join(cell(v) for v in row)
        lines.append(text)
        physical += text.count("\r\n")
    return "\r\n".join(lines) + "\r\n", where


data = rows()
text, where = csv_text(data)
with open("customers-1000-de-1252.csv", "wb") as f:
    f.write(text.encode("cp1252"))
with open("customers-1000-bom.csv", "wb") as f:
    f.write(text.encode("utf-8-sig"))

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Kunden"
sheet.append(HEADER)
for n, row in enumerate(data, start=1):
    if n == 40:
        continue
    sheet.append([v.replace("\r\n", "\n") for v in row])
book.save("customers-1000.xlsx")

print("lines of rows 30, 40:", where[30], where[40])
