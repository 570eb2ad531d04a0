#!/usr/bin/env python3
"""Browser tests for a site built by `dossier build`.

Opens the built site over file:// in headless Chromium (through Selenium and
chromedriver) and checks what a reader does: the overview, the navigation,
every source and note page and the way back, the pagers, sentence anchors,
the "what cleaning removed" box, the entity pages and the links between them and
the sources (names linked in the text, mentions pointing at sentences), the
timeline (chart marks leading to events, citations pointing at sentences, the
dates in the source text showing their value on focus), the skip link, dark mode,
a phone-sized viewport, and that nothing is fetched from outside the site.

Nothing here knows the sample dossier: titles and counts are read from the
index pages, so the same script checks any dossier.

    python3 Tests/browser/test_site.py SITE_DIR [unittest options]
    DOSSIER_SITE=SITE_DIR python3 Tests/browser/test_site.py

Needs: chromium, chromium-driver (Debian: apt-get install chromium
chromium-driver) and `pip install selenium`.
"""

import os
import re
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
import time
import unittest
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager go online

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # pragma: no cover
    sys.stderr.write("test_site.py needs selenium: pip install selenium\n")
    sys.exit(2)

CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM")  # optional path to the browser binary
DESKTOP = (1280, 900)
PHONE = (390, 844)
NAV_LABELS = ["Overview", "Timeline", "Sources", "Entities", "Notes", "Tags"]  # Timeline and Entities only when the dossier has them


def nav_labels():
    """The navigation the site should have: Timeline, Entities and Tags only when their index pages exist."""
    optional = {"Entities": SITE / "entities" / "index.html", "Timeline": SITE / "timeline" / "index.html",
                "Tags": SITE / "tags" / "index.html"}
    return [l for l in NAV_LABELS if l not in optional or optional[l].is_file()]
TIMEOUT = 10

SITE: Path = None  # set in main()
driver = None


# --------------------------------------------------------------------------
# Set-up


def make_driver():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=%d,%d" % DESKTOP):
        options.add_argument(arg)
    if CHROMIUM:
        options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER),
                            options=options)


def setUpModule():
    global driver
    driver = make_driver()
    driver.set_page_load_timeout(30)


def tearDownModule():
    if driver is not None:
        driver.quit()


# --------------------------------------------------------------------------
# Helpers


def url_of(rel):
    """file:// URL of a path relative to the site root."""
    return (SITE / rel).resolve().as_uri()


def path_of(url):
    """Site file a file:// URL points at (fragment and query dropped)."""
    u = urlparse(urldefrag(url)[0])
    return Path(unquote(u.path))


def rel_of(url):
    try:
        return path_of(url).relative_to(SITE.resolve()).as_posix()
    except ValueError:
        return url


def wait_ready():
    WebDriverWait(driver, TIMEOUT).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def load(rel_or_url):
    url = rel_or_url if "://" in rel_or_url else url_of(rel_or_url)
    driver.get(url)
    wait_ready()
    return url


def click_and_wait(element):
    """Click a link like a reader would and wait for the next page."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()
    WebDriverWait(driver, TIMEOUT).until(EC.staleness_of(old))
    wait_ready()


def text(el):
    """The element's text as written (CSS text-transform does not count), whitespace collapsed."""
    return " ".join((el.get_attribute("textContent") or "").split())


def h1_text():
    h1s = driver.find_elements(By.TAG_NAME, "h1")
    return text(h1s[0]) if h1s else None


def nav_links():
    return driver.find_elements(By.CSS_SELECTOR, "nav.site-nav a, header nav a")


def nav_link(label):
    for a in nav_links():
        if text(a) == label:
            return a
    raise AssertionError("no nav link %r on %s" % (label, rel_of(driver.current_url)))


def current_nav():
    return [text(a) for a in nav_links() if a.get_attribute("aria-current") == "page"]


def list_links(index_rel):
    """(title, absolute URL) of each item linked from a listing page."""
    load(index_rel)
    links = driver.find_elements(By.CSS_SELECTOR, "main .items .item-title a, main .items li h3 a")
    return [(text(a), a.get_attribute("href")) for a in links]


def browser_errors():
    """SEVERE entries of the browser console since the last call, if the driver keeps a log."""
    try:
        entries = driver.get_log("browser")
    except (WebDriverException, AttributeError):
        return None
    return [e for e in entries if e.get("level") == "SEVERE"]


def crawl():
    """Every page reachable from the overview by following relative links.

    404.html is left to NotFoundPage: a server shows it at any address, so its
    links are written from the site root and do not work over file://.
    """
    global _crawled
    if _crawled is not None:
        return _crawled
    seen, queue, broken = [], [url_of("index.html")], []
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.append(url)
        load(url)
        hrefs = driver.execute_script(JS_HREFS)
        for href in hrefs:
            if not href.startswith("file://"):
                continue
            target = urldefrag(href)[0]
            p = path_of(target)
            if not p.is_file():
                broken.append((rel_of(url), href))
                continue
            if p.suffix == ".html" and target not in seen and target not in queue:
                queue.append(target)
    _crawled = (seen, broken)
    return _crawled


_crawled = None

# every link's absolute URL; an SVG <a> (timeline marks) has no string .href, so resolve the attribute
JS_HREFS = ("return [...document.querySelectorAll('a[href]')]"
            ".map(a => new URL(a.getAttribute('href'), document.baseURI).href)")


JS_COLOR_FUNCS = r"""
function rgba(s) {
  const m = s.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function bgOf(el) {
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0.5) return c;
  }
  return [255, 255, 255, 1];
}
function lum(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
}
function ratio(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
"""
JS_COLORS = JS_COLOR_FUNCS + r"""
const out = {body: lum(bgOf(document.body)), text: lum(rgba(getComputedStyle(document.body).color)), low: []};
const sel = arguments[0];
for (const el of document.querySelectorAll(sel)) {
  if (!el.textContent.trim() || el.getClientRects().length === 0) continue;
  const r = ratio(rgba(getComputedStyle(el).color), bgOf(el));
  if (r < 4.5) out.low.push([el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''), el.textContent.trim().slice(0, 40), Math.round(r * 100) / 100]);
}
return out;
"""
TEXT_SELECTOR = ("h1, h2, h3, p, li, dt, dd, a, summary, time, .tag, .meta, .kicker, mark, .count, .role, .role-name, "
                 ".lede, .excerpt, .origin, .reason, .pager-label, figcaption, code, q, .badge")


# --------------------------------------------------------------------------
# Tests


class Overview(unittest.TestCase):
    def test_home_title_and_nav(self):
        load("index.html")
        site_title = text(driver.find_element(By.CSS_SELECTOR, ".site-title"))
        self.assertTrue(site_title, "the header has no site title")
        self.assertEqual(h1_text(), site_title, "the overview's h1 is not the site title")
        self.assertEqual(len(driver.find_elements(By.TAG_NAME, "h1")), 1, "more than one h1")
        self.assertIn(site_title, driver.title)
        self.assertEqual([text(a) for a in nav_links()], nav_labels())
        self.assertEqual(current_nav(), ["Overview"])
        lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        self.assertTrue(lang, "<html> has no lang")

    def test_nav_reaches_sections_and_back(self):
        load("index.html")
        for label in ("Sources", "Notes"):
            click_and_wait(nav_link(label))
            self.assertTrue(rel_of(driver.current_url).endswith(label.lower() + "/index.html"),
                            "nav %s went to %s" % (label, rel_of(driver.current_url)))
            self.assertEqual(h1_text(), label)
            self.assertEqual(current_nav(), [label])
        click_and_wait(nav_link("Overview"))
        self.assertEqual(rel_of(driver.current_url), "index.html")
        click_and_wait(nav_link("Notes"))
        click_and_wait(driver.find_element(By.CSS_SELECTOR, ".site-title"))
        self.assertEqual(rel_of(driver.current_url), "index.html")

    def test_stats_match_the_lists(self):
        load("index.html")
        stats = {text(dt): text(dd) for dt, dd in zip(
            driver.find_elements(By.CSS_SELECTOR, ".stats dt"),
            driver.find_elements(By.CSS_SELECTOR, ".stats dd"))}
        for label in ("Sources", "Notes"):
            if label in stats:
                n = len(list_links(label.lower() + "/index.html"))
                self.assertEqual(stats[label].replace(",", ""), str(n),
                                 "overview says %s %s, the list has %d" % (stats[label], label, n))

    def test_skip_link(self):
        load("index.html")
        skip = driver.find_element(By.CSS_SELECTOR, "a.skip-link")
        self.assertEqual(skip.get_attribute("href").split("#", 1)[1], "main")
        main = driver.find_element(By.ID, "main")
        self.assertEqual(main.tag_name, "main")
        # The first Tab lands on the skip link, which then becomes visible.
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        self.assertEqual(active.get_attribute("class"), skip.get_attribute("class"),
                         "the first Tab stop is not the skip link")
        rect = driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", skip)
        self.assertGreaterEqual(rect["top"], 0, "focused skip link is off screen")
        self.assertGreater(rect["height"], 0)
        active.send_keys(Keys.ENTER)
        WebDriverWait(driver, TIMEOUT).until(lambda d: d.current_url.endswith("#main"))
        self.assertEqual(driver.switch_to.active_element.get_attribute("id"), "main",
                         "after the skip link, focus is not in <main>")


class Sources(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sources = list_links("sources/index.html")

    def test_listed(self):
        self.assertTrue(self.sources, "the sources index lists no source")
        self.assertEqual(len({u for _, u in self.sources}), len(self.sources), "a source is listed twice")

    def test_every_source_opens_and_returns(self):
        for i, (title, url) in enumerate(self.sources):
            with self.subTest(source=rel_of(url)):
                load("sources/index.html")
                link = driver.find_elements(By.CSS_SELECTOR, "main .items .item-title a, main .items li h3 a")[i]
                click_and_wait(link)
                self.assertEqual(urldefrag(driver.current_url)[0], url)
                self.assertTrue(url.endswith("/index.html"), url)
                self.assertEqual(h1_text(), title)
                self.assertEqual(len(driver.find_elements(By.TAG_NAME, "h1")), 1)
                self.assertIn(title, driver.title)
                self.assertEqual(current_nav(), ["Sources"])
                ids = driver.execute_script(
                    "return [...document.querySelectorAll('span.s[id]')].map(s => s.id)")
                self.assertTrue(ids, "no sentence spans")
                self.assertTrue(all(x.startswith("s-") for x in ids), ids[:5])
                self.assertEqual(len(set(ids)), len(ids), "duplicate sentence ids")
                self.assertEqual(ids[0], "s-1")
                kicker = driver.find_element(By.CSS_SELECTOR, ".kicker a")
                self.assertEqual(text(kicker), "Sources")
                click_and_wait(kicker)
                self.assertEqual(rel_of(driver.current_url), "sources/index.html")
                self.assertEqual(h1_text(), "Sources")
                # and the same through the nav
                load(url)
                click_and_wait(nav_link("Sources"))
                self.assertEqual(rel_of(driver.current_url), "sources/index.html")

    def test_pager_walks_the_list_in_order(self):
        check_pager(self, self.sources)

    def test_fragment_scrolls_sentence_into_view(self):
        # a long source, so that the sentence would be out of view without the fragment
        candidates = []
        for title, url in self.sources:
            load(url)
            n = len(driver.find_elements(By.CSS_SELECTOR, "span.s[id]"))
            candidates.append((n, url))
        n, url = max(candidates)
        targets = ["s-3"] if n >= 3 else []
        if n > 3:
            targets.append("s-%d" % n)
        if not targets:
            self.skipTest("no source has three sentences")
        for target in targets:
            with self.subTest(fragment=target):
                load("index.html")  # a fresh load, as from a link elsewhere
                driver.get(url + "#" + target)
                wait_ready()
                found = driver.find_elements(By.ID, target)
                self.assertTrue(found, "%s has no #%s" % (rel_of(url), target))
                el = found[0]
                in_view = ("const r = arguments[0].getBoundingClientRect();"
                           "return r.top >= 0 && r.top < window.innerHeight && r.height > 0;")
                try:  # allow for smooth scrolling
                    WebDriverWait(driver, 3).until(lambda d: d.execute_script(in_view, el))
                except Exception:
                    rect = driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", el)
                    self.fail("#%s is not in the viewport: %r, scrollY=%s" % (
                        target, rect, driver.execute_script("return scrollY")))
                self.assertTrue(driver.execute_script("return arguments[0].matches(':target')", el))
                bg = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", el)
                self.assertNotIn(bg, ("rgba(0, 0, 0, 0)", "transparent"),
                                 "the targeted sentence is not highlighted")

    def test_removed_box_closed_then_opens(self):
        found = 0
        for title, url in self.sources:
            load(url)
            boxes = driver.find_elements(By.CSS_SELECTOR, "details.removed")
            if not boxes:
                continue
            found += 1
            with self.subTest(source=rel_of(url)):
                box = boxes[0]
                self.assertIsNone(box.get_attribute("open"), "the removed box is open by default")
                items = box.find_elements(By.CSS_SELECTOR, "li")
                self.assertTrue(items, "the removed box lists nothing")
                self.assertFalse(any(li.is_displayed() for li in items), "removed items shown while closed")
                summary = box.find_element(By.TAG_NAME, "summary")
                self.assertTrue(summary.is_displayed())
                driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary)
                summary.click()
                WebDriverWait(driver, TIMEOUT).until(lambda d: box.get_attribute("open") is not None)
                self.assertTrue(all(li.is_displayed() for li in items), "removed items hidden once open")
                summary.click()
                WebDriverWait(driver, TIMEOUT).until(lambda d: box.get_attribute("open") is None)
        if not found:
            self.skipTest("no source has a removed box")


class Notes(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.notes = list_links("notes/index.html")

    def test_links_in_notes_go_both_ways(self):
        """A source or note that a note's text links to lists that note among its backlinks,
        and following the backlink leads back to the note."""
        checked = 0
        for title, url in self.notes:
            load(url)
            targets = {urldefrag(a.get_attribute("href"))[0] for a in driver.find_elements(By.CSS_SELECTOR, ".prose a")
                       if re.search(r"/(sources|notes)/[^/]+/index\.html", a.get_attribute("href") or "")}
            for target in sorted(targets):
                if target == url:
                    continue
                with self.subTest(note=rel_of(url), target=rel_of(target)):
                    load(target)
                    backlinks = driver.find_elements(By.CSS_SELECTOR, ".backlinks a")
                    back = [a for a in backlinks if a.get_attribute("href") == url]
                    self.assertTrue(back, "%s does not list %r among its backlinks" % (rel_of(target), title))
                    click_and_wait(back[0])
                    self.assertEqual(h1_text(), title)
                    checked += 1
        if not checked:
            self.skipTest("no note links to a source or another note")

    def test_tag_links_lead_to_pages_that_list_the_item(self):
        if not (SITE / "tags" / "index.html").is_file():
            self.skipTest("no tags")
        for title, url in self.notes:
            load(url)
            tags = [(text(a), a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "article .tag")]
            for name, href in tags:
                with self.subTest(note=rel_of(url), tag=name):
                    load(href)
                    self.assertEqual(h1_text(), name)
                    items = [text(a) for a in driver.find_elements(By.CSS_SELECTOR, "main .item-title a")]
                    self.assertIn(title, items)

    def test_every_note_opens_and_returns(self):
        if not self.notes:
            self.skipTest("no notes")
        for i, (title, url) in enumerate(self.notes):
            with self.subTest(note=rel_of(url)):
                load("notes/index.html")
                link = driver.find_elements(By.CSS_SELECTOR, "main .items .item-title a, main .items li h3 a")[i]
                click_and_wait(link)
                self.assertEqual(urldefrag(driver.current_url)[0], url)
                self.assertEqual(h1_text(), title)
                self.assertEqual(current_nav(), ["Notes"])
                kicker = driver.find_element(By.CSS_SELECTOR, ".kicker a")
                self.assertEqual(text(kicker), "Notes")
                click_and_wait(kicker)
                self.assertEqual(rel_of(driver.current_url), "notes/index.html")

    def test_home_lists_the_latest_notes(self):
        load("index.html")
        home = [text(a) for a in driver.find_elements(
            By.CSS_SELECTOR, "section[aria-labelledby=notes-heading] .item-title a")]
        self.assertEqual(home, [t for t, _ in self.notes][:len(home)],
                         "the overview's notes are not the newest of the notes index")

    def test_pager_walks_the_list_in_order(self):
        check_pager(self, self.notes)


def check_pager(test, items):
    """Following "Older" from the first item visits the list in order; "Newer" walks back."""
    if len(items) < 2:
        test.skipTest("fewer than two items, no pager")
    titles = [t for t, _ in items]
    urls = [u for _, u in items]
    load(urls[0])
    test.assertFalse(driver.find_elements(By.CSS_SELECTOR, ".pager-newer"), "the newest item has a Newer link")
    for i in range(1, len(items)):
        older = driver.find_elements(By.CSS_SELECTOR, ".pager a[rel=next], .pager-older")
        test.assertTrue(older, "no Older link on %s" % rel_of(urls[i - 1]))
        click_and_wait(older[0])
        test.assertEqual(urldefrag(driver.current_url)[0], urls[i], "Older from item %d" % (i - 1))
        test.assertEqual(h1_text(), titles[i])
    test.assertFalse(driver.find_elements(By.CSS_SELECTOR, ".pager-older"), "the oldest item has an Older link")
    for i in range(len(items) - 2, -1, -1):
        newer = driver.find_elements(By.CSS_SELECTOR, ".pager a[rel=prev], .pager-newer")
        test.assertTrue(newer, "no Newer link on %s" % rel_of(urls[i + 1]))
        label = text(newer[0])
        test.assertIn(titles[i].rstrip("…"), label)
        click_and_wait(newer[0])
        test.assertEqual(urldefrag(driver.current_url)[0], urls[i])


# --------------------------------------------------------------------------
# Entities: read everything from the pages (names, aliases, links), never from
# the sample. Each page is loaded once and read with one script, to keep the
# run short.

JS_ENTITY_PAGE = r"""
const t = e => e ? e.textContent.replace(/\s+/g, ' ').trim() : null;
let aliases = null;
for (const dt of document.querySelectorAll('.facts dt'))
  if (t(dt).toLowerCase() === 'also called') aliases = t(dt.nextElementSibling);
return {
  h1: t(document.querySelector('h1')),
  aliases: aliases,
  kicker: (document.querySelector('.kicker a') || {}).href || null,
  contexts: [...document.querySelectorAll('main a.context')].map(a => ({
    href: a.href, text: t(a), marks: [...a.querySelectorAll('mark')].map(t)})),
  events: [...document.querySelectorAll('main ol.events li.event')].map(li => {
    const a = li.querySelector('.event-title a'), time = li.querySelector('.event-date time');
    return {href: a ? a.href : null, title: t(a), date: t(time), datetime: time ? time.getAttribute('datetime') : null,
            future: li.classList.contains('future'), badge: !!li.querySelector('.badge')};
  }),
};"""

JS_TEXT_PAGE = r"""
const t = e => e ? e.textContent.replace(/\s+/g, ' ').trim() : null;
const body = document.querySelector('main .article-text') || document.querySelector('main article .prose');
const sentences = {};
for (const s of document.querySelectorAll('main .s[id]')) sentences[s.id] = t(s);
return {
  h1: t(document.querySelector('h1')),
  sentences: sentences,
  links: body ? [...body.querySelectorAll('a[href]')].map(a => [t(a), a.href]) : [],
  named: [...document.querySelectorAll('main section.named .entity-list a')].map(a => [t(a), a.href]),
};"""

_page_cache = {}


def read_page(url, script):
    """What `script` returns on the page at url (fragment dropped), loaded once per run."""
    url = urldefrag(url)[0]
    key = (url, script)
    if key not in _page_cache:
        load(url)
        _page_cache[key] = driver.execute_script(script)
    return _page_cache[key]


def is_entity_page(url):
    return re.fullmatch(r"entities/[^/]+/index\.html", rel_of(url)) is not None


def names_of(page):
    """The names an entity page gives its entity: its h1 and each "Also called"."""
    return page["h1"], page["aliases"] or ""


def is_called(link_text, page):
    name, aliases = names_of(page)
    if link_text == name:
        return True
    # "Also called" is a comma-separated list; match whole items (an item may hold a comma)
    return re.search(r"(^|, )%s(, |$)" % re.escape(link_text), aliases) is not None


def entity_index_links():
    load("entities/index.html")
    return [(text(a), a.get_attribute("href")) for a in driver.find_elements(
        By.CSS_SELECTOR, "main .entity-group .entity-list li > a")]


class Entities(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not (SITE / "entities" / "index.html").is_file():
            raise unittest.SkipTest("no entities index (the dossier has no entities)")
        cls.entities = entity_index_links()

    def test_nav_reaches_the_index(self):
        load("index.html")
        click_and_wait(nav_link("Entities"))
        self.assertEqual(rel_of(driver.current_url), "entities/index.html")
        self.assertEqual(h1_text(), "Entities")
        self.assertEqual(current_nav(), ["Entities"])
        # the home page's stats link there too, if they count entities
        load("index.html")
        stat = [a for a in driver.find_elements(By.CSS_SELECTOR, ".stats dd a")
                if rel_of(a.get_attribute("href")) == "entities/index.html"]
        if stat:
            self.assertEqual(text(stat[0]).replace(",", ""), str(len(self.entities)),
                             "the overview's entity count is not the number listed")

    def test_index_lists_every_entity_page_once(self):
        self.assertTrue(self.entities, "the entities index lists nothing")
        listed = [rel_of(u) for _, u in self.entities]
        self.assertEqual(len(set(listed)), len(listed), "an entity is listed twice")
        self.assertTrue(all(is_entity_page(u) for _, u in self.entities), listed)
        on_disk = {p.relative_to(SITE).as_posix() for p in (SITE / "entities").glob("*/index.html")}
        self.assertEqual(sorted(on_disk - set(listed)), [], "entity pages the index does not list")

    def test_toc_matches_the_groups(self):
        load("entities/index.html")
        toc = driver.execute_script(r"""
            return [...document.querySelectorAll('nav.toc li')].map(li => {
              const a = li.querySelector('a'), c = li.querySelector('.count');
              const id = decodeURIComponent(a.hash.slice(1)), target = document.getElementById(id);
              const group = target && target.closest('section');
              return [a.textContent.trim(), id, !!target, c ? c.textContent.trim() : null,
                      group ? group.querySelectorAll('.entity-list > li').length : -1];
            });""")
        self.assertTrue(toc, "the entities index has no table of contents")
        groups = len(driver.find_elements(By.CSS_SELECTOR, "main section.entity-group"))
        self.assertEqual(len(toc), groups, "the table of contents and the groups differ")
        for label, anchor, found, count, items in toc:
            with self.subTest(group=label):
                self.assertTrue(found, "#%s names no element" % anchor)
                self.assertGreater(items, 0, "group %s is empty" % label)
                if count is not None:
                    self.assertEqual(count, str(items), "the count beside %s is not its number of items" % label)
        # following a toc link lands on its heading
        first = driver.find_element(By.CSS_SELECTOR, "nav.toc a")
        anchor = first.get_attribute("href").split("#", 1)[1]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", first)
        first.click()
        WebDriverWait(driver, TIMEOUT).until(lambda d: d.current_url.endswith("#" + anchor))

    def test_every_entity_opens_with_its_name(self):
        # one reader's click for real, then every page by address
        load("entities/index.html")
        first = driver.find_element(By.CSS_SELECTOR, "main .entity-group .entity-list li > a")
        name, url = text(first), first.get_attribute("href")
        click_and_wait(first)
        self.assertEqual(urldefrag(driver.current_url)[0], url)
        self.assertEqual(h1_text(), name)
        self.assertEqual(current_nav(), ["Entities"])
        kicker = driver.find_element(By.CSS_SELECTOR, ".kicker a")
        click_and_wait(kicker)
        self.assertEqual(rel_of(driver.current_url), "entities/index.html")
        # which entities each heading's group lists: the kicker of an entity page leads to its group
        groups = driver.execute_script(r"""
            const out = {};
            for (const s of document.querySelectorAll('main section'))
              for (const h of s.querySelectorAll('[id]'))
                out[h.id] = [...s.querySelectorAll('.entity-list a')].map(a => a.href);
            return out;""")
        for name, url in self.entities:
            with self.subTest(entity=rel_of(url)):
                page = read_page(url, JS_ENTITY_PAGE)
                self.assertEqual(page["h1"], name, "listed as %r, the page's h1 is %r" % (name, page["h1"]))
                # the kicker leads back to the entity's own group on the index
                self.assertTrue(page["kicker"], "no kicker link")
                self.assertEqual(rel_of(page["kicker"]), "entities/index.html")
                fragment = unquote(urldefrag(page["kicker"])[1])
                if fragment:
                    self.assertIn(fragment, groups, "the kicker's #%s is no group of the index" % fragment)
                    self.assertIn(url, groups[fragment], "the kicker's group #%s does not list the entity" % fragment)

    def test_mentions_point_at_sentences_of_sources(self):
        checked = 0
        for name, url in self.entities:
            page = read_page(url, JS_ENTITY_PAGE)
            with self.subTest(entity=rel_of(url)):
                self.assertTrue(page["contexts"], "no mentions")
                for c in page["contexts"]:
                    target, fragment = urldefrag(c["href"])
                    self.assertTrue(re.fullmatch(r"sources/[^/]+/index\.html", rel_of(target)),
                                    "context link %r does not lead to a source page" % c["href"])
                    self.assertRegex(fragment, r"^s-\d+$", "context link %r names no sentence" % c["href"])
                    source = read_page(target, JS_TEXT_PAGE)
                    sentence = source["sentences"].get(fragment)
                    self.assertIsNotNone(sentence, "%s has no #%s" % (rel_of(target), fragment))
                    self.assertTrue(c["marks"], "the context %r marks no name" % c["text"][:60])
                    for mark in c["marks"]:
                        self.assertIn(mark, sentence, "%s#%s does not contain %r" % (rel_of(target), fragment, mark))
                        self.assertTrue(is_called(mark, page),
                                        "the context marks %r, which is not a name of %s" % (mark, page["h1"]))
                    # the context quotes the sentence (maybe shortened with an ellipsis)
                    for part in re.split(r"\s*…\s*", c["text"]):
                        self.assertIn(part, sentence, "the context is not the sentence it links to")
                    checked += 1
        self.assertGreater(checked, 0)
        # and a reader's click lands on the highlighted sentence
        name, url = self.entities[0]
        load(url)
        link = driver.find_element(By.CSS_SELECTOR, "main a.context")
        fragment = urldefrag(link.get_attribute("href"))[1]
        click_and_wait(link)
        self.assertTrue(driver.current_url.endswith("#" + fragment))
        self.assertEqual(current_nav(), ["Sources"])
        self.assertTrue(driver.execute_script(
            "const e = document.getElementById(arguments[0]); return !!e && e.matches(':target')", fragment))

    def test_names_linked_in_sources_and_notes(self):
        pages = [u for _, u in list_links("sources/index.html")]
        if (SITE / "notes" / "index.html").is_file():
            pages += [u for _, u in list_links("notes/index.html")]
        linked = 0
        for url in pages:
            page = read_page(url, JS_TEXT_PAGE)
            with self.subTest(page=rel_of(url)):
                named = {u for _, u in page["named"]}
                for label, href in page["links"]:
                    if not is_entity_page(href):
                        continue  # an editor's own link in a note, or a link to the entities index
                    linked += 1
                    self.assertTrue(path_of(href).is_file(), "%r links to a missing page" % label)
                    entity = read_page(href, JS_ENTITY_PAGE)
                    if rel_of(url).startswith("notes/") and not is_called(label, entity):
                        continue  # a wikilink with the editor's own text: [[Name|text]]
                    self.assertTrue(is_called(label, entity),
                                    "%r links to %s, whose names are %r" % (label, rel_of(href), names_of(entity)))
                    if page["named"]:
                        self.assertIn(href, named, "%r is linked in the text but not under Named in" % label)
                for label, href in page["named"]:
                    self.assertTrue(is_entity_page(href), href)
                    self.assertEqual(read_page(href, JS_ENTITY_PAGE)["h1"], label)
        if not linked:
            self.skipTest("no entity names are linked in the sources and notes")

    def test_home_key_entities(self):
        load("index.html")
        links = [(text(a), a.get_attribute("href")) for a in driver.find_elements(
            By.CSS_SELECTOR, ".key-entities a")]
        if not links:
            self.skipTest("the overview shows no key entities")
        listed = {u for _, u in self.entities}
        for name, url in links:
            with self.subTest(entity=name):
                self.assertIn(url, listed, "%r on the overview is not on the entities index" % name)
                self.assertEqual(read_page(url, JS_ENTITY_PAGE)["h1"], name)


# --------------------------------------------------------------------------
# Timeline: the chart, the events, their citations, the key events on the
# overview and on entity pages, and the dates marked in the source text. All
# read from the pages.

JS_TIMELINE_PAGE = r"""
const t = e => e ? e.textContent.replace(/\s+/g, ' ').trim() : null;
const byIds = ids => (ids || '').split(/\s+/).filter(Boolean)
  .map(id => t(document.getElementById(id)) || '').join(' ').trim();
const svg = document.querySelector('main svg.timeline-chart, main figure svg');
return {
  h1: t(document.querySelector('h1')),
  chart: svg ? {
    role: svg.getAttribute('role'),
    title: t(svg.querySelector(':scope > title')),
    desc: t(svg.querySelector(':scope > desc')),
    label: byIds(svg.getAttribute('aria-labelledby')) || svg.getAttribute('aria-label'),
    marks: [...svg.querySelectorAll('a')].map(a => ({
      href: a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'),
      classes: [...a.classList], title: t(a.querySelector('title')),
      shapes: a.querySelectorAll('circle, rect, ellipse, path, polygon, line').length})),
  } : null,
  events: [...document.querySelectorAll('main li.event')].map(li => {
    const time = li.querySelector('.event-date time'), section = li.closest('section');
    return {
      id: li.id, future: li.classList.contains('future'), badge: t(li.querySelector('.event-date .badge')),
      date: t(time), datetime: time ? time.getAttribute('datetime') : null,
      title: t(li.querySelector('.event-title')),
      year: section ? t(section.querySelector('h2')) : null,
      entities: [...li.querySelectorAll('.event-entities a[href]')].map(a => a.href),
      summary: t(li.querySelector('details.citations > summary')),
      citations: [...li.querySelectorAll('details.citations li')].map(c => {
        const a = c.querySelector('a[href]');
        return {href: a ? a.href : null, title: t(a), phrase: t(c.querySelector('.meta'))};
      }),
      conflicts: [...li.querySelectorAll('.conflict a[href]')].map(a => a.href),
    };
  }),
};"""

# Focus every marked date in the source text in turn; what a reader gets on focus.
JS_DATE_EXPRESSIONS = r"""
const t = e => e ? e.textContent.replace(/\s+/g, ' ').trim() : null;
const out = [];
for (const e of document.querySelectorAll('main time.date-expr')) {
  e.scrollIntoView({block: 'center', behavior: 'instant'});
  e.focus();
  const after = getComputedStyle(e, '::after');
  out.push({text: t(e), tabindex: e.getAttribute('tabindex'), value: e.getAttribute('data-value'),
            title: e.getAttribute('title'), datetime: e.getAttribute('datetime'),
            focused: document.activeElement === e, after: after.content,
            visible: after.display !== 'none' && after.visibility !== 'hidden' && after.opacity !== '0',
            width: [document.documentElement.scrollWidth, document.documentElement.clientWidth]});
  e.blur();
}
return out;"""

JS_CHART_COLOURS = JS_COLOR_FUNCS + r"""
const svg = document.querySelector('main svg.timeline-chart, main figure svg');
const bg = bgOf(svg), low = [];
for (const e of svg.querySelectorAll('text')) {
  if (!e.textContent.trim()) continue;
  const r = ratio(rgba(getComputedStyle(e).fill), bg);
  if (r < 4.5) low.push(['text', e.textContent.trim(), Math.round(r * 100) / 100]);
}
// marks are graphics: 3:1 against the background (their outline when hollow)
for (const a of svg.querySelectorAll('a')) {
  for (const s of a.querySelectorAll('circle, rect, ellipse, path, polygon')) {
    const st = getComputedStyle(s), fill = rgba(st.fill);
    const paint = fill[3] > 0.5 ? fill : rgba(st.stroke);
    const r = ratio(paint, bg);
    if (r < 3) low.push(['mark', a.getAttribute('href'), Math.round(r * 100) / 100]);
  }
}
return low;"""

_DATE = r"(\d{4,})-(\d\d)-(\d\d)"
_TIME = r"\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?"
_ZONE = r"(?:Z|[+-]\d\d:?\d\d)"


def valid_datetime(value):
    """Whether `value` is a valid HTML datetime attribute of a <time>.

    A year, a month, a date, a yearless date, a week, a time, a local or global
    date and time, or a duration. An interval such as 2025-09-15/2025-09-19 is not.
    """
    v = (value or "").strip()
    m = re.fullmatch(r"(\d{4,})(?:-(\d\d)(?:-(\d\d))?)?", v)
    if m:
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if year < 1 or (month and not 1 <= int(month) <= 12):
            return False
        if day:
            import calendar
            return 1 <= int(day) <= calendar.monthrange(year, int(month))[1]
        return True
    if re.fullmatch(r"(?:--)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", v):
        return True
    m = re.fullmatch(r"(\d{4,})-W(\d\d)", v)
    if m:
        return 1 <= int(m.group(2)) <= 53
    if re.fullmatch(_TIME + _ZONE + "?", v):
        return True
    m = re.fullmatch(_DATE + r"[T ]" + _TIME + "(?:" + _ZONE + ")?", v)
    if m:
        return valid_datetime(v[:m.end(3)])
    return bool(re.fullmatch(r"P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?", v))


def date_start(value):
    """(year, month, day) where a datetime value (or the start of an interval) begins, or None."""
    m = re.match(r"(\d{4,})(?:-(\d\d)(?:-(\d\d))?)?", (value or "").split("/")[0])
    return (int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)) if m else None


def quoted(phrase):
    """The words inside the quotation marks of a citation's "(“…”)" note, or None."""
    m = re.search(r"[“\"](.+)[”\"]", phrase or "")
    return m.group(1) if m else None


class Timeline(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rel = "timeline/index.html"
        cls.page = read_page(url_of(cls.rel), JS_TIMELINE_PAGE) if (SITE / cls.rel).is_file() else None

    def need_page(self):
        if self.page is None:
            self.skipTest("no timeline page (the dossier has no dated events)")
        if not self.page["events"]:
            self.skipTest("the timeline lists no events")
        return self.page

    def test_nav_reaches_the_page(self):
        self.need_page()
        load("index.html")
        click_and_wait(nav_link("Timeline"))
        self.assertEqual(rel_of(driver.current_url), self.rel)
        self.assertEqual(h1_text(), "Timeline")
        self.assertEqual(current_nav(), ["Timeline"])
        # the overview's count of events leads there too, and is the number listed
        load("index.html")
        stat = [a for a in driver.find_elements(By.CSS_SELECTOR, ".stats dd a")
                if rel_of(a.get_attribute("href")) == self.rel]
        if stat:
            self.assertEqual(text(stat[0]).replace(",", ""), str(len(self.page["events"])),
                             "the overview's event count is not the number on the timeline")

    def test_events_have_a_date_and_a_title(self):
        events = self.need_page()["events"]
        ids = [e["id"] for e in events]
        self.assertTrue(all(ids), "an event has no id to link to")
        self.assertEqual(len(set(ids)), len(ids), "two events share an id")
        starts = []
        for e in events:
            with self.subTest(event=e["id"]):
                self.assertTrue(e["date"], "no date <time>")
                self.assertTrue(valid_datetime(e["datetime"]),
                                "datetime=%r (%s) is not a valid HTML date" % (e["datetime"], e["date"]))
                self.assertTrue(e["title"], "no title")
                self.assertEqual(bool(e["badge"]), e["future"], "the 'expected' badge and the future class disagree")
                start = date_start(e["datetime"])
                if e["year"] and start:
                    self.assertEqual(str(start[0]), e["year"], "listed under %s" % e["year"])
                starts.append(start)
        known = [s for s in starts if s]
        self.assertEqual(known, sorted(known), "the events are not in date order")

    def test_chart_is_labelled(self):
        chart = self.need_page()["chart"]
        if chart is None:
            self.skipTest("the timeline has no chart")
        # an <svg> is a graphics document by default; role=img would make its marks
        # (links) presentational, hidden from screen readers (axe: nested-interactive)
        self.assertIn(chart["role"], (None, "img", "document", "graphics-document", "group", "figure"))
        if chart["role"] == "img":
            self.assertEqual(len(chart["marks"]), 0, "a chart with role=img must not hold links: "
                             "drop the role (and label it with aria-labelledby/aria-describedby)")
        self.assertTrue(chart["title"], "the chart has no <title>")
        self.assertTrue(chart["desc"], "the chart has no <desc>")
        self.assertTrue(chart["label"], "the chart has no accessible name (aria-labelledby/aria-label)")

    def test_chart_marks_lead_to_events(self):
        page = self.need_page()
        chart = page["chart"]
        if chart is None:
            self.skipTest("the timeline has no chart")
        events = {e["id"]: e for e in page["events"]}
        targets = []
        for mark in chart["marks"]:
            with self.subTest(mark=mark["href"]):
                self.assertTrue((mark["href"] or "").startswith("#"), "a mark links off the page: %r" % mark["href"])
                target = unquote(mark["href"][1:])
                self.assertTrue(target in events, "mark %r names no event on the page" % mark["href"])
                targets.append(target)
                self.assertTrue(mark["title"], "the mark has no <title>")
                self.assertGreater(mark["shapes"], 0, "the mark draws nothing")
                kinds = [c for c in ("day", "month", "year", "interval") if c in mark["classes"]]
                self.assertEqual(len(kinds), 1, "mark classes %r" % mark["classes"])
                self.assertEqual("future" in mark["classes"], events[target]["future"],
                                 "the mark and the event disagree on 'expected'")
        self.assertEqual(sorted(targets), sorted(events), "not one mark per event")
        # colours: year labels readable, marks visible, in both schemes
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
            try:
                load(self.rel)
                self.assertEqual(driver.execute_script(JS_CHART_COLOURS), [], "low contrast in the chart (%s)" % scheme)
            finally:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
        # a reader's click on a mark moves to its event: the first, the last and an expected one
        marks = driver.find_elements(By.CSS_SELECTOR, "main svg a")
        picks = {0, len(marks) - 1}
        picks |= {i for i, m in enumerate(chart["marks"]) if "future" in m["classes"]}
        for i in sorted(picks)[:4]:
            load(self.rel)
            mark = driver.find_elements(By.CSS_SELECTOR, "main svg a")[i]
            target = unquote(chart["marks"][i]["href"][1:])
            with self.subTest(click=target):
                driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                                      driver.find_element(By.CSS_SELECTOR, "main svg"))
                mark.click()
                WebDriverWait(driver, TIMEOUT).until(lambda d: unquote(urldefrag(d.current_url)[1]) == target)
                el = driver.find_element(By.ID, target)
                in_view = ("const r = arguments[0].getBoundingClientRect();"
                           "return r.top >= -1 && r.top < window.innerHeight && r.height > 0;")
                WebDriverWait(driver, 3).until(lambda d: d.execute_script(in_view, el))
                self.assertTrue(driver.execute_script("return arguments[0].matches(':target')", el))

    def test_chart_scales_to_a_phone(self):
        page = self.need_page()
        if page["chart"] is None:
            self.skipTest("the timeline has no chart")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True})
        try:
            load(self.rel)
            box = driver.execute_script("""
                const s = document.querySelector('main svg.timeline-chart, main figure svg'), r = s.getBoundingClientRect();
                return [r.left, r.right, r.height, document.documentElement.clientWidth, s.parentElement.getBoundingClientRect().right];""")
            left, right, height, width, parent = box
            self.assertGreaterEqual(left, 0)
            self.assertLessEqual(right, min(width, parent) + 0.5, "the chart is wider than the page")
            self.assertGreater(height, 0, "the chart has no height")
        finally:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def test_citations_point_at_sentences(self):
        events = self.need_page()["events"]
        checked = 0
        for e in events:
            with self.subTest(event=e["id"]):
                self.assertTrue(e["citations"], "the event cites no source")
                sources = set()
                for c in e["citations"]:
                    target, fragment = urldefrag(c["href"] or "")
                    self.assertTrue(re.fullmatch(r"sources/[^/]+/index\.html", rel_of(target)),
                                    "citation %r does not lead to a source page" % c["href"])
                    self.assertRegex(fragment, r"^s-\d+$", "citation %r names no sentence" % c["href"])
                    source = read_page(target, JS_TEXT_PAGE)
                    self.assertEqual(source["h1"], c["title"], "the citation's title is not the source's")
                    sentence = source["sentences"].get(fragment)
                    self.assertIsNotNone(sentence, "%s has no #%s" % (rel_of(target), fragment))
                    phrase = quoted(c["phrase"])
                    if phrase:
                        self.assertIn(phrase.casefold(), sentence.casefold(),
                                      "%s#%s does not say %r" % (rel_of(target), fragment, phrase))
                    sources.add(target)
                    checked += 1
                for href in e["conflicts"]:
                    target, fragment = urldefrag(href)
                    self.assertIn(fragment, read_page(target, JS_TEXT_PAGE)["sentences"],
                                  "the conflicting date's link %r names no sentence" % href)
                    sources.add(target)
                # "N sources" counts the sources cited, and those that give another date
                count = re.search(r"\d+", e["summary"] or "")
                self.assertTrue(count, "the citations' summary %r gives no count" % e["summary"])
                self.assertEqual(int(count.group(0)), len(sources), "%r, but %d source pages are cited"
                                 % (e["summary"], len(sources)))
        self.assertGreater(checked, 0)
        # the citations start closed; a reader opens them and follows one to the sentence
        load(self.rel)
        details = driver.find_element(By.CSS_SELECTOR, "main li.event details.citations")
        self.assertIsNone(details.get_attribute("open"), "citations are open by default")
        link = details.find_element(By.CSS_SELECTOR, "a[href]")
        self.assertFalse(link.is_displayed(), "a citation is shown while closed")
        summary = details.find_element(By.TAG_NAME, "summary")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", summary)
        summary.click()
        WebDriverWait(driver, TIMEOUT).until(lambda d: link.is_displayed())
        fragment = urldefrag(link.get_attribute("href"))[1]
        click_and_wait(link)
        self.assertEqual(current_nav(), ["Sources"])
        self.assertTrue(driver.execute_script(
            "const e = document.getElementById(arguments[0]); return !!e && e.matches(':target')", fragment))

    def check_event_links(self, listed, where):
        """Event links elsewhere (title, date) name an event of the timeline and agree with it."""
        events = {e["id"]: e for e in self.page["events"]}
        for item in listed:
            with self.subTest(where=where, event=item["title"]):
                self.assertTrue(item["href"], "the event's title links nowhere")
                target, fragment = urldefrag(item["href"])
                self.assertEqual(rel_of(target), self.rel, "%r does not lead to the timeline" % item["href"])
                fragment = unquote(fragment)
                self.assertTrue(fragment in events, "#%s is no event of the timeline" % fragment)
                event = events[fragment]
                self.assertEqual(item["title"], event["title"])
                self.assertEqual(item["date"], event["date"])
                self.assertEqual(item["datetime"], event["datetime"])
                self.assertEqual(item["future"], event["future"])
                self.assertEqual(item["badge"], event["future"], "the 'expected' badge and the future class disagree")
        return events

    def test_home_key_events(self):
        self.need_page()
        load("index.html")
        listed = driver.execute_script(r"""
            const t = e => e ? e.textContent.replace(/\s+/g, ' ').trim() : null;
            return [...document.querySelectorAll('main ol.events li.event')].map(li => {
              const a = li.querySelector('.event-title a'), time = li.querySelector('.event-date time');
              return {href: a ? a.href : null, title: t(a), date: t(time), datetime: time ? time.getAttribute('datetime') : null,
                      future: li.classList.contains('future'), badge: !!li.querySelector('.badge')};
            });""")
        if not listed:
            self.skipTest("the overview shows no key events")
        self.check_event_links(listed, "index.html")
        more = [a for a in driver.find_elements(By.CSS_SELECTOR, "main .more-link a")
                if rel_of(a.get_attribute("href")) == self.rel]
        self.assertTrue(more, "no link from the key events to the whole timeline")
        # a reader's click lands on the event
        link = driver.find_element(By.CSS_SELECTOR, "main ol.events li.event .event-title a")
        fragment = unquote(urldefrag(link.get_attribute("href"))[1])
        click_and_wait(link)
        self.assertEqual(current_nav(), ["Timeline"])
        self.assertTrue(driver.execute_script(
            "const e = document.getElementById(arguments[0]); return !!e && e.matches(':target')", fragment))

    def test_entity_events(self):
        page = self.need_page()
        if not (SITE / "entities" / "index.html").is_file():
            self.skipTest("no entities")
        involved = {}
        for e in page["events"]:
            for href in e["entities"]:
                self.assertTrue(is_entity_page(href), "event %s links %r, no entity page" % (e["id"], href))
                involved.setdefault(urldefrag(href)[0], set()).add(e["id"])
        shown = 0
        for name, url in entity_index_links():
            listed = read_page(url, JS_ENTITY_PAGE)["events"]
            self.check_event_links(listed, rel_of(url))
            ids = {unquote(urldefrag(i["href"])[1]) for i in listed if i["href"]}
            with self.subTest(entity=rel_of(url)):
                self.assertEqual(ids, involved.get(url, set()),
                                 "the entity page's events are not the events that name it")
            shown += len(listed)
        if not shown:
            self.skipTest("no entity page lists events")

    def test_dates_in_source_text_show_their_value_on_focus(self):
        sources = list_links("sources/index.html")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True})
        found = 0
        try:
            for title, url in sources:
                load(url)
                for d in driver.execute_script(JS_DATE_EXPRESSIONS):
                    found += 1
                    with self.subTest(source=rel_of(url), date=d["text"]):
                        self.assertEqual(d["tabindex"], "0", "not reachable with the keyboard")
                        self.assertTrue((d["value"] or "").strip(), "no data-value")
                        self.assertTrue((d["title"] or "").strip(), "no title")
                        if d["datetime"] is not None:
                            self.assertTrue(valid_datetime(d["datetime"]), "datetime=%r" % d["datetime"])
                        self.assertTrue(d["focused"], "focus() does not focus it")
                        self.assertNotIn(d["after"], ("none", "normal", ""), "nothing shows on focus")
                        self.assertIn(d["value"], d["after"], "the value shown on focus is not its data-value")
                        self.assertTrue(d["visible"], "the value shown on focus is hidden")
                        self.assertLessEqual(d["width"][0], d["width"][1], "the shown value makes the page scroll sideways")
        finally:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        if not found:
            self.skipTest("no dates are marked in the sources")
        # and the Tab key reaches one: from the focusable element just before it
        for title, url in sources:
            load(url)
            before = driver.execute_script(r"""
                const all = [...document.querySelectorAll('a[href], [tabindex]:not([tabindex="-1"]), summary')]
                  .filter(e => e.getClientRects().length);
                const i = all.findIndex(e => e.matches('main time.date-expr'));
                if (i < 1) return null;
                all[i - 1].focus();
                return all[i - 1] === document.activeElement;""")
            if not before:
                continue
            driver.switch_to.active_element.send_keys(Keys.TAB)
            self.assertTrue(driver.execute_script(
                "return document.activeElement.matches('time.date-expr')"), "Tab does not reach the marked date")
            break


class WholeSite(unittest.TestCase):
    def test_links_resolve_and_every_page_is_reachable(self):
        pages, broken = crawl()
        self.assertEqual(broken, [], "links to missing files")
        reachable = {rel_of(u) for u in pages}
        on_disk = {p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html")} - {"404.html"}
        self.assertEqual(sorted(on_disk - reachable), [], "pages no link leads to")

    def test_every_page_basics(self):
        pages, _ = crawl()
        for url in pages:
            with self.subTest(page=rel_of(url)):
                load(url)
                self.assertTrue(driver.title.strip(), "empty <title>")
                self.assertEqual(len(driver.find_elements(By.TAG_NAME, "h1")), 1, "not exactly one h1")
                self.assertEqual(len(driver.find_elements(By.ID, "main")), 1)
                self.assertTrue(driver.execute_script(
                    "const l = document.querySelector('link[rel=stylesheet]'); return !!(l && l.sheet)"),
                    "the stylesheet did not load")
                # headings form an outline a screen reader can walk: no skipped levels,
                # and list item titles are real headings
                levels = driver.execute_script(
                    "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
                skips = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
                self.assertEqual(skips, [], "heading levels skip: %s" % levels)
                bad = driver.execute_script(
                    "return [...document.querySelectorAll('.item-title')].map(e => e.tagName.toLowerCase())"
                    ".filter(t => !/^h[2-6]$/.test(t))")
                self.assertEqual(bad, [], "item titles that are not h2-h6 headings")

    def test_no_console_errors(self):
        if browser_errors() is None:
            self.skipTest("this driver keeps no browser log")
        pages, _ = crawl()
        for url in pages:
            with self.subTest(page=rel_of(url)):
                load(url)
                time.sleep(0.05)
                self.assertEqual(browser_errors(), [])

    def test_no_external_requests(self):
        pages, _ = crawl()
        for url in pages:
            with self.subTest(page=rel_of(url)):
                load(url)
                # everything the page fetched, including fonts and CSS url()s
                fetched = driver.execute_script(
                    "return performance.getEntriesByType('resource').map(e => e.name)")
                self.assertEqual([u for u in fetched if not u.startswith("file:")], [],
                                 "fetched from outside the site")
                # attributes that make the browser fetch, written relative
                attrs = driver.execute_script(r"""
                    const out = [];
                    for (const el of document.querySelectorAll(
                        'link[href], script[src], img[src], img[srcset], source[src], source[srcset], ' +
                        'iframe[src], video[src], video[poster], audio[src], embed[src], object[data], ' +
                        'input[src], image, use')) {
                      for (const a of ['href', 'src', 'srcset', 'poster', 'data', 'xlink:href'])
                        if (el.hasAttribute(a)) out.push([el.tagName.toLowerCase(), a, el.getAttribute(a)]);
                    }
                    for (const el of document.querySelectorAll('[style*="url("]'))
                      out.push([el.tagName.toLowerCase(), 'style', el.getAttribute('style')]);
                    return out;""")
                for tag, attr, value in attrs:
                    self.assertFalse(is_absolute(value, style=(attr == "style")), "%s %s=%r" % (tag, attr, value))
                # plain links: relative, except links out of the article/note text
                # (the source's original URL, links an editor wrote in a note)
                links = driver.execute_script(r"""
                    return [...document.querySelectorAll('a[href]')].map(a =>
                      [a.getAttribute('href'), !!a.closest('.prose, .facts, .embedded-post')]);""")
                for href, in_content in links:
                    if is_absolute(href):
                        self.assertTrue(in_content, "site link %r is not relative" % href)
                    elif not href.startswith("#"):
                        self.assertTrue(urldefrag(href)[0].endswith(".html"),
                                        "link %r does not name a file (breaks over file://)" % href)

    def test_phone_viewport_has_no_horizontal_scroll(self):
        pages, _ = crawl()
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True})
        try:
            for url in pages:
                with self.subTest(page=rel_of(url)):
                    load(url)
                    for details in driver.find_elements(By.CSS_SELECTOR, "details"):
                        driver.execute_script("arguments[0].open = true", details)
                    width = driver.execute_script(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                    self.assertEqual(width[1], PHONE[0])
                    if width[0] > width[1]:
                        wide = driver.execute_script("""
                            const w = document.documentElement.clientWidth;
                            return [...document.querySelectorAll('body *')]
                              .filter(e => { const r = e.getBoundingClientRect();
                                return r.right > w + 1 || r.left + e.scrollWidth > w + 1; })
                              .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className);""")
                        self.fail("scrollWidth %d > clientWidth %d; too wide: %s" % (width[0], width[1], wide))
        finally:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


class ColourSchemes(unittest.TestCase):
    def scheme(self, value):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "media": "", "features": [{"name": "prefers-color-scheme", "value": value}]})

    def tearDown(self):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})

    def check(self, dark):
        self.scheme("dark" if dark else "light")
        pages, _ = crawl()
        for url in pages:
            with self.subTest(page=rel_of(url), scheme="dark" if dark else "light"):
                load(url)
                self.assertEqual(driver.execute_script(
                    "return matchMedia('(prefers-color-scheme: dark)').matches"), dark)
                for d in driver.find_elements(By.CSS_SELECTOR, "details"):
                    driver.execute_script("arguments[0].open = true", d)
                out = driver.execute_script(JS_COLORS, TEXT_SELECTOR)
                if dark:
                    self.assertLess(out["body"], 0.05, "the body background is not dark")
                    self.assertGreater(out["text"], 0.5, "the body text is not light")
                else:
                    self.assertGreater(out["body"], 0.8, "the body background is not light")
                    self.assertLess(out["text"], 0.1, "the body text is not dark")
                self.assertEqual(out["low"], [], "text below 4.5:1 contrast")

    def test_light(self):
        self.check(dark=False)

    def test_dark(self):
        self.check(dark=True)


class NotFoundHandler(SimpleHTTPRequestHandler):
    """Serves the site the way static hosts do: 404.html for any missing path."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


class NotFoundPage(unittest.TestCase):
    """The 404 page, as a static host shows it at a missing address."""

    @classmethod
    def setUpClass(cls):
        if not (SITE / "404.html").is_file():
            raise unittest.SkipTest("no 404.html")
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(NotFoundHandler, directory=str(SITE)))
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.base = "http://127.0.0.1:%d/" % cls.server.server_address[1]
        cls.missing = cls.base + "no/such/page/index.html"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def test_links_point_into_the_site(self):
        load(url_of("404.html"))
        hrefs = driver.execute_script(
            "return [...document.querySelectorAll('a[href], link[href]')].map(a => a.getAttribute('href'))")
        for href in hrefs:
            if href.startswith("#"):
                continue
            path = urlparse(href).path
            self.assertTrue(path.startswith("/"),
                            "404.html link %r is relative, so it breaks when shown at a nested address" % href)
            # a configured base URL may add a sub-path in front of the site root
            parts = path.strip("/").split("/")
            self.assertTrue(any((SITE / "/".join(parts[i:])).is_file() for i in range(len(parts))),
                            "404.html link %r names no file of the site" % href)

    def test_shown_at_a_missing_address(self):
        browser_errors()
        driver.get(self.missing)
        wait_ready()
        self.assertTrue(h1_text(), "the 404 page has no h1")
        self.assertEqual(len(driver.find_elements(By.TAG_NAME, "h1")), 1)
        if not driver.execute_script(
                "return [...document.querySelectorAll('a[href]')].every(a => a.href.startsWith(arguments[0]) || a.getAttribute('href').startsWith('#'))",
                self.base):
            self.skipTest("404.html links to a configured base URL, not this test server")
        self.assertTrue(driver.execute_script(
            "const l = document.querySelector('link[rel=stylesheet]'); return !!(l && l.sheet && l.sheet.cssRules.length)"),
            "the stylesheet did not load on the 404 page")
        errors = browser_errors()
        if errors is not None:  # the page's own 404 status is expected
            self.assertEqual([e for e in errors if self.missing not in e["message"]], [])
        width = driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        self.assertLessEqual(width[0], width[1])
        click_and_wait(nav_link("Overview"))
        self.assertEqual(driver.current_url, self.base + "index.html")
        self.assertEqual(h1_text(), text(driver.find_element(By.CSS_SELECTOR, ".site-title")))
        driver.get(self.missing)
        wait_ready()
        click_and_wait(nav_link("Sources"))
        self.assertEqual(h1_text(), "Sources")

    def test_dark(self):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "media": "", "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        try:
            driver.get(self.missing)
            wait_ready()
            out = driver.execute_script(JS_COLORS, TEXT_SELECTOR)
            self.assertLess(out["body"], 0.05, "the body background is not dark")
            self.assertEqual(out["low"], [], "text below 4.5:1 contrast")
        finally:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})


def is_absolute(value, style=False):
    """Whether a URL (or, with style=True, a style attribute's url()) leaves the site.

    data: URIs and fragment/relative paths stay inside; mailto: and tel: fetch nothing.
    """
    v = value.strip().lower()
    if style:
        return bool(re.search(r"url\(\s*['\"]?\s*(//|(?!data:)[a-z][a-z0-9+.-]*:)", v))
    if v.startswith("//") or v.startswith("/"):
        return True  # root-relative breaks under a sub-path and over file://
    m = re.match(r"[a-z][a-z0-9+.-]*:", v)
    return bool(m) and m.group(0) not in ("data:", "mailto:", "tel:")


# --------------------------------------------------------------------------


def main():
    global SITE
    args = sys.argv[1:]
    site = None
    if args and not args[0].startswith("-"):
        site = args.pop(0)
    site = site or os.environ.get("DOSSIER_SITE")
    if not site:
        sys.stderr.write("usage: test_site.py SITE_DIR [unittest options] (or set DOSSIER_SITE)\n")
        return 2
    SITE = Path(site).resolve()
    if not (SITE / "index.html").is_file():
        sys.stderr.write("test_site.py: %s has no index.html; run `dossier build` first\n" % SITE)
        return 2
    prog = unittest.main(module=__name__, argv=[sys.argv[0]] + args, exit=False)
    return 0 if prog.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
