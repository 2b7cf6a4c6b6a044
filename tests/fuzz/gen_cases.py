"""Generate hostile and broken case files: start from the bundled examples or from a valid case
built from the fact catalogue (`screening facts --format json`), apply structural mutations to the
document, write it as YAML or JSON, then maybe damage the bytes. One `random.Random` drives it all,
so a seed names an input for ever (as long as the catalogue and examples stay the same)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tests.fuzz import ROOT, bytemut, countries
from tests.fuzz.emit import Emitter, Raw

COMMANDS = [("assess", "json"), ("assess", "md"), ("assess", "html"), ("assess", "text"), ("report", None),
            ("report", "html")]
ORIGINS = ["HN", "SV", "GT", "NI", "VE", "CO", "HT", "CU", "MX", "BR", "US", "AF", "SY", "XK", "ZZ"]
TEXTS = ["CR-2026-031", "Ana María Pérez", "محمد", "李小龙", "Ελένη", "👩🏽‍⚕️ nurse", "O'Brien <b>bold</b>", "a\\b",
         "{{ 7*7 }}", "{% raw %}", "${HOME}", "`rm -rf /`", "[link](javascript:alert(1))", "*__md__*", "| a | b |",
         "&amp; &lt;script&gt;", "<script>alert(1)</script>", "e\u0301\u0301\u0301",
         "\u0645\u0631\u062d\u0628\u0627 abc", "# heading", "---", "- item", "\\n not a newline", "%s %d {0} {name}"]


@dataclass
class FuzzCase:
    seed: int
    name: str  # file name, always starting with "fz-case" (an error must name it)
    data: bytes
    command: str
    fmt: str | None
    country: str
    extra: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)  # what was done to it, in order

    def args(self, path: str) -> list[str]:
        return [self.command, path, "-c", self.country] + (["--format", self.fmt] if self.fmt else []) + self.extra

    def label(self) -> str:
        return f"{self.command} {self.fmt or 'md'}"


# -- where documents start -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def catalogue() -> list[dict[str, Any]]:
    from typer.testing import CliRunner

    from screening.cli import app

    result = CliRunner().invoke(app, ["facts", "--format", "json"], env={"SCREENING_DATA": None})
    assert result.exit_code == 0, f"`screening facts --format json` failed: {result.stderr}"
    return json.loads(result.stdout)


@lru_cache(maxsize=1)
def examples() -> list[tuple[str, bytes, dict]]:
    from ruamel.yaml import YAML

    out = []
    for p in sorted((ROOT / "examples").glob("*.yaml")):
        data = p.read_bytes()
        out.append((p.name, data, YAML(typ="safe", pure=True).load(data)))
    return out


def random_date(rng: random.Random, start: int = 1950) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(2026, 1, 1) - dt.date(start, 1, 1)).days))


def fact_value(rng: random.Random, fact: dict[str, Any]) -> Any:
    if rng.random() < 0.12:
        return rng.choice(["unknown", "declined", None])
    kind = fact["type"]
    if kind == "boolean":
        return rng.random() < 0.5
    if kind in ("set", "choice"):
        choices = fact["choices"] or []
        if kind == "choice":
            return rng.choice(choices)
        return rng.sample(choices, rng.randrange(len(choices) + 1))
    if kind == "date":
        return random_date(rng)
    if kind == "country":
        return rng.choice(ORIGINS)
    if kind == "number":
        return rng.randrange(0, 100)
    return "x"


def valid_case(rng: random.Random) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    if rng.random() < 0.7:
        doc["reference"] = rng.choice(TEXTS)
    if rng.random() < 0.5:
        doc["narrative"] = "\n".join(rng.choice(TEXTS) for _ in range(rng.randrange(1, 6)))
    if rng.random() < 0.6:
        doc["language"] = rng.choice(["en", "es", "pt"])
    doc["facts"] = {f["id"]: fact_value(rng, f) for f in catalogue() if rng.random() < 0.6}
    if rng.random() < 0.1:
        doc["session"] = {"format": 1, "country": rng.choice(countries()), "asked": list(doc["facts"])}
    return doc


# -- structural mutations --------------------------------------------------------------------------

def _facts(doc: Any) -> dict | None:
    return doc.get("facts") if isinstance(doc, dict) and isinstance(doc.get("facts"), dict) else None


def _slot(rng: random.Random, doc: Any, kinds: tuple[str, ...] = ()) -> tuple[dict, Any] | None:
    """A (mapping, key) to overwrite: a fact (of one of `kinds`, if given) or a top-level key."""
    facts = _facts(doc)
    by_id = {f["id"]: f for f in catalogue()}
    if kinds:
        ids = [i for i, f in by_id.items() if f["type"] in kinds]
        if facts is None:
            return None
        return facts, rng.choice(ids)
    if facts is not None and (rng.random() < 0.8 or not isinstance(doc, dict)):
        return facts, rng.choice(list(facts) or list(by_id))
    if isinstance(doc, dict):
        return doc, rng.choice(["reference", "narrative", "language", "facts", "session", "extra"])
    return None


WRONG = [0, -1, 1.5, 10**20, -(10**20), True, False, None, "", "maybe", "yes please", [], {}, [[]], {"a": 1},
         [None], ["unknown", "declined"], dt.date(2025, 1, 1), float("nan"), float("inf"),
         Raw("!!binary aGVsbG8="), Raw(".nan"), Raw("-.inf"), Raw("0x1F"), Raw("0o17"), Raw("1_000"), Raw("0b101"),
         Raw("!!set {a, b}"), Raw("!custom x"), Raw("!!timestamp 2025-01-01"), Raw("!!str 5"), Raw("!!int x"),
         Raw('!!python/object/apply:os.system ["true"]'), Raw("!!float 1e9999"), Raw("!!omap [a: 1, b: 2]"),
         Raw("!!null x"), Raw("!!bool maybe"), Raw("! x"), Raw("!<tag:yaml.org,2002:int> 5"), Raw("*undefined"),
         Raw("&anchor"), Raw("|"), Raw("? x"), Raw("@reserved"), Raw("`backtick`"), Raw("{a: 1, a: 2}"),
         Raw("[a, b"), Raw("'unterminated"), Raw('"\\x"'), Raw('"\\ud800"'), Raw('"\\U0010FFFF"'), Raw("1e400"),
         Raw("-0"), Raw("+.5"), Raw("0.0000000000000000000000001")]


def m_delete(rng, doc):
    slot = _slot(rng, doc)
    if slot:
        slot[0].pop(slot[1], None)


def m_rename(rng, doc):
    slot = _slot(rng, doc)
    if not slot or slot[1] not in slot[0]:
        return
    mapping, key = slot
    k = str(key)
    new = rng.choice([k.upper(), k + " ", " " + k, k[:-1], k + "s", k.replace("o", "\u043e", 1), k + "\u200b",
                      k + "\x1b[31m", k + "\u202e", "", "x" * 10_000, k.replace("_", "-"), 5, None, True,
                      Raw("[a, b]"), Raw("{a: 1}"), Raw("? complex")])
    mapping[new] = mapping.pop(key)


def m_wrong_type(rng, doc):
    slot = _slot(rng, doc)
    if slot:
        slot[0][slot[1]] = copy.deepcopy(rng.choice(WRONG))


def m_deep(rng, doc):
    slot = _slot(rng, doc)
    if slot:
        d = rng.choice([30, 200, 1000, 5000, 50_000])
        shapes = ["[" * d + "]" * d, "{a: " * d + "1" + "}" * d, "[{a: " * d + "1" + "}]" * d]
        slot[0][slot[1]] = Raw(rng.choice(shapes))


def m_huge_list(rng, doc):
    slot = _slot(rng, doc, ("set",)) if rng.random() < 0.7 else _slot(rng, doc)
    if slot:
        n = rng.choice([1000, 20_000, 20_000, 300_000])
        item = rng.choice(["physical_violence", "x", "unknown", "0", "[]", "{a: 1}"])
        slot[0][slot[1]] = Raw("[" + ", ".join([item] * n) + "]")


def m_huge_int(rng, doc):
    slot = _slot(rng, doc, ("date", "boolean", "set")) if rng.random() < 0.6 else _slot(rng, doc)
    if slot:
        n = rng.choice([20, 400, 4301, 5000, 100_000])
        slot[0][slot[1]] = Raw(rng.choice(["", "-"]) + "9" * n + rng.choice(["", ".5", "e5", "e999999"]))


def m_number_date(rng, doc):
    slot = _slot(rng, doc, ("date",))
    if slot:
        slot[0][slot[1]] = Raw(rng.choice(["0", "-1", "20250101", "1.5e300", "1e400", "-0", "2025", ".inf",
                                           "0x7fffffff", "1700000000", "-99999999999", "2025.5", "45000"]))


def m_impossible_date(rng, doc):
    slot = _slot(rng, doc, ("date",))
    if slot:
        value = rng.choice(["2026-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "9999-12-31", "10000-01-01",
                            "2024-02-29", "2025-02-29", "1-1-1", "2025-1-1", "2025-01-01T25:61:00", "2025-06-31",
                            "2025-01-01 10:00:00 +99:00", "1900-01-01", "0001-01-01", "2025-01-01t00:00:00z",
                            "-2025-01-01", "2999-01-01", "2025-01-01T00:00:00.123456789Z", "31/02/2025", "2025-W01"])
        slot[0][slot[1]] = Raw(value if rng.random() < 0.7 else json.dumps(value))


def bomb(rng, levels: int) -> str:
    width = rng.choice([9, 10])
    parts = [f"l0: &a0 [{', '.join(['lol'] * width)}]"]
    for i in range(1, levels):
        parts.append(f"l{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    return "{" + ", ".join(parts) + "}"


def m_aliases(rng, doc):
    slot = _slot(rng, doc)
    if not slot:
        return
    kind = rng.randrange(4)
    if kind == 0:  # billion laughs, in one flow mapping
        slot[0][slot[1]] = Raw(bomb(rng, rng.choice([3, 6, 8, 9])))
    elif kind == 1:  # recursive
        slot[0][slot[1]] = Raw(rng.choice(["&r [*r]", "&r {a: *r}", "&r [a, [b, *r]]"]))
    elif kind == 2:  # an alias to an anchor defined later or nowhere
        slot[0][slot[1]] = Raw(rng.choice(["*nowhere", "*a0"]))
    elif isinstance(doc, dict) and isinstance(doc.get("facts"), dict):  # merge keys
        doc["facts"] = {Raw("<<"): Raw("{fears_return: yes, harmed_before: no}"), **doc["facts"]}


def m_control(rng, doc):
    facts = _facts(doc)
    if isinstance(doc, dict) and (rng.random() < 0.65 or not facts):
        mapping, key = doc, rng.choice(["reference", "narrative"])
    elif facts:
        mapping, key = facts, rng.choice(list(facts))
    else:
        return
    c = "".join(rng.choice(bytemut.CONTROLS) for _ in range(rng.randrange(1, 4)))
    old = mapping.get(key)
    text = old if isinstance(old, str) and not isinstance(old, Raw) else "text"
    if rng.random() < 0.25 and key not in ("reference", "narrative"):
        mapping[key + c] = mapping.pop(key)
    else:
        i = rng.randrange(len(text) + 1)
        mapping[key] = text[:i] + c + text[i:]


def m_long_string(rng, doc):
    if isinstance(doc, dict) and rng.random() < 0.7:
        slot: tuple | None = (doc, rng.choice(["reference", "narrative"]))
    else:
        slot = _slot(rng, doc)
    if slot:
        n = rng.choice([5_000, 100_000, 2_000_000])
        unit = rng.choice(["x", "palabra ", "ñ", "\U0001f600", "a\u0301", "\u202e", "word\n"])
        slot[0][slot[1]] = (unit * (n // len(unit)))[:n]


def m_language(rng, doc):
    if isinstance(doc, dict):
        doc["language"] = copy.deepcopy(rng.choice(["xx", "EN", "en-US", "", 5, ["en"], None, "es\u202e", "pt\x00",
                                                    "e", "english", Raw("!!binary ZW4="), {"en": 1}]))


def m_session(rng, doc):
    if isinstance(doc, dict):
        doc["session"] = copy.deepcopy(rng.choice([
            {"country": "MX"}, {"country": 5}, {"country": None}, {"country": "zz"}, {"country": ["MX"]}, "text",
            [1, 2], 0, {"format": 99, "asked": "x", "set_aside": [1], "stale": 5, "finished": "maybe"},
            {"country": "MX\x1b[2J"}, {"country": Raw(bomb(rng, 6))}]))


def m_top(rng, doc):
    return copy.deepcopy(rng.choice([[doc], "facts", 0, None, True, [], {}, {"facts": doc}, Raw("*x"),
                                     dict(doc, unexpected=1) if isinstance(doc, dict) else 1,
                                     Raw("!!python/name:os.system"), {"facts": None}, {"facts": []}, {"facts": "all"}]))


def m_own_country(rng, doc, country=None):
    facts = _facts(doc)
    if facts is not None and country:
        facts["country_of_nationality"] = rng.choice([country, country.lower(), " " + country])


def m_future(rng, doc):
    slot = _slot(rng, doc, ("date",))
    if slot:
        slot[0][slot[1]] = rng.choice([dt.date(2999, 1, 1), dt.date(9999, 12, 31), dt.date.today() + dt.timedelta(1)])


STRUCTURAL = {
    "delete": (m_delete, 3), "rename": (m_rename, 3), "wrong_type": (m_wrong_type, 6), "deep": (m_deep, 2),
    "huge_list": (m_huge_list, 1), "huge_int": (m_huge_int, 2), "number_date": (m_number_date, 3),
    "impossible_date": (m_impossible_date, 3), "aliases": (m_aliases, 3), "control": (m_control, 5),
    "long_string": (m_long_string, 1), "language": (m_language, 1), "session": (m_session, 1), "top": (m_top, 1),
    "own_country": (m_own_country, 1), "future": (m_future, 1),
}


def mutate(rng: random.Random, doc: Any, country: str) -> tuple[Any, str]:
    names = list(STRUCTURAL)
    name = rng.choices(names, weights=[STRUCTURAL[n][1] for n in names])[0]
    fn = STRUCTURAL[name][0]
    out = fn(rng, doc, country) if name == "own_country" else fn(rng, doc)
    return (doc if out is None else out), name


# -- one input -------------------------------------------------------------------------------------

NAMES = ["fz-case.yaml"] * 12 + ["fz-case.yml", "fz-case.txt", "fz-case", "fz-case.YAML", "fz-case naïve.yaml",
                                 "fz-case\u202e.yaml", "fz-case\x1b[31m.yaml", "fz-case\n.yaml", "fz-case\u2028.yaml"]


def make(seed: int) -> FuzzCase:
    rng = random.Random(seed)
    country = rng.choice(countries())
    command, fmt = rng.choice(COMMANDS)
    extra = []
    if rng.random() < 0.3:
        extra += ["--lang", rng.choice(["en", "es", "pt"])]
    if rng.random() < 0.1:
        extra.append("--brief")
    if rng.random() < 0.05:
        extra.append("--no-narrative")
    steps: list[str] = []
    if rng.random() < 0.5:
        name, original, parsed = rng.choice(examples())
        doc: Any = copy.deepcopy(parsed)
        steps.append(f"example {name}")
    else:
        doc, original = valid_case(rng), None
        steps.append("generated")
    if original is not None and rng.random() < 0.15:  # the example's own text, only damaged
        data = original
    else:
        for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3])):
            doc, step = mutate(rng, doc, country)
            steps.append(step)
        em = Emitter(rng, ascii=True if "control" in steps and rng.random() < 0.7 else None)
        as_json = rng.random() < 0.3
        data = (em.json(doc) if as_json else em.yaml(doc)).encode("utf-8", "surrogatepass")
        steps.append("json" if as_json else "yaml")
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        data, step = bytemut.mutate(rng, data)
        steps.append(step)
    if "json" in steps and rng.random() < 0.7:
        name = "fz-case.json"
    else:
        name = rng.choice(NAMES)
    return FuzzCase(seed, name, data, command, fmt, country, extra, steps)
