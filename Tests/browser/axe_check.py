#!/usr/bin/env python3
"""Optional accessibility audit with axe-core (pip install axe-core-python selenium).

    python3 Tests/browser/axe_check.py SITE_DIR

Runs axe (WCAG 2.x A/AA + best practice) on every page but 404.html, in light and
dark schemes, with <details> opened. Prints violations; exits 1 if there are any.
"""
import os, sys
os.environ["SE_OFFLINE"] = "true"
from pathlib import Path
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from axe_core_python.selenium import Axe
site = Path(sys.argv[1]).resolve()
o = webdriver.ChromeOptions()
for a in ("--headless=new", "--no-sandbox", "--window-size=1280,900"): o.add_argument(a)
d = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=o)
d.set_script_timeout(60)
axe = Axe()
total = 0
try:
  for scheme in ("light", "dark"):
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    for p in sorted(site.rglob("*.html")):
        if p.name == "404.html": continue
        d.get(p.as_uri())
        for det in d.find_elements("css selector", "details"): d.execute_script("arguments[0].open=true", det)
        r = axe.run(d, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]}})
        for v in r["violations"]:
            total += 1
            print(scheme, p.relative_to(site), v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]][:4])
        inc = [v["id"] for v in r["incomplete"]]
        if inc and scheme == "light": print("  incomplete", p.relative_to(site), inc)
finally:
    d.quit()
print("violations:", total)
sys.exit(1 if total else 0)
