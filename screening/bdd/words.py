"""The words a trainer may write in a Gherkin step, in English, Spanish and Portuguese, mapped to the
contract's ids: the same words the reports use are accepted (e.g. "el resultado general es" and
"resultado global"; "probablemente elegible" and "elegible")."""

from __future__ import annotations

import unicodedata

# Status words a trainer may write, in any of the three languages, mapped to the contract's ids.
STATUS = {
    "met": "met", "not_met": "not_met", "not met": "not_met", "undetermined": "undetermined",
    "cumplido": "met", "cumplida": "met", "no cumplido": "not_met", "no cumplida": "not_met",
    "indeterminado": "undetermined", "indeterminada": "undetermined",
    "cumprido": "met", "cumprida": "met", "não cumprido": "not_met", "não cumprida": "not_met",
    # exclusions read more naturally as "applies"
    "applies": "met", "does not apply": "not_met",
    "se aplica": "met", "no se aplica": "not_met",
    "aplica-se": "met", "não se aplica": "not_met",
    # a clause raised only on indication that nothing raised (the words the reports use)
    "not_raised": "not_raised", "not raised": "not_raised",
    "no planteado": "not_raised", "no planteada": "not_raised",
    "não suscitado": "not_raised", "não suscitada": "not_raised",
    # exclusion or cessation that needs an individual assessment, pointed to by the answers: never "applies"
    # at screening (undetermined, held open: refer to the authority)
    "indicated": "indicated", "indicated: refer": "indicated", "indicada": "indicated", "indicado": "indicated",
}
# flags read "raised" / "not raised"
FLAG = {
    "met": "met", "not_met": "not_met", "undetermined": "undetermined",
    "raised": "met", "not raised": "not_met", "could not be checked": "undetermined",
    "indeterminado": "undetermined", "indeterminada": "undetermined",
    "activada": "met", "no activada": "not_met", "no se pudo comprobar": "undetermined",
    "ativado": "met", "não ativado": "not_met", "não foi possível verificar": "undetermined",
}
OVERALL = {
    "eligible": "eligible", "not_eligible": "not_eligible", "needs_more_information": "needs_more_information",
    "not eligible": "not_eligible", "needs more information": "needs_more_information",
    "elegible": "eligible", "no elegible": "not_eligible", "necesita más información": "needs_more_information",
    "elegível": "eligible", "não elegível": "not_eligible", "precisa de mais informações": "needs_more_information",
    "not_screened": "not_screened", "not screened": "not_screened", "no evaluado": "not_screened",
    "não avaliado": "not_screened",
    # as the reports word them
    "likely eligible": "eligible", "probablemente elegible": "eligible", "provavelmente elegível": "eligible",
    "more information is needed": "needs_more_information", "se necesita más información": "needs_more_information",
    "são necessárias mais informações": "needs_more_information",
    "not screened in this jurisdiction": "not_screened", "no evaluada en esta jurisdicción": "not_screened",
    "não avaliada nesta jurisdição": "not_screened", "no evaluada": "not_screened", "não avaliada": "not_screened",
}
# the kinds of protection reported apart, by id or by the words the reports use
OUTCOME = {
    "refugee_status": "refugee_status", "refugee status": "refugee_status",
    "condición de refugiado": "refugee_status", "condição de refugiado": "refugee_status",
    "complementary_protection": "complementary_protection", "protection from return": "complementary_protection",
    "protección contra la devolución": "complementary_protection",
    "proteção contra a devolução": "complementary_protection",
    "statelessness": "statelessness", "apatridia": "statelessness",
    "humanitarian_pathway": "humanitarian_pathway", "humanitarian pathway": "humanitarian_pathway",
    "vía humanitaria": "humanitarian_pathway", "via humanitária": "humanitarian_pathway",
}


def word(table: dict[str, str], word: str) -> str:
    key = unicodedata.normalize("NFC", word.strip().lower())
    if key not in table:
        raise AssertionError(f"unknown result word '{word}'; use one of: {', '.join(sorted(set(table.values())))}")
    return table[key]
