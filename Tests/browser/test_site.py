#!/usr/bin/env python3
"""Browser tests for a site built by `dossier build`.

Opens the built site over file:// in headless Chromium (through Selenium and
chromedriver) and checks what a reader does: the overview, the navigation,
every source and note page and the way back, the pagers, sentence anchors,
the "what cleaning removed" box, the entity pages and the links between them and
the sources (names linked in the text, mentions pointing at sentences), the skip
link, dark mode, a phone-sized viewport, and that nothing is fetched from outside
the site.

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
NAV_LABELS = ["Overview", "Timeline", "Sources", "Entities", "Notes"]  # Timeline and Entities only when the dossier has them


def nav_labels():
    """The navigation the site should have: Timeline and Entities only when their index pages exist."""
    optional = {"Entities": SITE / "entities" / "index.html", "Timeline": SITE / "timeline" / "index.html"}
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
        hrefs = driver.execute_script(
            "return [...document.querySelectorAll('a[href]')].map(a => a.href)")
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


JS_COLORS = r"""
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
                 ".lede, .excerpt, .origin, .reason, .pager-label, figcaption, code, q")


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
