"""Browser test for `dossier serve`: an editor's page reloads by itself.

Creates a new dossier with `dossier init` in a scratch folder, runs `dossier serve`
on a free loopback port, opens a note in headless Chromium, then edits files and
watches the open page: an edit reloads it with the new text; a broken note shows
the build error over the last good page; fixing it takes the error away again.

    python3 Tests/browser/test_serve.py PATH/TO/dossier

Needs chromium, chromium-driver and `pip install selenium`.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

os.environ["SE_OFFLINE"] = "true"

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

DOSSIER = None
NOTE = Path("content/notes/how-this-dossier-works.md")


class ServeReloadTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = Path(tempfile.mkdtemp(prefix="dossier-serve-"))
        subprocess.run([DOSSIER, "init", str(cls.folder / "d")], check=True, stdout=subprocess.DEVNULL)
        cls.root = cls.folder / "d"
        cls.server = subprocess.Popen([DOSSIER, "serve", "--port", "0"], cwd=cls.root,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        cls.address = None
        deadline = time.time() + 60
        while time.time() < deadline and cls.address is None:
            line = cls.server.stdout.readline()
            match = re.search(r"Serving \S+ at (http://\S+/)", line)
            if match:
                cls.address = match.group(1)
        if cls.address is None:
            cls.server.kill()
            raise RuntimeError("dossier serve did not say where it listens")
        options = webdriver.ChromeOptions()
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            options.add_argument(arg)
        cls.driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.terminate()
        cls.server.wait(timeout=10)
        shutil.rmtree(cls.folder, ignore_errors=True)

    def edit(self, old, new):
        path = self.root / NOTE
        path.write_text(path.read_text().replace(old, new))

    def test_edit_reloads_the_page_and_errors_show_over_it(self):
        driver = self.driver
        driver.get(self.address + "notes/how-this-dossier-works/")
        self.assertIn("This is an example note", driver.find_element(By.TAG_NAME, "main").text)
        # A mark that only this load of the page carries: a reload wipes it.
        driver.execute_script("window.__beforeEdit = true;")
        time.sleep(1)  # let the page's live-reload socket connect

        self.edit("This is an example note", "This is an edited note")
        WebDriverWait(driver, 30).until(
            lambda d: "This is an edited note" in d.find_element(By.TAG_NAME, "main").text)
        self.assertIsNone(driver.execute_script("return window.__beforeEdit === true ? true : null;"),
                          "the page changed without a reload")

        # A broken note: the last good page stays, with the error over it.
        self.edit("title: \"How this dossier works\"", "title: [unclosed")
        overlay = WebDriverWait(driver, 30).until(
            lambda d: d.find_elements(By.ID, "dossier-build-error") or False)[0]
        self.assertIn("how-this-dossier-works.md:3:5: error: front matter is not valid YAML", overlay.text)
        if os.environ.get("SERVE_SCREENSHOT"):
            driver.save_screenshot(os.environ["SERVE_SCREENSHOT"])
        self.assertIn("This is an edited note", driver.find_element(By.TAG_NAME, "main").text)

        # Fixed: the error goes away and the page reloads with the note.
        self.edit("title: [unclosed", "title: \"How this dossier works, fixed\"")
        WebDriverWait(driver, 30).until(lambda d: "How this dossier works, fixed" in d.find_element(By.TAG_NAME, "h1").text)
        self.assertEqual(driver.find_elements(By.ID, "dossier-build-error"), [])

    def test_built_files_carry_no_script(self):
        for page in (self.root / "public").rglob("*.html"):
            self.assertNotIn("<script", page.read_text(), str(page))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    DOSSIER = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
