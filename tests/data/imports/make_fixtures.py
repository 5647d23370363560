"""Writes the fixtures of src/imports/read.rs's tests (run from this folder;
customers.xlsx needs openpyxl). The files are committed; this says how they
were made."""

import datetime

import openpyxl

GERMAN = [
    ["Vorname", "Nachname", "E-Mail", "Telefon", "Firma", "Notiz"],
    ["Jürgen", "Müller", "juergen.mueller@example.de", "+49 30 1234567", "Müller & Söhne GmbH", "Stammkunde"],
    None,  # a blank line
    ["Zoë", "Ødegård", "zoe@example.no", "+47 22 123456", "Fjord AS", '"Ruft gerne an;\r\nbitte vormittags"'],
    ["Renée", "Weiß", "renee.weiss@example.de", "", "Café Größe", "Grüße an „Frau Weiß“"],
    ["François", "Lefèvre", "francois@example.fr", "+33 1 23 45 67 89", "Société Générale"],  # a cell short
    ["Ana", "Núñez", "ana@example.es", "+34 91 123 45 67", "Ñandú S.L.", "€ 50 Rabatt"],
]
with open("customers-de-1252.csv", "wb") as f:
    for row in GERMAN:
        f.write((";".join(row) if row else "").encode("cp1252") + b"\r\n")

ENGLISH = (
    "First Name,Last Name,Email,Phone,Company,Notes\n"
    '李,小龙,li@example.cn,+86 10 1234 5678,"北京有限公司, Ltd.",\n'
    'محمد,العلي,m.alali@example.ae,+971 4 123 4567,شركة النور,"Says ""hello"""\n'
    "Björk,Guðmundsdóttir,bjork@example.is,,,\n"
)
with open("customers-bom.csv", "wb") as f:
    f.write(ENGLISH.encode("utf-8-sig"))

TABS = (
    "Name\tEmail\tPhone\r\n"
    "Łukasz Żółć\tlukasz@example.pl\t+48 22 123 45 67\r\n"
    "Αθηνά Παπαδοπούλου\tathina@example.gr\t\r\n"
)
with open("customers-utf16.csv", "wb") as f:
    f.write(b"\xff\xfe" + TABS.encode("utf-16-le"))

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Kunden"
rows = {
    1: ["Vorname", "Nachname", "E-Mail", "Telefon", "Firma", "Notiz", "Kunde seit", "Newsletter"],
    2: ["Jürgen", "Müller", "juergen.mueller@example.de", 49301234567, "Müller & Söhne GmbH", "Stammkunde",
        datetime.date(2026, 12, 7), True],
    # row 3 is blank
    4: ["Zoë", "Ødegård", "zoe@example.no", "+47 22 123456", "Fjord AS", "Ruft gerne an;\nbitte vormittags",
        datetime.datetime(2026, 12, 7, 14, 5), False],
    5: ["Renée", "Weiß", "renee.weiss@example.de", None, "Café Größe", 12.5],
    6: ["François", "Lefèvre", "francois@example.fr", "+33 1 23 45 67 89", "Société Générale", None, None, None,
        "außerhalb"],  # a cell right of the header
    7: ["Ana", "Núñez", "ana@example.es", "+34 91 123 45 67", "Ñandú S.L.", "#DIV/0!"],  # an error value
}
for number, values in rows.items():
    for column, value in enumerate(values, start=1):
        if value is not None:
            sheet.cell(row=number, column=column, value=value)
sheet.cell(row=2, column=7).number_format = "yyyy-mm-dd"
sheet.cell(row=4, column=7).number_format = "yyyy-mm-dd hh:mm"
book.create_sheet("Notizen")
book.save("customers.xlsx")
