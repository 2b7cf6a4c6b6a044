"""`interview`: asks an applicant only what can change the outcome, saving after every answer."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer

from screening.cli.common import Lang, app, default_lang, parse_date, run_command
from screening.cli.usage import BadValue


@app.command()
def interview(
    country: str | None = typer.Option(None, "--country", "-c", help="Jurisdiction, ISO code such as MX."),
    lang: Lang | None = typer.Option(None, "--lang", help="Language of the questions (default from the environment)."),
    case_ref: str | None = typer.Option(None, "--case-ref", help="Case reference to store in the session."),
    resume: Path | None = typer.Option(None, "--resume", help="Continue a saved session file."),
    answers: Path | None = typer.Option(None, "--answers", help="Answer from this case file instead of a terminal."),
    session_path: Path | None = typer.Option(None, "--session", help="Where to save a new session "
                                                "(default: sessions/session-DATE-TIME-RANDOM.yaml here)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Apply the law as of this date (YYYY-MM-DD)."),
):
    """Interview an applicant: asks only what can change the outcome; saves after every answer."""
    when = parse_date(as_of) if as_of else None
    if not resume and not country:  # a usage error (exit 2), before anything is loaded
        raise BadValue("usage.give_country", param_hint="--country")

    def body() -> None:
        import shlex

        from screening.assess.screener import Screener, load_case
        from screening.base.errors import InputError
        from screening.interview.answers import t
        from screening.interview.flow import Interview, answer_from
        from screening.interview.session import load_session, new_session

        with Screener() as screener:  # frees the compiled engines' C memory on the way out
            notes: list[str] = []
            # a prepared case file brings its reference, narrative and language (unless told otherwise)
            case = load_case(answers, screener.lib) if answers else None
            if resume:
                session, notes = load_session(resume, screener.lib)
                if country and country.upper() != session.country:
                    raise InputError(f"this session is for {session.country}, not {country.upper()}", resume)
                if lang:
                    session.lang = lang.value
            else:
                assert country  # checked above
                code = country.strip().upper()
                screener.lib.jurisdiction(code)  # an unknown country is reported before anything is asked
                language = lang.value if lang else (case.language if case and case.language else default_lang())
                path = session_path or _default_session_path()
                if path.is_dir():
                    raise InputError.of("output_is_directory", path, example=str(path / "session.yaml"))
                # an existing file is refused by new_session, under the session's lock, in the user's language
                session = new_session(path, code, language, case_ref, screener.lib, when)
            language = chosen[0] = session.lang  # Ctrl-C and errors from here on speak the session's language
            say = lambda msg: typer.echo(msg)  # noqa: E731
            if not answers and not sys.stdin.isatty():
                raise InputError(t("interview.no_terminal", language))
            iv = Interview(screener, session, when)
            session.save()  # the file exists, owner-only, before the first question
            say(t("interview.screening_only", language))
            if resume:
                say(t("interview.resumed", language, path=session.path, count=len(session.answers)))
            else:
                say(t("interview.new_session", language, path=session.path))
            if notes:
                say(t("interview.resume_notes", language))
                from screening.base.safe_text import MESSAGE_MAX, visible

                for n in notes:  # they quote the session file's own keys and values: shown, never obeyed
                    say(f"  - {visible(n, limit=MESSAGE_MAX)}")
            resume_cmd = f"screening interview --resume {shlex.quote(str(session.path))}"
            # what a clinic runs next: the report of this session (the session knows its country)
            assess_cmd = f"screening report {shlex.quote(str(session.path))}"
            if case is not None:
                given = dict(case.known) | {f: "unknown" for f in case.unknown} | {f: "declined" for f in case.declined}
                answer_from(iv, given, say, reference=case.reference, narrative=case.narrative)
                from screening.interview.ui import TerminalInterview

                TerminalInterview(iv, lambda *a: "", say, resume_cmd, assess_cmd)._finish()
                return
            from screening.interview.ui import TerminalInterview, questionary_ask

            outcome = TerminalInterview(iv, questionary_ask(), say, resume_cmd, assess_cmd).run()
            if outcome == "stopped":  # Ctrl-C (saved first, resume command printed)
                raise typer.Exit(130)
            # "saved" (the user typed q) and "finished" are both a job done: exit 0

    chosen: list[str | None] = [lang.value if lang else None]
    run_command(body, lambda: chosen[0])


def _default_session_path() -> Path:
    """sessions/session-20261126-0137-7f3a.yaml: a date and a random id, never the case reference
    (it may be the applicant's name, and file names show in listings and backups)."""
    import secrets

    while True:  # the same minute and id again: draw another rather than refuse
        path = Path("sessions") / f"session-{dt.datetime.now():%Y%m%d-%H%M}-{secrets.token_hex(2)}.yaml"
        if not path.exists():
            return path
