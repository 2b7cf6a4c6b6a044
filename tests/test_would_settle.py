"""What would settle each open result (screening/explain/settle.py), checked against brute force: every
combination of the open answers, each evaluated over the whole compiled program as an assessment
is, on generated cases in every jurisdiction."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from pathlib import Path

from screening.assess.screener import Screener, load_case
from screening.explain.explainer import Explainer
from screening.explain.settle import answers_tried, open_results, settle
from screening.models.case import Case
from screening.report.render import render
from tests.test_evaluators import needs_durable

AS_OF = dt.date(2026, 11, 23)
COUNTRIES = ["AR", "BO", "BR", "BZ", "CL", "CO", "CR", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PY", "SV",
             "US", "UY", "VE"]


def generated_case(rng: random.Random, facts) -> Case:
    """Most facts known (any valid value), the rest unknown, declined or never asked: a case part way
    through an interview, with a handful of open questions."""
    known, unknown, declined = {}, [], []
    open_share = rng.choice([0.1, 0.15, 0.2, 0.3])
    for f in facts:
        draw = rng.random()
        if draw < open_share:
            (unknown if draw < open_share / 3 else declined if draw < open_share / 2 else []).append(f.id)
            continue
        if f.type == "boolean":
            known[f.id] = rng.random() < 0.5
        elif f.type == "choice":
            known[f.id] = rng.choice(f.choice_ids())
        elif f.type == "set":
            ids = [c for c in f.choice_ids() if c != "none"]
            known[f.id] = rng.sample(ids, rng.choice([0, 1, 1, 2]))
        elif f.type == "country":
            known[f.id] = rng.choice(COUNTRIES).lower() if f.choices else rng.choice(COUNTRIES)
        elif f.type == "date":
            known[f.id] = AS_OF - dt.timedelta(days=rng.randint(-30, 9000))
        elif f.type == "number":
            known[f.id] = rng.randint(int(f.minimum or 0), int(f.maximum or 60))
    return Case(known=known, unknown=unknown, declined=declined)


def brute_force(screener: Screener, case: Case, country: str, node: str, facts: list[str], upto: int):
    """The smallest sets of answers (fact -> answer) that decide `node`, each way, trying every
    combination of up to `upto` answers over the whole program (as `assess` evaluates it)."""
    jur, program, engine = screener.compiled(country, AS_OF)
    lib = screener.lib
    tried = {f: answers_tried(lib.facts[f], [x for x in program.leaves.values() if x.fact == f]) for f in facts}
    found: dict[str, set] = {"m": set(), "x": set()}
    for size in range(1, upto + 1):
        for subset in itertools.combinations([f for f in facts if tried[f]], size):
            for values in itertools.product(*(tried[f] for f in subset)):
                given = dict(zip(subset, values, strict=True))
                c = Case(known={**case.known, **given}, unknown=[f for f in case.unknown if f not in given],
                         declined=[f for f in case.declined if f not in given])
                side = screener.evaluate(c, country, AS_OF)[2].status.get(node)
                if side is not None and not any(len(s) < size for s in found[side]):
                    found[side].add(tuple(sorted((f, repr(v)) for f, v in given.items())))
    return {side: {s for s in sets if len(s) == min(map(len, sets))} for side, sets in found.items() if sets}


def expanded(sets) -> set:
    """A result's sets, each class of answers spelt out one answer at a time."""
    return {tuple(sorted((f, repr(v)) for f, v in zip([f for f, _ in s], pick, strict=True)))
            for s in sets for pick in itertools.product(*(vs for _, vs in s))}


def test_would_settle_matches_brute_force_on_1000_generated_cases(shipped_lib):
    decided_sets, sizes = cross_check(Screener(shipped_lib, engine="kleene"), 1000, seed=27)
    assert decided_sets > 1000 and sizes >= {1, 2}, (decided_sets, sizes)


@needs_durable
def test_would_settle_matches_brute_force_by_the_engine_of_record(shipped_lib):
    """The same check, each combination evaluated by durable-rules (the search itself re-evaluates with
    the built-in Kleene rule, kleene.decide)."""
    decided_sets, _ = cross_check(Screener(shipped_lib, engine="durable-rules"), 120, seed=2027)
    assert decided_sets > 100


def cross_check(screener: Screener, cases: int, seed: int) -> tuple[int, set[int]]:
    """`settle` against `brute_force` on `cases` generated cases; returns the sets found and their sizes."""
    shipped_lib = screener.lib
    rng = random.Random(seed)
    facts = list(shipped_lib.catalogue.facts)
    checked = decided_sets = 0
    sizes: set[int] = set()
    while checked < cases:
        country = rng.choice(COUNTRIES)
        case = generated_case(rng, facts)
        jur, program, ev = screener.evaluate(case, country, AS_OF)
        ex = Explainer(shipped_lib, jur, program, ev, case, "en")
        results = open_results(ex)
        if not results:
            continue
        found = settle(shipped_lib, program, case, AS_OF, ev, results)
        for k, r in results.items():
            f = found[k]
            levels = [len(s[0]) for s in (f.met, f.not_met) if s]
            upto = max([f.searched if not (f.met and f.not_met) else 0, *levels])
            truth = brute_force(screener, case, country, r.node, list(r.facts), upto)
            for side, mine in (("m", f.met), ("x", f.not_met)):
                assert expanded(mine) == truth.get(side, set()), (country, case, k, side)
                decided_sets += len(mine)
                sizes |= {len(s) for s in mine}
        checked += 1
    return decided_sets, sizes


# --- what a reader sees -----------------------------------------------------------------------------

REPORT_AS_OF = dt.date(2026, 3, 2)
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _salvadoran(shipped_lib, lang: str):
    screener = Screener(shipped_lib)
    case = load_case(EXAMPLES / "incomplete-salvadoran.yaml", shipped_lib)
    return screener.assess(case, "MX", REPORT_AS_OF, lang)


def test_the_json_names_the_answers_that_would_settle_each_open_result(shipped_lib):
    a = _salvadoran(shipped_lib, "en")
    by = {w.result: w for w in a.would_settle}
    assert list(by) == ["overall", "refugee_status", "complementary_protection"]  # the results still open
    assert a.outcomes["statelessness"].status != "needs_more_information" and "statelessness" not in by
    # whether the threat comes from the situation settles refugee status (Cartagena) by itself
    assert [[(x.fact, x.answers) for x in s] for s in by["refugee_status"].eligible] == [
        [("threat_caused_by_situation", [True])]]
    assert by["overall"].decisive[0] == "threat_caused_by_situation"
    # "no" to it settles nothing alone: with a second answer it makes refugee status not eligible
    assert all(len(s) == 2 and ("threat_caused_by_situation", [False]) in [(x.fact, x.answers) for x in s]
               for s in by["refugee_status"].not_eligible) and by["refugee_status"].not_eligible
    assert by["overall"].not_eligible == [] and by["overall"].searched == 2


def test_a_settled_case_has_nothing_to_settle(shipped_lib):
    screener = Screener(shipped_lib)
    case = load_case(EXAMPLES / "honduran-woman-mexico.yaml", shipped_lib)
    a = screener.assess(case, "MX", REPORT_AS_OF, "es")
    assert a.would_settle == []
    assert "Qué lo resolvería" not in render(a, "md", shipped_lib, produced=REPORT_AS_OF)


def test_the_brief_puts_the_answers_that_matter_most_first(shipped_lib):
    a = _salvadoran(shipped_lib, "es")
    md = render(a, "md", shipped_lib, produced=REPORT_AS_OF, brief=True)
    section = md[md.index("## Qué lo resolvería"):]
    question = shipped_lib.facts["threat_caused_by_situation"].question.get("es")
    first = section.split("\n- ")[1]
    assert first.startswith("**Probablemente elegible si:**") and "→ **sí**" in first
    assert question.replace("(", "\\(").replace(")", "\\)") in first
    # the flat list is gone: the other questions follow, numbered as the next steps cite them
    assert "## Información que aún falta" not in md
    number = int(re.search(r"\(pregunta (\d+)\)", first).group(1))
    rest = section[section.index("numeradas como en los próximos pasos"):]
    assert f"\n{number}. " not in rest and f"\n{number - 1}. " in rest and f"\n{number + 1}. " in rest
    text = render(a, "text", shipped_lib, produced=REPORT_AS_OF, brief=True)
    assert "QUÉ LO RESOLVERÍA" in text and f"(pregunta {number})" in text and "INFORMACIÓN QUE AÚN FALTA" not in text
    html = render(a, "html", shipped_lib, produced=REPORT_AS_OF, brief=True)
    assert 'id="would-settle"' in html and 'id="missing"' not in html and f'<li value="{number + 1}">' in html


def test_the_full_report_says_what_would_settle_each_result_in_its_language(shipped_lib):
    a = _salvadoran(shipped_lib, "pt")
    md = render(a, "md", shipped_lib, produced=REPORT_AS_OF)
    section = md[md.index("## O que o resolveria"):md.index("## Informações que ainda faltam")]
    assert "### Resultado geral" in section and "### Condição de refugiado" in section
    assert "**Provavelmente elegível se:**" in section and "**Não elegível se:**" in section
    assert "Nenhum conjunto de até 2 respostas em aberto o decide neste sentido." in section  # overall: no pair
    assert " e " in section and "→ **não**" in section and "*(a pessoa preferiu não dizer)*" in section
    html = render(a, "html", shipped_lib, produced=REPORT_AS_OF)
    assert html.index('id="would-settle"') < html.index('id="missing"')


def test_a_humanitarian_pathway_reads_does_not_apply_never_not_eligible(shipped_lib):
    screener = Screener(shipped_lib)
    case = load_case(EXAMPLES / "venezuelan-in-brazil.yaml", shipped_lib)
    md = render(screener.assess(case, "BR", REPORT_AS_OF, "en"), "md", shipped_lib, produced=REPORT_AS_OF)
    section = md[md.index("## What would settle it"):md.index("## Information still missing")]
    assert "### Humanitarian pathway" in section and "**Does not apply if:**" in section
    assert "Not eligible if" not in section
