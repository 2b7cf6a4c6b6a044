"""Run one generated input (a case file, or a damaged data folder) through the commands it is meant
for, judge the results, and keep a reproducer of each failure. Shared by the pytest files and by
the standalone runner."""

from __future__ import annotations

import os
import shlex
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.fuzz import ROOT, gen_cases, gen_rules
from tests.fuzz.harness import CONTROL, LIMIT, Problem, Run, check, invoke, minimize, save

# A rule folder is some 600 kB of YAML read without the cache, twice (validate, assess): its bound is
# twice a case file's, still several times what an unloaded machine needs (about 1.5 s a command).
FOLDER_LIMIT = 2 * LIMIT


def out_dir() -> Path:
    return Path(os.environ.get("SCREENING_FUZZ_OUT") or Path(tempfile.gettempdir()) / "screening-fuzz")


def _cache(workdir: Path) -> dict[str, str | None]:
    """Case runs use a cache of their own, shared by parallel workers (the library is read once, not
    per input), and never a SCREENING_DATA left in the environment."""
    cache = os.environ.get("SCREENING_FUZZ_CACHE") or str(Path(tempfile.gettempdir()) / "screening-fuzz-cache")
    return {"SCREENING_DATA": None, "SCREENING_NO_CACHE": None, "SCREENING_CACHE": cache, "NO_COLOR": "1"}


def _shell(args: list[str], env: str = "") -> str:
    return (env + " " if env else "") + "screening " + " ".join(shlex.quote(a) for a in args)


@dataclass
class Outcome:
    kind: str  # "case" or "rules"
    seed: int
    description: str
    runs: list[Run] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    saved: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.kind} seed {self.seed}: {self.description}"]
        lines += [f"  {p}" for p in self.problems]
        lines += [f"  reproducer: {s}" for s in self.saved]
        return "\n".join(lines)


# -- case files ------------------------------------------------------------------------------------

def _case_run(fc: gen_cases.FuzzCase, data: bytes, workdir: Path) -> tuple[Run, list[Problem], Path]:
    folder = workdir / "case"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    path = folder / fc.name
    path.write_bytes(data)
    run = invoke(fc.args(str(path)), env=_cache(workdir))
    return run, check(run, ["fz-case"], fc.label(), want_json=fc.fmt == "json"), path


def run_case(seed: int, workdir: Path, out: Path | None = None, shrink: bool = False,
             seen: set[str] | None = None) -> Outcome:
    """Generate case `seed`, run it, and save a reproducer for each failure (minimised when `shrink`
    and its signature is new in `seen`)."""
    return run_fuzzcase(gen_cases.make(seed), workdir, out, shrink, seen)


def run_corpus_case(index: int, workdir: Path, out: Path | None = None) -> Outcome:
    """A case file of the fixed corpus (corpus.CASES[index])."""
    from tests.fuzz.corpus import CASES

    ident, name, data, command, fmt = CASES[index]
    fc = gen_cases.FuzzCase(-100 - index, name, data, command, fmt, "MX", steps=[f"corpus {ident}"])
    return run_fuzzcase(fc, workdir, out)


def run_fuzzcase(fc: gen_cases.FuzzCase, workdir: Path, out: Path | None = None, shrink: bool = False,
                 seen: set[str] | None = None) -> Outcome:
    seed = fc.seed
    run, problems, path = _case_run(fc, fc.data, workdir)
    outcome = Outcome("case", seed, f"{fc.name!r} {len(fc.data)} bytes [{', '.join(fc.steps)}] "
                      f"{_shell(fc.args(fc.name))}", [run], problems)
    out = out or out_dir()
    for p in problems:
        data = fc.data
        new = seen is None or p.signature not in seen
        if seen is not None:
            seen.add(p.signature)
        if shrink and new and p.kind != "hang" and len(data) > 1:
            def fails(candidate: bytes, sig: str = p.signature) -> bool:
                _, ps, _ = _case_run(fc, candidate, workdir)
                return any(q.signature == sig for q in ps)

            data = minimize(data, fails)
        name = CONTROL.sub("_", fc.name).replace("/", "_") or "fz-case"
        files = {f"input/{name}": data}
        if data != fc.data:
            files[f"original/{name}"] = fc.data
        note = f"seed {seed}: {', '.join(fc.steps)}" + (" (input minimised)" if data != fc.data else "")
        folder = save(out, p, files, _shell(fc.args(f"input/{name}")), run, note)
        if folder:
            outcome.saved.append(folder)
    return outcome


# -- rule and country folders ----------------------------------------------------------------------

def run_folder(seed: int, workdir: Path, out: Path | None = None) -> Outcome:
    """Damage a copy of the data (seed `seed`), then `rules validate` and `assess` a bundled example
    with SCREENING_DATA pointing at it and the cache off."""
    root, ff = gen_rules.make(seed, workdir)
    return check_folder(root, ff, workdir, out)


def run_corpus_folder(index: int, workdir: Path, out: Path | None = None) -> Outcome:
    """A damage of the fixed corpus (corpus.FOLDERS[index]) on a fresh copy of the data."""
    from tests.fuzz.corpus import FOLDERS

    ident, damage, country = FOLDERS[index]
    root = gen_rules.copy_data(workdir)
    damage(root)
    return check_folder(root, gen_rules.FuzzFolder(-1 - index, "", [f"corpus {ident}"], country), workdir, out)


def check_folder(root: Path, ff: gen_rules.FuzzFolder, workdir: Path, out: Path | None = None) -> Outcome:
    import random

    seed = ff.seed
    rng = random.Random(seed ^ 0x5EED)
    name, text, _ = rng.choice(gen_cases.examples())
    case = workdir / "fz-case.yaml"
    case.write_bytes(text)
    country = ff.country or rng.choice(["MX", "BR", "CR", "US", "CL", "PE"])
    fmt = rng.choice(["json", "md", "html", "text"])
    env = {"SCREENING_DATA": str(root), "SCREENING_NO_CACHE": "1", "SCREENING_CACHE": None, "NO_COLOR": "1"}
    names = [gen_rules.FOLDER, "fz-case"]
    if not (root / "countries" / f"{country.lower()}.yaml").is_file():
        names.append(f"'{country}'")  # its file is gone: "unknown country code 'MX'" names what is wrong
    outcome = Outcome("rules", seed, f"{ff.target or '(folder)'}: {'; '.join(ff.steps)}")
    commands = [(["rules", "validate"], "rules validate", False),
                (["assess", str(case), "-c", country, "--format", fmt], f"assess {fmt}", fmt == "json")]
    for args, label, want_json in commands:
        run = invoke(args, env=env, limit=FOLDER_LIMIT)
        problems = check(run, names, label, want_json)
        outcome.runs.append(run)
        outcome.problems += problems
        for p in problems:
            files = {}
            if ff.target and (root / ff.target).is_file():
                files[ff.target] = (root / ff.target).read_bytes()
            files["fz-case.yaml"] = text
            shown = [("fz-case.yaml" if a == str(case) else a) for a in args]
            command = (f"# in a copy of the checkout's rules/ and countries/ (DATA), with {ff.target or 'the folder'} "
                       f"damaged: {'; '.join(ff.steps)}\n# (the damaged file is in this folder)\n"
                       + _shell(shown, "SCREENING_DATA=DATA SCREENING_NO_CACHE=1"))
            folder = save(out or out_dir(), p, files, command, run, f"seed {seed}; example {name}")
            if folder:
                outcome.saved.append(folder)
    return outcome


def warm(workdir: Path) -> None:
    """Import what the commands import and fill the case cache, outside any bound: a cold start on
    a loaded machine must not count as a hang of the first input."""
    example = ROOT / "examples" / "honduran-woman-mexico.yaml"
    for fmt in ("json", "html"):
        invoke(["assess", str(example), "-c", "MX", "--format", fmt], env=_cache(workdir), limit=300)
    invoke(["rules", "validate"], env={"SCREENING_DATA": None, "SCREENING_NO_CACHE": "1"}, limit=300)


def baseline(workdir: Path) -> list[Problem]:
    """The undamaged copy must validate and assess cleanly: otherwise the harness, not the tool, is wrong."""
    root = gen_rules.copy_data(workdir)
    env = {"SCREENING_DATA": str(root), "SCREENING_NO_CACHE": "1", "NO_COLOR": "1"}
    example = ROOT / "examples" / "honduran-woman-mexico.yaml"
    problems = []
    for args in (["rules", "validate"], ["assess", str(example), "-c", "MX", "--format", "json"]):
        run = invoke(args, env=env, limit=FOLDER_LIMIT)
        problems += check(run, [], " ".join(args[:2]), want_json="json" in args)
        if run.exit_code != 0:
            problems.append(Problem("exit", f"baseline {args[0]} exit {run.exit_code}", run.stderr[:500]))
    return problems
