"""Steward in a real browser: Debian's Chromium, driven by Playwright.

Each test signs in and clicks through the pages as a person would, and saves
screenshots under target/e2e/. The server is the debug build, started on a
fresh data directory with mail written to files (see conftest.py).
"""

import email
import email.policy
import re
import subprocess
import pathlib
import time

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

NAME = "Zoë Łukasz-Ødegård"
# The file the import wizard offers as its sample.
SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "docs" / "sample-customers.csv"
AXE = Axe()


def sign_in(page: Page, server, email_address: str, password: str, then: str = "/customers") -> None:
    """Signs in, which opens the overview; then goes on to `then`."""
    page.goto(server.url("/login"))
    page.get_by_label("Organisation").fill(server.slug)
    page.get_by_label("Email").fill(email_address)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(flash(page)).to_contain_text("You are signed in.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Overview")
    if then != "/":
        page.goto(server.url(then))


def flash(page: Page):
    """The one-time message a page shows after a change."""
    return page.locator("p.flash")


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_staff_create_note_complete_and_download_pdf(page: Page, server, shots):
    sign_in(page, server, server.staff_email, server.password)
    shots(page, "customers-empty")
    page.get_by_role("link", name="New customer").click()
    page.get_by_label("Name").fill(NAME)
    page.get_by_label("Email").fill("zoe@people.test")
    page.get_by_label("Phone").fill("+49 30 1234567")
    shots(page, "new-customer-form")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(flash(page)).to_contain_text("saved")

    page.get_by_label("New note").fill("Called about the invoice; prefers email.")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("article.note").get_by_text("Called about the invoice; prefers email.")).to_be_visible()

    page.get_by_role("button", name="Mark complete").click()
    expect(flash(page)).to_contain_text("retention period has started")
    shots(page, "customer-complete")
    shots(page, "customer-complete-narrow", width=375)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF copy").click()
    path = server.tmp / "staff-copy.pdf"
    download.value.save_as(path)
    assert path.read_bytes().startswith(b"%PDF-")
    text = pdf_text(path)
    assert NAME in text, text
    assert "Called about the invoice" in text

    # The record is found again by searching; the words are posted, not in the URL.
    page.get_by_role("link", name="Customers").click()
    main = page.locator("main")
    main.get_by_label("Search", exact=True).fill("Łukasz")
    main.get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name=NAME)).to_be_visible()
    assert "ukasz" not in page.url
    shots(page, "customers-search")


def test_search_results_are_a_link_without_the_words(page: Page, server, shots):
    name = "Quetzalli Xochitl"
    server.api("POST", "/customers", {"name": name, "company": "Tlaloc Imports"})
    sign_in(page, server, server.staff_email, server.password)
    main = page.locator("main")
    main.get_by_label("Search", exact=True).fill("quetzal tlal")
    main.get_by_role("button", name="Search").click()
    found = page.get_by_role("link", name=name)
    expect(found).to_be_visible()
    results = page.url
    assert "/customers?s=" in results, results
    for word in ("quetz", "tlal"):
        assert word not in results.lower(), results
    accessible(page, "search results")
    page.set_viewport_size({"width": 375, "height": 900})
    accessible(page, "search results at 375 px")
    page.set_viewport_size({"width": 1280, "height": 900})
    accessible(page, "search results at 1280 px")
    shots(page, "search-results")
    shots(page, "search-results-narrow", width=375)

    # Open a record, come Back: the results again, not "Confirm Form Resubmission".
    found.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    page.go_back()
    expect(page).to_have_url(results)
    expect(page.get_by_role("link", name=name)).to_be_visible()
    # Reload keeps them too.
    page.reload()
    expect(page.get_by_role("link", name=name)).to_be_visible()
    expect(main.get_by_label("Search", exact=True)).to_have_value("quetzal tlal")

    # "/" goes to the search box at the top of the page, from any page.
    page.goto(server.url("/notifications"))
    page.keyboard.press("/")
    box = page.locator("#global-q")
    expect(box).to_be_focused()
    page.keyboard.type("xochi")
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name=name)).to_be_visible()
    assert "xochi" not in page.url.lower(), page.url
    # Typing "/" in a field is just typing.
    box = page.locator("#global-q")
    box.focus()
    page.keyboard.type("a/b")
    expect(box).to_have_value("a/b")

    # No search word in anything the server wrote.
    log = (server.tmp / "server.log").read_text(encoding="utf-8").lower()
    for word in ("quetz", "tlal", "xochi"):
        assert word not in log, f"{word} in the server log"


def test_admin_sets_short_retention_and_shreds_from_inbox(page: Page, server, shots):
    sign_in(page, server, server.admin_email, server.password)
    page.get_by_role("link", name="New customer").click()
    page.get_by_label("Name").fill("Ada Lovelace")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("button", name="Mark complete").click()
    expect(flash(page)).to_contain_text("retention period has started")

    page.get_by_role("link", name="Retention").click()
    page.locator("#f-expire_after_amount").fill("1")
    page.locator("#f-expire_after_unit").select_option("hours")
    page.get_by_role("button", name="Preview without saving").click()
    expect(page.get_by_text("records completed today will expire on")).to_be_visible()
    shots(page, "retention-preview")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(flash(page)).to_contain_text("retention policy is saved")
    # A second is no period a person picks; the API still takes it, so the
    # record expires while the test waits.
    server.api("PUT", "/retention", {"expire_after": "PT1S", "action": "notify"})

    page.wait_for_timeout(1500)
    server.run_jobs()
    page.get_by_role("link", name="Inbox").click()
    # Other tests' records may be there too: this one's notice is the one.
    notice = page.locator("article", has=page.get_by_role("link", name="Ada Lovelace"))
    expect(notice.get_by_role("heading")).to_contain_text("Retention period over")
    shots(page, "inbox-expired")

    notice.get_by_role("link", name="Shred…").click()
    page.get_by_label("Type the customer's name").fill("Ada Lovelace")
    shots(page, "shred-confirm")
    page.get_by_role("button", name="Erase for good").click()
    expect(flash(page)).to_contain_text("shredded")
    assert page.url.endswith("/notifications")
    expect(page.get_by_role("link", name="Ada Lovelace")).to_have_count(0)
    shots(page, "inbox-after-shred")


def test_admin_shreds_ticked_records_from_the_list(page: Page, server, shots):
    names = ["Bulk Ånström", "Bulk Øyvind"]
    for n in names:
        server.api_customer(n, "bulk@people.test")
    sign_in(page, server, server.admin_email, server.password)
    for n in names:
        page.get_by_label(f"Tick {n}", exact=True).check()
    shots(page, "customers-ticked")
    page.get_by_role("button", name="Erase the ticked records").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Erase 2 records")
    for n in names:
        expect(page.get_by_text(n)).to_be_visible()
    page.get_by_label("Type the number of records").fill("2")
    shots(page, "bulk-shred-confirm", width=375)
    page.get_by_role("button", name="Erase 2 for good").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Shredded 2 of 2 records")
    shots(page, "bulk-shred-result")
    page.get_by_role("link", name="Back to the customers").click()
    for n in names:
        expect(page.get_by_role("link", name=n)).to_have_count(0)


def mail_names(server) -> set:
    return {p.name for p in server.mail_dir.glob("*.eml")}


def link_in_mail(server, to: str, kind: str, before: set) -> str:
    """The `/{kind}/` link in a message to `to` written since `before` (the
    names of the messages there earlier), waiting for the job runner. Other
    messages to the same person (receipts, notices) are passed over."""
    pattern = re.compile(rf"https?://\S+/{kind}/\S+")
    for _ in range(300):
        for p in sorted(server.mail_dir.glob("*.eml")):
            if p.name in before:
                continue
            msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            if to not in str(msg["To"]):
                continue
            found = pattern.search(msg.get_body(preferencelist=("plain",)).get_content())
            if found:
                return found.group(0)
        time.sleep(0.2)
    raise AssertionError(f"no message to {to} with a /{kind}/ link")


def test_customer_requests_a_copy_through_the_portal(page: Page, server, shots, browser):
    # A record for the customer, made by staff through the API.
    server.api_customer("Lin Portal-Tester", "lin@people.test")

    before = mail_names(server)
    page.goto(server.url(f"/portal/{server.slug}"))
    shots(page, "portal-form")
    shots(page, "portal-form-narrow", width=375)
    page.get_by_label("Your email address").fill("lin@people.test")
    page.get_by_label("A copy of my data").check()
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")

    link = link_in_mail(server, "lin@people.test", "verify", before)
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Request confirmed")
    shots(page, "portal-confirmed")

    # Staff answer it from the requests queue, in another browser session.
    staff = browser.new_context(viewport={"width": 1440, "height": 900})
    staff_page = staff.new_page()
    sign_in(staff_page, server, server.staff_email, server.password)
    staff_page.get_by_role("link", name="Requests").click()
    expect(staff_page.get_by_role("rowheader", name="Copy of data")).to_be_visible()
    shots(staff_page, "requests-queue")
    staff_page.get_by_role("button", name="Fulfil").click()
    expect(flash(staff_page)).to_contain_text("answered")
    staff.close()

    server.run_jobs()
    link = link_in_mail(server, "lin@people.test", "download", before)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your copy")
    shots(page, "portal-download")
    with page.expect_download() as download:
        page.get_by_role("link", name="Your data as a PDF document").click()
    path = server.tmp / "portal-copy.pdf"
    download.value.save_as(path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert "Lin Portal-Tester" in pdf_text(path)


def test_viewer_cannot_see_admin_pages(page: Page, server, shots):
    sign_in(page, server, server.viewer_email, server.password)
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Customers")).to_be_visible()
    expect(nav.get_by_role("link", name="Retention")).to_have_count(0)
    expect(nav.get_by_role("link", name="Requests")).to_have_count(0)
    response = page.goto(server.url("/settings/retention"))
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Not allowed")
    expect(page.get_by_role("alert")).to_contain_text("admin role")
    shots(page, "viewer-forbidden")
    expect(page.get_by_role("link", name="New customer")).to_have_count(0)


def test_keyboard_only_sign_in(page: Page, server, shots):
    page.goto(server.url("/login"))
    page.keyboard.press("Tab")
    page.keyboard.type(server.slug)
    page.keyboard.press("Tab")
    page.keyboard.type(server.staff_email)
    page.keyboard.press("Tab")
    page.keyboard.type(server.password)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Overview")
    # The skip link is the first stop, and focus is visible.
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    shots(page, "keyboard-focus")


def test_admin_pages_load_cleanly_on_a_phone_and_a_desktop(page: Page, server, shots):
    sign_in(page, server, server.admin_email, server.password)
    for path, heading in [
        ("/customers", "Customers"),
        ("/notifications", "Inbox"),
        ("/requests", "Requests"),
        ("/settings/retention", "Retention"),
        ("/settings/purposes", "Consent purposes"),
        ("/settings/fields", "Custom fields"),
        ("/settings/users", "Users"),
        ("/settings/tokens", "API tokens"),
        ("/settings/integrations", "Integrations"),
        ("/settings/audit", "Audit log"),
        ("/settings/organisation", "Organisation"),
        ("/account", "Your account"),
    ]:
        response = page.goto(server.url(path))
        assert response.status == 200, path
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        # Every input has a label a screen reader can announce.
        unlabelled = page.evaluate(
            """[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
               .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
               .map(e => e.name)"""
        )
        assert unlabelled == [], f"{path}: {unlabelled}"
        name = path.strip("/").replace("/", "-")
        shots(page, name)
        shots(page, f"{name}-narrow", width=375)

    # A token's secret fits a phone screen too.
    page.goto(server.url("/settings/tokens"))
    page.get_by_label("What it is for").fill("billing")
    page.get_by_role("button", name="Make token").click()
    expect(page.locator("div.flash")).to_contain_text("not shown again")
    shots(page, "token-made-narrow", width=375)


def test_portal_answers_in_the_browsers_language_and_switches(page: Page, server, shots, browser):
    # The organisation's identity and colour, as an admin sets them.
    server.api("PATCH", "/tenant", {
        "legal_name": "Acme Handels GmbH", "postal_address": "Hauptstraße 1, 10115 Berlin",
        "privacy_email": "datenschutz@acme.test", "dpo_name": "Dana Schutz",
        "dpo_contact": "dpo@acme.test", "authority": "DE", "accent_colour": "#7c2d12",
        "privacy_notice_url": "https://acme.test/datenschutz",
    })
    german = browser.new_context(locale="de-DE", viewport={"width": 1024, "height": 900})
    portal = german.new_page()
    portal.goto(server.url(f"/portal/{server.slug}"))
    expect(portal.locator("html")).to_have_attribute("lang", "de")
    expect(portal.get_by_role("heading", level=1)).to_have_text("Ihre Daten")
    expect(portal.get_by_label("Ihre E-Mail-Adresse")).to_be_visible()
    expect(portal.get_by_text("Dana Schutz")).to_be_visible()
    # The accent colour comes from the organisation's stylesheet.
    colour = portal.get_by_role("button", name="Antrag absenden").evaluate(
        "b => getComputedStyle(b).backgroundColor")
    assert colour == "rgb(124, 45, 18)", colour
    shots(portal, "portal-de")
    shots(portal, "portal-de-narrow", width=375)
    # The switch names each language in itself, and the choice sticks.
    portal.get_by_role("link", name="Français").click()
    expect(portal.get_by_role("heading", level=1)).to_have_text("Vos données")
    portal.goto(server.url(f"/portal/{server.slug}"))
    expect(portal.locator("html")).to_have_attribute("lang", "fr")
    shots(portal, "portal-fr")
    german.close()


def test_staff_member_picks_german_for_their_pages(page: Page, server, shots):
    sign_in(page, server, server.admin_email, server.password)
    page.goto(server.url("/account"))
    form = page.locator("form[action='/account/language']")
    try:
        form.get_by_label("Show pages in").select_option("de")
        form.get_by_role("button").click()
        expect(page.locator("html")).to_have_attribute("lang", "de")
        expect(flash(page)).to_have_text("Die Seiten werden jetzt auf Deutsch angezeigt.")
        nav = page.get_by_role("navigation", name="Hauptmenü")
        expect(nav.get_by_role("link", name="Kunden")).to_be_visible()
        for path, heading in [
            ("/customers", "Kunden"),
            ("/settings/retention", "Aufbewahrung"),
            ("/settings/organisation", "Organisation"),
        ]:
            page.goto(server.url(path))
            expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        page.goto(server.url("/customers"))
        shots(page, "staff-de")
        # A refused form says why in German, next to the field.
        page.goto(server.url("/customers/new"))
        page.locator("#f-name").fill(NAME)
        # The browser lets "a@b" through; Steward wants a domain with a dot.
        page.locator("#f-email").fill("a@b")
        page.get_by_role("button", name="Speichern").click()
        expect(page.locator("#f-email-error")).to_contain_text("ist keine E-Mail-Adresse")
    finally:
        page.goto(server.url("/account"))
        form.get_by_label(re.compile("Show pages in|Seiten anzeigen auf")).select_option("")
        form.get_by_role("button").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def accessible(page: Page, where: str) -> None:
    """axe-core finds nothing to fix on the page as it stands."""
    results = AXE.run(page)
    assert results.violations_count == 0, f"{where}: {results.generate_report()}"


def test_staff_imports_customers_with_the_wizard(page: Page, server, shots):
    server.api("PUT", "/purposes/newsletter", {"labels": {"en": {"label": "Newsletter"}}})
    sign_in(page, server, server.staff_email, server.password)
    page.get_by_role("link", name="Import customers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import customers")
    accessible(page, "step 1")
    shots(page, "import-start")

    # Step 1: the sample file, read as it is.
    page.get_by_label("File", exact=True).set_input_files(str(SAMPLE))
    page.get_by_role("button", name="Read the file").click()
    expect(flash(page)).to_contain_text("The file is read.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check the import")
    # Steps 2 and 3: each column under its own header, as suggested.
    for header, target in [("First name", "first_name"), ("Email", "email"),
                           ("Notes", "note"), ("Newsletter", "consent:newsletter")]:
        expect(page.get_by_label(header, exact=True)).to_have_value(target)
    counts = page.locator("ul.counts")
    expect(counts).to_contain_text("10 new customers")
    expect(counts).to_contain_text("1 duplicate row skipped")
    expect(counts).to_contain_text("1 row refused")
    expect(page.get_by_role("row", name=re.compile("^9 email:"))).to_be_visible()
    accessible(page, "step 2")
    shots(page, "import-wizard")
    shots(page, "import-wizard-narrow", width=375)

    # Email left out: nobody is repeated or refused by address any more.
    page.get_by_label("Email", exact=True).select_option(label="Do not import")
    page.get_by_role("button", name="Check again").click()
    expect(flash(page)).to_have_text("Checked again with your choices.")
    expect(counts).to_contain_text("12 new customers")
    expect(counts).to_contain_text("0 rows refused")
    # Back to email, and run.
    page.get_by_label("Email", exact=True).select_option("email")
    page.get_by_role("button", name="Check again").click()
    expect(counts).to_contain_text("10 new customers")
    page.get_by_role("button", name="Import 10 customers").click()
    # A short file may be done by the time the page shows: both messages.
    expect(page.locator("p.flash", has_text="The import has started.")).to_be_visible()

    # Step 4: the page follows the run on its own to its result.
    expect(page.get_by_role("heading", level=1)).to_have_text("Import finished")
    done = page.locator("p.flash", has_text="all 12 rows of the file have been processed")
    expect(done).to_be_visible()
    expect(counts).to_contain_text("10 new customers")
    expect(counts).to_contain_text("1 row refused")
    accessible(page, "result")
    shots(page, "import-done")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the refused rows (CSV)").click()
    refused = download.value.path().read_text(encoding="utf-8")
    lines = refused.splitlines()
    assert lines[0].startswith("line,reason,First name,Last name,Email"), refused
    assert lines[1].startswith("9,email: is not an email address"), refused
    assert "grace-at-example.com" in lines[1] and len(lines) == 2, refused
    page.get_by_role("link", name="Go to customers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Customers")
    expect(page.get_by_role("link", name="Łucja Wiśniewska")).to_be_visible()


def accessible_at_both_widths(page: Page, where: str) -> None:
    """axe-core finds nothing to fix at a desktop's width and a phone's."""
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        accessible(page, f"{where} at {width}px")
    page.set_viewport_size({"width": 1440, "height": 900})


def expired_records(server, names) -> list:
    """Completed records brought up as expired, under a one-second period."""
    server.api("PUT", "/retention", {"expire_after": "PT1S", "action": "notify"})
    ids = []
    for n in names:
        cid = server.api_customer(n, "inbox@people.test")
        server.api("POST", f"/customers/{cid}/complete", {})
        ids.append(cid)
    time.sleep(1.5)
    server.run_jobs()
    return ids


def test_inbox_names_each_record_and_acknowledges_the_ticked(page: Page, server, shots):
    names = ["Ina Inbox-Ånström", "Ike Inbox-Øyvind"]
    expired_records(server, names)
    sign_in(page, server, server.staff_email, server.password)
    menu = page.get_by_role("navigation", name="Main").get_by_role("link", name=re.compile("^Inbox"))
    expect(menu).to_contain_text(re.compile(r"\d"))
    menu.click()
    for n in names:
        heading = page.get_by_role("heading", name=re.compile(re.escape(n)))
        expect(heading).to_contain_text("Retention period over")
    shots(page, "inbox-named")
    accessible_at_both_widths(page, "inbox")
    shots(page, "inbox-narrow", width=375)

    for n in names:
        page.get_by_label(f"Select {n}").check()
    page.get_by_role("button", name="Acknowledge selected").click()
    expect(flash(page)).to_contain_text("2 notices are acknowledged")
    for n in names:
        expect(page.get_by_role("heading", name=re.compile(re.escape(n)))).to_have_count(0)
    page.get_by_role("link", name="Closed", exact=True).click()
    for n in names:
        notice = page.locator("article", has=page.get_by_role("heading", name=re.compile(re.escape(n))))
        expect(notice).to_contain_text("Acknowledged by Sam Staff on")
    shots(page, "inbox-closed")
    accessible_at_both_widths(page, "closed notices")


def test_audit_log_filters_by_event_and_exports_the_filtered(page: Page, server, shots):
    server.api_customer("Aud Itor", "auditor@people.test")
    sign_in(page, server, server.admin_email, server.password)
    page.get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("cell", name=re.compile("^Signed in"))).not_to_have_count(0)
    page.get_by_label("What happened").select_option(label="Record created")
    page.get_by_role("button", name="Show").click()
    cells = page.locator("tbody td:nth-child(3)")
    expect(cells.first).to_contain_text("Record created")
    for text in cells.all_inner_texts():
        assert "customer.created" in text, text
    shots(page, "audit-filtered")
    shots(page, "audit-filtered-narrow", width=375)
    accessible_at_both_widths(page, "audit log")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export these entries (CSV)").click()
    path = server.tmp / "audit.csv"
    download.value.save_as(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("seq,at,actor_kind,actor,")
    assert len(lines) >= 2 and all(",customer.created," in line for line in lines[1:]), lines
    page.reload()
    page.get_by_label("What happened").select_option(label="Audit log exported")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("tbody tr")).not_to_have_count(0)


def test_requests_fit_a_phone_and_fulfil_is_reached_by_tab(page: Page, server, shots):
    server.api_customer("Pho Ne", "phone@people.test")
    before = mail_names(server)
    page.goto(server.url(f"/portal/{server.slug}"))
    page.get_by_label("Your email address").fill("phone@people.test")
    page.get_by_label("A copy of my data").check()
    page.get_by_role("button", name="Send request").click()
    page.goto(link_in_mail(server, "phone@people.test", "verify", before))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Request confirmed")

    page.set_viewport_size({"width": 375, "height": 800})
    sign_in(page, server, server.staff_email, server.password)
    page.goto(server.url("/requests"))
    fulfil = page.get_by_role("button", name=re.compile("^Fulfil"))
    expect(fulfil.first).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the requests page is {width}px wide"
    shots(page, "requests-phone")
    # Keyboard only: Tab reaches a Fulfil button, which is on screen.
    reached = False
    for _ in range(80):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement && document.activeElement.textContent")
        if label and label.strip().startswith("Fulfil"):
            reached = True
            break
    assert reached, "no Fulfil button is reached by Tab"
    box = page.evaluate("(() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.right]; })()")
    assert box[0] >= 0 and box[1] <= 375, box
    accessible_at_both_widths(page, "requests")


def test_every_staff_page_fits_a_phone(page: Page, server, shots):
    cid = server.api_customer("Phil Phone-Width", "phil@people.test")
    sign_in(page, server, server.admin_email, server.password)
    page.set_viewport_size({"width": 375, "height": 800})
    wide = {}
    for path in ["/", "/customers", "/customers/new", "/customers/import", "/customers/duplicates",
                 f"/customers/{cid}", f"/customers/{cid}/edit", f"/customers/{cid}/erase",
                 "/notifications", "/notifications?show=closed", "/requests", "/requests?state=all",
                 "/settings/retention", "/settings/fields", "/settings/users", "/settings/tokens",
                 "/settings/integrations", "/settings/recipients", "/settings/audit",
                 "/settings/organisation", "/account"]:
        response = page.goto(server.url(path))
        assert response.status == 200, path
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            wide[path] = width
    page.set_viewport_size({"width": 1440, "height": 900})
    assert wide == {}, f"wider than 375 px: {wide}"


def test_periods_and_consent_purposes_are_picked_in_plain_words(page: Page, server, shots):
    sign_in(page, server, server.admin_email, server.password)
    # Six years picked is saved as the ISO 8601 period the API then shows.
    page.goto(server.url("/settings/retention"))
    page.locator("#f-expire_after_amount").fill("6")
    page.locator("#f-expire_after_unit").select_option("years")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(flash(page)).to_contain_text("retention policy is saved")
    assert server.api("GET", "/retention")["expire_after"] == "P2196D"
    expect(page.locator("#f-expire_after-stored")).to_contain_text("Stored as 2196 days (P2196D)")
    expect(page.locator("#f-expire_after_amount")).to_have_value("6")
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        accessible(page, f"retention at {width}px")
        # The hint sits under the picker, not beside it.
        picker = page.locator("#f-expire_after_amount").bounding_box()
        hint = page.locator("#f-expire_after-hint").bounding_box()
        assert hint["y"] >= picker["y"] + picker["height"], (width, picker, hint)
    shots(page, "retention-picker")
    shots(page, "retention-picker-narrow", width=375)

    # An admin adds a purpose by its label; no key has to be typed.
    page.goto(server.url("/settings/purposes"))
    page.get_by_label("Label").fill("Postal mailings")
    page.get_by_role("button", name="Add the purpose").click()
    expect(flash(page)).to_contain_text("The purpose is added")
    expect(page.get_by_role("rowheader", name="Postal mailings")).to_be_visible()
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        accessible(page, f"purposes at {width}px")
    page.set_viewport_size({"width": 1440, "height": 900})
    shots(page, "purposes")

    # A purpose the organisation does not have (a stale or altered form)
    # shows the record again with the fault under the purpose and what was
    # entered kept.
    cid = server.api_customer("Pat Purpose", "pat.purpose@example.com")
    page.goto(server.url(f"/customers/{cid}"))
    form = page.locator("#consent-form")
    form.get_by_label("Purpose").select_option(label="Postal mailings")
    page.evaluate("""document.querySelector('#f-purpose')
        .add(new Option('Not ours', 'not_ours', true, true))""")
    form.get_by_label("Granted").check()
    form.get_by_label("Evidence").fill("signed form 12")
    form.get_by_role("button", name="Record decision").click()
    expect(page.locator("#f-purpose-error")).to_contain_text(
        "choose one of the organisation's consent purposes")
    expect(page.locator("#f-evidence")).to_have_value("signed form 12")
    expect(page.locator("#consent-form").get_by_label("Granted")).to_be_checked()
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        accessible(page, f"refused consent at {width}px")
    page.set_viewport_size({"width": 1440, "height": 900})
    shots(page, "consent-refused")
    assert server.api("GET", f"/customers/{cid}/consent")["history"] == []

    form = page.locator("#consent-form")
    form.get_by_label("Purpose").select_option(label="Postal mailings")
    form.get_by_label("Granted").check()
    form.get_by_role("button", name="Record decision").click()
    expect(flash(page)).to_contain_text("consent decision is recorded")
    expect(page.get_by_text("Postal mailings: Granted")).to_be_visible()
    assert server.api("GET", f"/customers/{cid}")["consent"] == {"postal_mailings": True}


def test_timeline_shows_a_change_with_values_only_to_roles_that_may_see_the_field(
    page: Page, server, shots, browser
):
    server.api("POST", "/fields", {"key": "tax_number", "label": "Tax number",
                                   "type": "text", "visible_to": "admin"})
    created = server.api("POST", "/customers", {"name": "Håkon Brekke", "phone": "+47 912 34 567",
                                                "fields": {"tax_number": "NO999888777"}})
    server.api("PATCH", f"/customers/{created['id']}",
               {"version": 1, "phone": "+47 400 00 001", "fields": {"tax_number": "NO111222333"}})
    record = f"/customers/{created['id']}"

    sign_in(page, server, server.admin_email, server.password)
    page.goto(server.url(record))
    timeline = page.get_by_role("region", name="Timeline")
    expect(timeline).to_contain_text("Tax number changed from “NO999888777” to “NO111222333”")
    expect(timeline).to_contain_text("Phone changed from “+4791234567” to “+4740000001”")
    # The audit trail sums the views up, and lists them only when asked.
    trail = page.get_by_role("region", name="Audit trail")
    expect(trail).to_contain_text("Viewed")
    expect(trail.get_by_role("cell", name="customer.read")).to_have_count(0)
    trail.get_by_role("link", name="Show the views too").click()
    expect(page.get_by_role("region", name="Audit trail")
           .get_by_role("cell", name="customer.read").first).to_be_visible()
    accessible(page, "record with timeline")
    shots(page, "customer-timeline")

    staff = browser.new_page()
    sign_in(staff, server, server.staff_email, server.password)
    staff.goto(server.url(record))
    timeline = staff.get_by_role("region", name="Timeline")
    expect(timeline).to_contain_text("Tax number changed")
    expect(timeline).to_contain_text("Phone changed from “+4791234567” to “+4740000001”")
    expect(timeline).not_to_contain_text("NO111222333")
    expect(timeline).not_to_contain_text("NO999888777")
    assert "NO111222333" not in staff.content()
    shots(staff, "customer-timeline-staff")
    staff.close()


def overview_numbers(page: Page) -> dict:
    """The overview's counts as the page shows them, by their IDs."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('[id^="count-"]')]
        .map(li => [li.id.slice(6), Number(li.querySelector('.n').textContent)]))""")


def overview_numbers_of(api: dict) -> dict:
    """The same counts from GET /api/v1/overview, named as the page names them."""
    numbers = {
        "records-expired": api["records"]["expired"],
        "records-expiring-7": api["records"]["expiring_within_7_days"],
        "records-expiring-30": api["records"]["expiring_within_30_days"],
        "requests-overdue": api["requests"]["overdue"],
        "requests-soon": api["requests"]["due_soon"],
        "requests-later": api["requests"]["due_later"],
    }
    for kind, n in api["notices"]["by_kind"].items():
        if n:
            numbers["notices-" + kind.replace(".", "-").replace("_", "-")] = n
    return numbers


def test_overview_counts_match_the_api(page: Page, server, shots):
    # Something to count whatever ran before: a record expiring in 5 days.
    server.api("PUT", "/retention", {"expire_after": "P5D", "action": "notify"})
    cid = server.api_customer("Ove Overview", "ove@people.test")
    server.api("POST", f"/customers/{cid}/complete", {})
    sign_in(page, server, server.admin_email, server.password, then="/")
    # The job runner ticks every second: compare the page and the API read
    # one after the other, again if a tick fell between them.
    for _ in range(5):
        api = server.api("GET", "/overview")
        page.reload()
        shown = overview_numbers(page)
        if shown == overview_numbers_of(api):
            break
        time.sleep(0.5)
    assert shown == overview_numbers_of(api), (shown, api)
    assert shown["records-expiring-7"] >= 1
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Overview")).to_have_attribute("aria-current", "page")
    shots(page, "overview")
    accessible_at_both_widths(page, "overview")
    shots(page, "overview-narrow", width=375)
    page.set_viewport_size({"width": 375, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the overview is {width}px wide"
    page.set_viewport_size({"width": 1440, "height": 900})
    # Each count opens the list it counts.
    page.locator("#count-records-expiring-7 a").click()
    expect(page).to_have_url(re.compile(r"/customers\?state=expiring&within=7$"))


def test_sort_and_combined_filters(page: Page, server, shots):
    """The list sorted by name and filtered by several things at once through
    its form: the filters stand in the URL, a search keeps them, and the page
    stays accessible."""
    server.api("POST", "/fields", {"key": "loyalty", "label": "Loyalty level",
                                   "type": "select", "options": ["bronze", "platinum"]})
    ids = {}
    for name, level in [("Yara Ångström", "platinum"), ("Yannick Abel", "platinum"),
                        ("Yusuf Zed", "bronze"), ("Yvette Free", "platinum")]:
        email = f"{name.split()[0].lower()}@sorting.test"
        ids[name] = server.api("POST", "/customers", {"name": name, "email": email,
                                                      "fields": {"loyalty": level}})["id"]
    for name in ("Yara Ångström", "Yannick Abel", "Yusuf Zed"):
        server.api("POST", f"/customers/{ids[name]}/restrict", {"on": True, "reason": "contested"})
    sign_in(page, server, server.staff_email, server.password)
    page.goto(server.url("/customers"))
    form = page.get_by_role("form", name="Filter and sort the list")
    form.get_by_label("Loyalty level").select_option("platinum")
    form.get_by_label("whose processing is restricted").check()
    form.get_by_label("Sort by").select_option(label="Name, Z to A")
    form.get_by_role("button", name="Apply").click()
    for param in ("field.loyalty=platinum", "restricted=1", "sort=-name"):
        assert param in page.url, page.url
    rows = page.locator("tbody th[scope=row]")
    expect(rows).to_have_text(["Yara Ångström", "Yannick Abel"])
    expect(page.locator("#total")).to_contain_text("2 records")
    expect(form.get_by_label("Loyalty level")).to_have_value("platinum")
    accessible_at_both_widths(page, "the list sorted and filtered")
    shots(page, "customers-sorted-filtered")

    # A search keeps the filters beside its handle, and the words stay out.
    main = page.locator("main")
    main.get_by_label("Search", exact=True).fill("yara")
    main.get_by_role("button", name="Search").click()
    expect(rows).to_have_text(["Yara Ångström"])
    assert "/customers?s=" in page.url and "restricted=1" in page.url, page.url
    assert "yara" not in page.url.lower(), page.url
    accessible(page, "a search with filters")


def test_saved_view(page: Page, server, shots):
    done = server.api_customer("Viewsaved Vera", "vera@people.test")
    server.api("POST", f"/customers/{done}/complete", {})
    server.api_customer("Viewsaved Walter", "walter@people.test")
    sign_in(page, server, server.staff_email, server.password)
    page.goto(server.url("/customers?state=complete"))
    page.get_by_text("Save this view").click()
    page.get_by_label("Name of the view").fill("Completed ones")
    accessible_at_both_widths(page, "the list with Save this view open")
    shots(page, "customers-save-view")
    page.get_by_role("button", name="Save the view").click()
    expect(flash(page)).to_contain_text("View saved.")
    assert "state=complete" in page.url, page.url

    # From the whole list, the saved view opens the filtered list.
    page.goto(server.url("/customers"))
    views = page.get_by_role("navigation", name="Saved views")
    views.get_by_role("link", name="Completed ones").click()
    assert "state=complete" in page.url, page.url
    expect(page.get_by_role("link", name="Viewsaved Vera")).to_be_visible()
    expect(page.get_by_role("link", name="Viewsaved Walter")).to_have_count(0)
    accessible(page, "a saved view opened")
    shots(page, "customers-saved-view")

    page.get_by_role("link", name="Manage views").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Saved views")
    accessible_at_both_widths(page, "the saved views page")
    shots(page, "saved-views")


def test_bulk_complete(page: Page, server, shots):
    ids = [server.api_customer(n, "bulkwise@people.test") for n in ("Bulkwise Ana", "Bulkwise Ben")]
    sign_in(page, server, server.staff_email, server.password)
    main = page.locator("main")
    main.get_by_label("Search", exact=True).fill("bulkwise")
    main.get_by_role("button", name="Search").click()
    for n in ("Bulkwise Ana", "Bulkwise Ben"):
        page.get_by_label(f"Tick {n}", exact=True).check()
    page.get_by_label("Action", exact=True).select_option("complete")
    accessible_at_both_widths(page, "the list with ticked rows")
    shots(page, "customers-bulk-ticked")
    page.get_by_role("button", name="Apply to the ticked records").click()
    expect(page.locator("main").get_by_role("status")).to_have_text("2 completed")
    accessible(page, "the bulk answer")
    shots(page, "customers-bulk-done")
    for id in ids:
        assert server.api("GET", f"/customers/{id}")["state"] == "complete"
    page.get_by_role("link", name="Back to the customers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Customers")
