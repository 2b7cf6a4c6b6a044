"""Four generic trainees on every shipped training scenario (screening/training/personas.py): the
scenario's model interview, "shotgun" (the account, then every catalogue question), careless (six
closed questions, exclusion first) and one who asks nothing. Prints each one's score and checks the
goal: model >= 85, shotgun <= 55, careless <= 45, nothing <= 15 on every scenario.

    python bench/training_personas.py [--lang es] [--draft SCENARIO_ID]

--draft prints a first model interview for a scenario (its decisive facts, asked the way
training/language/model_questions.yaml asks them), for a trainer to edit into the scenario file."""

from __future__ import annotations

import argparse
import sys


def draft(screener, sid: str) -> str:
    """A model interview drafted from the scenario's decisive facts, played to check each step."""
    from ruamel.yaml import YAML

    from screening.assess.relevance import order
    from screening.base import yamlio
    from screening.base.paths import shipped_training_dir
    from screening.models.scenario import hidden_case, load_all
    from screening.training.scoring import decisive_facts
    from screening.training.session import TrainingSession

    sc = load_all(screener.lib)[sid][1]
    model = yamlio.plain(yamlio.load(shipped_training_dir() / "language" / "model_questions.yaml"))
    s = TrainingSession(sc, screener, "en")
    out: list[dict] = [{"say": model["opening"]}]
    engine = screener.assess(hidden_case(sc, screener.lib), s.country, s.as_of, "en")
    if any(r.id == "child_applicant" for r in engine.referrals):
        out.append({"guardian": ""})
    out.append({"account": ""})
    s.account()
    for fid in _needed(s, order(screener, decisive_facts(s))):
        if s.recorded.get(fid) == sc.facts[fid].value:
            continue  # already told in answer to an open question
        q = model["facts"].get(fid)
        text = {k: q[k] for k in ("en", "es", "pt")} if q else {
            k: screener.lib.facts[fid].question.get(k) for k in ("en", "es", "pt")}
        out.append({"ask": text})
        s.ask(fid, text["en"])
        if s.recorded.get(fid) != sc.facts[fid].value:
            kind = "clarify" if sc.facts[fid].first_kind == "contradiction" else "follow"
            out.append({kind: ""})
            (s.clarify if kind == "clarify" else s.follow_up)(fid)
    out += [{"say": model["closing"]}, {"end": ""}, {"conclude": "engine"}]
    yaml = YAML()
    yaml.width = 4096
    import io

    buf = io.StringIO()
    yaml.dump({"model_interview": out}, buf)
    return buf.getvalue()


def _needed(s, decisive: list[str]) -> list[str]:
    """The decisive facts, then (greedily, in interview order) the others it takes for what the interview
    elicits to give every result the hidden facts give (two facts that each suffice are neither decisive)."""
    from screening.assess.relevance import order
    from screening.models.case import Case
    from screening.models.scenario import hidden_case
    from screening.training.scoring import statuses

    full = hidden_case(s.sc, s.screener.lib)
    truth = statuses(s.screener.assess(full, s.country, s.as_of, "en"))

    def agree(facts: list[str]) -> int:
        case = Case(reference="x", known={k: v for k, v in full.known.items() if k in facts},
                    unknown=[k for k in full.unknown if k in facts], declined=[k for k in full.declined if k in facts])
        got = statuses(s.screener.assess(case, s.country, s.as_of, "en"))
        return sum(1 for k in set(truth) | set(got) if truth.get(k) == got.get(k))

    out = list(decisive)
    rest = [f for f in order(s.screener, list(s.sc.facts)) if f not in out]
    best = agree(out)
    while rest and best < len(truth):
        gains = [(agree(out + [f]), -i, f) for i, f in enumerate(rest)]
        score, _, f = max(gains)
        if score <= best:
            break
        out.append(f)
        rest.remove(f)
        best = score
    return order(s.screener, out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en", choices=("en", "es", "pt"))
    ap.add_argument("--draft", metavar="SCENARIO_ID")
    args = ap.parse_args()
    from screening.assess.screener import Screener
    from screening.training.personas import GOAL, PERSONAS, table

    with Screener() as screener:
        if args.draft:
            sys.stdout.write(draft(screener, args.draft))
            return 0
        rows = table(screener, args.lang)
    width = max(len(s) for s in rows)
    print(f"| {'scenario':<{width}} | " + " | ".join(f"{p:>8}" for p in PERSONAS) + " |")
    print(f"|{'-' * (width + 2)}|" + "|".join("-" * 10 for _ in PERSONAS) + "|")
    for sid, row in rows.items():
        print(f"| {sid:<{width}} | " + " | ".join(f"{row[p]:>8.1f}" for p in PERSONAS) + " |")
    ranges = {p: (min(r[p] for r in rows.values()), max(r[p] for r in rows.values())) for p in PERSONAS}
    print(f"| {'range':<{width}} | " + " | ".join(f"{lo:>3.0f}–{hi:<4.0f}" for lo, hi in ranges.values()) + " |")
    bad = [(sid, p) for sid, row in rows.items() for p in PERSONAS if not GOAL[p][0] <= row[p] <= GOAL[p][1]]
    goal = ", ".join(f"{p} {'>=' if lo else '<='} {lo or hi}" for p, (lo, hi) in GOAL.items())
    print(f"goal ({goal}): {'met on every scenario' if not bad else 'missed: ' + str(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
