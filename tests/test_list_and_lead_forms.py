"""Forms of lists and lead-ins in published reports, one named rule per test, on short texts
written for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import forms
from extract.pipeline import Extractor
from extract.report import Report


def _extract(extractor: Extractor, tmp_path: Path, text: str, name: str = "a.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extractor.extract(path, name)


def test_a_bullet_that_commits_beside_a_promise_is_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule parallel-item: in a flat list of promises, a bullet that commits without naming
    its giver ("Varje år kommer ett föräldramöte att hållas") is one more promise, given by
    those of the bullet beside it, not that bullet's activity."""
    report = _extract(extractor, tmp_path, """Nytt medborgarlöfte i Åby

Löftet gäller under 2025 och bygger på dialoger med invånarna.

- Kommunen och polisen ska varje år göra en gemensam kampanj mot langning.
- Varje år kommer ett föräldramöte hållas om alkohol och narkotika.
- Vid fyra tillfällen kommer det att genomföras en insats mot buskörning.
""")
    assert [(p.text, p.actors, p.activities) for p in report.promises] == [
        ("Kommunen och polisen ska varje år göra en gemensam kampanj mot langning.", ["police", "municipality"], []),
        ("Varje år kommer ett föräldramöte hållas om alkohol och narkotika.", ["police", "municipality"], []),
        ("Vid fyra tillfällen kommer det att genomföras en insats mot buskörning.", ["police", "municipality"], []),
    ]
    assert "rule parallel-item" in report.promises[1].evidence[0]


def test_a_bullet_beside_a_promise_that_leads_stays_its_activity(extractor: Extractor, tmp_path: Path) -> None:
    """Not parallel-item: a bullet that commits to nothing stays the activity of the promise
    beside it, and so does one that commits beside a promise ending on its colon."""
    report = _extract(extractor, tmp_path, """Nytt medborgarlöfte i Åby

Löftet gäller under 2025 och bygger på dialoger med invånarna.

- Kommunen och polisen ska varje år göra en gemensam kampanj mot langning.
- Affischer i skolorna före sommarlovet.

Dessutom:

- Kommunen och polisen ska varje år genomföra en insats mot buskörning genom att:
- Ett föräldramöte kommer att hållas om mopeder.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Kommunen och polisen ska varje år göra en gemensam kampanj mot langning.",
         ["Affischer i skolorna före sommarlovet."]),
        ("Kommunen och polisen ska varje år genomföra en insats mot buskörning genom att:",
         ["Ett föräldramöte kommer att hållas om mopeder."]),
    ]


def test_an_agreement_with_content_commits(extractor: Extractor, tmp_path: Path) -> None:
    """Rule agreement-statement: "… har enats om att verka för …" commits both parties as
    "lovar att" does; an agreement about the method ("… om att arbeta med medborgarlöften")
    commits no one and stays a note."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Åby kommun och polisen har kommit överens om att arbeta med medborgarlöften.

Åby kommun och Lokalpolisområde Åby har enats om att gemensamt verka för ett centrum
där langning av narkotika saknar fäste.

Arbetet följs upp två gånger om året.
""")
    assert [(p.text, p.actors, p.themes) for p in report.promises] == [
        ("Åby kommun och Lokalpolisområde Åby har enats om att gemensamt verka för ett centrum där "
         "langning av narkotika saknar fäste.", ["police", "municipality"], ["drugs"]),
    ]
    assert "rule agreement-statement" in " ".join(report.promises[0].evidence)
    assert "Åby kommun och polisen har kommit överens om att arbeta med medborgarlöften." in [
        n.text for n in report.notes]


def test_a_lead_right_under_the_lead_in_is_none_of_its_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule second-lead: under "Följande löften gäller för 2025:", a paragraph that leads to a
    list of its own (the focus areas found, joined to it as one note by rule outcome-list)
    is no promise; the promises stated after it are."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Följande löften gäller för 2025:

Följande områden har identifierats som viktiga:

- Våld i offentlig miljö
- Langning av alkohol till ungdomar under helgerna
- Trafiksäkerhet

Polisen och kommunen lovar att arbeta för att minska våldet i centrum.
""")
    assert [p.text for p in report.promises] == [
        "Polisen och kommunen lovar att arbeta för att minska våldet i centrum."]
    assert ("Följande områden har identifierats som viktiga: Våld i offentlig miljö Langning av alkohol till "
            "ungdomar under helgerna Trafiksäkerhet") in [n.text for n in report.notes]


def test_goals_under_a_promise_are_its_activities(extractor: Extractor, tmp_path: Path) -> None:
    """Rule promise-goal: "Målet är att:" right under a promise lists its targets, its
    activities; the same lead about the promises in general ("Syftet med medborgarlöftet är
    att:") lists aims, notes (rule aim-lead)."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen och kommunen lovar att arbeta för att minska våldet i centrum.

Målet är att:

- Antalet anmälda misshandelsbrott ska minska jämfört med 2024.

Polisen och kommunen lovar att arbeta för en ökad trafiksäkerhet.

Syftet med medborgarlöftet är att:

- Invånarna ska känna sig tryggare.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polisen och kommunen lovar att arbeta för att minska våldet i centrum.",
         ["Antalet anmälda misshandelsbrott ska minska jämfört med 2024."]),
        ("Polisen och kommunen lovar att arbeta för en ökad trafiksäkerhet.", []),
    ]
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2025)


def test_a_party_committing_under_the_umbrellas_heading_states_a_promise(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule party-under-umbrella: under "Det här ska vi göra" after a general statement, a
    paragraph in which a party commits, even after an opening that commits no one by itself
    ("Utifrån dialogerna ska polisen …"), is a promise; the statement above is the page's aim,
    a note. With no party after its verb the same opening commits no one."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i Åby

Polisen och Åby kommun lovar att arbeta för att öka tryggheten utifrån de fokusområden som tagits fram.

Det här ska vi göra

Utifrån dialogerna med invånarna ska polisen synas mer i centrum genom att patrullera till fots.

Utifrån lägesbilden kommer prioriteringen att vara trafiken.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Utifrån dialogerna med invånarna ska polisen synas mer i centrum genom att patrullera till fots.",
         ["police"]),
    ]
    assert [n.text for n in report.notes] == [
        "Polisen och Åby kommun lovar att arbeta för att öka tryggheten utifrån de fokusområden som tagits fram.",
        "Utifrån lägesbilden kommer prioriteringen att vara trafiken.",
    ]


def test_headings_under_activities_name_the_promise_they_are_of(extractor: Extractor, tmp_path: Path) -> None:
    """Rule area-activities: under "Aktiviteter" after a list of promises, a heading naming
    one of them heads its activities, grouped by party leads ("Polisiära aktiviteter:" is
    the police's, "Gemensamma aktiviteter:" both parties'), until the next such heading."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2025

- Polisen och Åby kommun kommer att arbeta mot langning av alkohol till unga
- Polisen och Åby kommun kommer att arbeta för ökad synlighet i centrum

Aktiviteter

Langning

Gemensamma aktiviteter:

- Information till föräldrar inför skolavslutningen

Polisiära aktiviteter:

- Kontroller vid butiker som säljer folköl

Synlighet

Kommunens aktiviteter:

- Nattvandring med fältassistenter
""")
    assert [(p.text, [(a.text, a.actors) for a in p.activities]) for p in report.promises] == [
        ("Polisen och Åby kommun kommer att arbeta mot langning av alkohol till unga", [
            ("Information till föräldrar inför skolavslutningen", ["police", "municipality"]),
            ("Kontroller vid butiker som säljer folköl", ["police"])]),
        ("Polisen och Åby kommun kommer att arbeta för ökad synlighet i centrum", [
            ("Nattvandring med fältassistenter", ["municipality"])]),
    ]
    assert "rule area-activities" in report.promises[1].evidence[-1]


def test_bullets_set_under_an_item_detail_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rules indented-sub-bullet and nested-item: a promise listed under "Medborgarlöfte 2025"
    whose sub-items a copied web page indents by a space has them as its activities;
    under-activity: under a statement's activity, its sub-items are activities too, even one
    in which the parties commit."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2025

 • Polisen och Åby kommun kommer att samordna arbetet mot droger genom följande områden;
  • minska risken för unga att hamna i missbruk
  • färre påverkade förare i trafiken
 • Polisen och Åby kommun kommer att arbeta för ökad synlighet

Åby kommun och polisen lovar att öka tryggheten i centrum genom att:

 • Genomföra tre medborgarmöten per år.
  • Polisen och kommunen ska informera om arbetet på mötena.
 • Arbeta med synlighet.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polisen och Åby kommun kommer att samordna arbetet mot droger genom följande områden;",
         ["minska risken för unga att hamna i missbruk", "färre påverkade förare i trafiken"]),
        ("Polisen och Åby kommun kommer att arbeta för ökad synlighet", []),
        ("Åby kommun och polisen lovar att öka tryggheten i centrum genom att:",
         ["Genomföra tre medborgarmöten per år.", "Polisen och kommunen ska informera om arbetet på mötena.",
          "Arbeta med synlighet."]),
    ]


@pytest.mark.parametrize(("sentence", "only"), [
    ("Under året kommer löpande uppföljning att genomföras.", True),
    ("En utvärdering ska göras i december.", True),
    ("Uppföljning av löftet kommer att ske två gånger per år.", True),
    ("Polisen ska göra uppföljning av alla anmälningar om klotter.", False),  # the police's task
    ("Kommunen ska ta fram en redovisning av otrygga platser.", False),
    ("Arbetet kommer följas upp och kommuniceras på hemsidan.", True),  # the follow-up in the passive
    ("Polisen ska genomföra insatser som ska följas upp.", False),  # a task first
    ("Arbetet med löftet ska regelbundet följas upp i trygghetsrådet.", True),  # an adverb before the verb
    ("Polisen ska regelbundet besöka skolorna.", False),
    # the promises themselves as what the parties follow up (follow_up_objects)
    ("Vi kommer tillsammans att följa upp löftena under hösten.", True),
    ("Polisen och kommunen ska utvärdera medborgarlöftet i december.", True),
    ("Polisen ska också löpande följa upp löftena.", True),
    ("Polisen ska följa upp ungdomar som påträffas berusade.", False),  # a task
    ("Polisen ska genomföra kontroller och följa upp löftena.", False),  # a task first
])
def test_a_commitment_whose_subject_is_the_follow_up(sentence: str, only: bool) -> None:
    """Rule follow-up-subject (words.toml [commitment] follow_up_subjects, follow_up_verbs,
    follow_up_objects)."""
    assert forms.follows_up_only(sentence) is only


def test_the_follow_up_of_the_promises_is_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Det här ska vi göra

Polisen och kommunen ska genomföra fyra trygghetsvandringar i centrum.

Uppföljning

Under året kommer löpande uppföljning att genomföras i det lokala brottsförebyggande rådet.
""")
    assert [p.text for p in report.promises] == [
        "Polisen och kommunen ska genomföra fyra trygghetsvandringar i centrum."]
    assert [n.text for n in report.notes] == [
        "Under året kommer löpande uppföljning att genomföras i det lokala brottsförebyggande rådet."]


def test_an_image_text_describing_the_scene_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    """Rule scene-caption: a page's image text ("Två poliser sitter på en bänk. På bordet
    ligger papper.") is no note; a sentence on what is done where, or on what the promise
    rests on, is."""
    report = _extract(extractor, tmp_path, """Nytt medborgarlöfte i Åby

Två poliser och en fältassistent sitter på en bänk. På bordet ligger papper.

Polisen och Åby kommun lovar att minska klottret vid stationen.

Till grund för löftet ligger en enkät med 800 svar.

Fältassistenter står vid skolan varje fredag.
""")
    assert [n.text for n in report.notes] == ["Till grund för löftet ligger en enkät med 800 svar.",
                                              "Fältassistenter står vid skolan varje fredag."]


def test_a_long_opening_line_after_the_menu_is_the_title(extractor: Extractor, tmp_path: Path) -> None:
    """Rule opening-line: a news page copied as text opens, after its menu, on its title, a
    line too long to be read as a heading; a heading further down is no title."""
    report = _extract(extractor, tmp_path, """Sök
Stäng Meny

Satsning ihop med Åby kommun för minskad brottslighet och ökad trygghet

Nu har Åby kommun och polisen skrivit på nya medborgarlöften för 2025.

Gemensamt arbete

Löftena följs upp tre gånger per år.
""")
    assert report.title == "Satsning ihop med Åby kommun för minskad brottslighet och ökad trygghet"


def test_a_short_opening_line_naming_the_promises_after_the_date_is_the_title(extractor: Extractor,
                                                                              tmp_path: Path) -> None:
    """Rule opening-line: after the page's date, a title set over two lines that names the
    promises is the title, though it has only five words; the site's section named at the
    foot of the page is not."""
    report = _extract(extractor, tmp_path, """12 mars 2025

Nya medborgarlöften
för ökad trygghet

Idag förnyades medborgarlöftena mellan polisen och Hjo kommun.

Polisen ska genomföra trafikkontroller vid skolorna.

Kommun & demokrati
""")
    assert report.title == "Nya medborgarlöften för ökad trygghet"


def test_a_means_lead_under_a_lead_to_promises_is_the_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule means-item: right under "… har resulterat i följande medborgarlöften", a lead with
    content of its own that ends "genom:" is the promise, and the bullets under it, even one
    that says "ska", are its activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Löftena bygger på dialoger med invånarna. Sammantaget har det resulterat i följande medborgarlöften

Ökad trygghet i centrum genom:

- Platsanpassade insatser. Vid behov ska polisiär närvaro prioriteras vid torget.
- Fältsamverkan. Polisen och fältassistenterna träffas varje vecka.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Ökad trygghet i centrum genom:", [
            "Platsanpassade insatser. Vid behov ska polisiär närvaro prioriteras vid torget.",
            "Fältsamverkan. Polisen och fältassistenterna träffas varje vecka."]),
    ]


def test_a_paragraph_under_a_bullet_saying_what_it_is_for_is_part_of_it(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """Rule under-bullet: a paragraph indented under a promise's bullet that says what the
    promise is for ("Arbetet syftar till att … vidta åtgärder", words.toml explains) explains
    it, whatever measures it names; one that names measures is its activity."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Tillsammans lovar polisen och kommunen att:

- Utveckla arbetet med gemensamma lägesbilder.

  Arbetet syftar till att snabbare vidta åtgärder där de behövs.

- Genomföra trygghetsvandringar i centrum.

  Några exempel på åtgärder är röjning av sly och ny belysning.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Utveckla arbetet med gemensamma lägesbilder.", []),
        ("Genomföra trygghetsvandringar i centrum.", ["Några exempel på åtgärder är röjning av sly och ny belysning."]),
    ]
    assert report.notes == []


def test_an_evaluation_restates_what_the_parties_intended_and_reports_on_it(extractor: Extractor,
                                                                            tmp_path: Path) -> None:
    """Rule restated-intention: under a title that evaluates the promise ("Utvärdering
    medborgarlöfte 2024"), a party that "skulle" do something, or "avsåg" after a fronted
    time, states the promise the rest of its paragraph reports on; "Detta har uppfyllts"
    says it was done. The press release's dateline below the title heads nothing."""
    report = _extract(extractor, tmp_path, """Utvärdering medborgarlöfte 2024

Pressmeddelande • Feb 05, 2025 07:00 CET

Under 2024 avsåg Lokalpolisområde Åby att öka närvaron i centrum under kvällstid.
Detta har uppfyllts genom fotpatrullering på torget.

Åby kommun skulle under 2024 genomföra två trygghetsvandringar i centrum.
Den första genomfördes på våren och den andra under hösten.
""")
    assert report.doc_type == "follow_up"
    assert [(p.text, p.actors, [r.text for r in p.results], p.status) for p in report.promises] == [
        ("Under 2024 avsåg Lokalpolisområde Åby att öka närvaron i centrum under kvällstid.", ["police"],
         ["Detta har uppfyllts genom fotpatrullering på torget."], "done"),
        ("Åby kommun skulle under 2024 genomföra två trygghetsvandringar i centrum.", ["municipality"],
         ["Den första genomfördes på våren och den andra under hösten."], None),
    ]


def test_short_lines_above_a_pages_title_are_no_notes(extractor: Extractor, tmp_path: Path) -> None:
    """Rule pre-title: an image's text and its caption above a news page's title say nothing
    of the promises; "(Bilden är ett montage)" closing a caption marks it as one."""
    report = _extract(extractor, tmp_path, """En mobiltelefon med appen synlig.
Appen är en av punkterna i löftet. (Bilden är ett montage).

Årets medborgarlöfte i Åby lägger fokus på unga

Under 2025 satsar Åby kommun och polisen på att tidigt upptäcka unga som riskerar att hamna i kriminalitet.
""")
    assert report.title == "Årets medborgarlöfte i Åby lägger fokus på unga"
    assert all("mobiltelefon" not in n.text and "montage" not in n.text for n in report.notes)


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Genom arbetet ska brottsligheten minska och den upplevda tryggheten öka.", True),
    ("Tryggheten ska öka i centrum.", True),
    ("Polisen ska öka närvaron så att tryggheten ska öka.", False),  # a task besides the outcome
    ("Kommunen ska minska antalet otrygga platser.", False),
])
def test_a_sentence_stating_only_an_outcome_commits_no_one(sentence: str, outcome: bool) -> None:
    """Rule outcome-statement (words.toml [commitment] outcome_subjects, outcome_verbs)."""
    assert forms.states_outcome(sentence) is outcome


def test_a_count_of_areas_leads_to_them_though_it_ends_on_a_full_stop(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """Rule counted-areas: "… har lett fram till tre prioriterade områden." over the areas is
    one note with them; under "Det här vill vi åstadkomma", an outcome is no promise."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Dialogerna har lett fram till tre prioriterade områden.

- Trygg i offentlig miljö.
- Bostadsinbrott.
- Trafik.

Det här ska vi göra

Polisen ska genomföra riktade insatser mot bostadsinbrott.

Det här vill vi åstadkomma

Genom arbetet ska brottsligheten minska och tryggheten öka.
""")
    assert [p.text for p in report.promises] == ["Polisen ska genomföra riktade insatser mot bostadsinbrott."]
    assert [n.text for n in report.notes] == [
        "Dialogerna har lett fram till tre prioriterade områden. Trygg i offentlig miljö. Bostadsinbrott. Trafik.",
        "Genom arbetet ska brottsligheten minska och tryggheten öka."]


def test_areas_named_as_following_lead_to_them_past_a_sentence_of_context(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """Rule counted-areas: "I löftet har följande fokusområden valts ut. De bygger på …" names
    the areas listed below it, though a sentence of context ends the paragraph: one note with
    them (before, the lone areas were read as headings and lost)."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2025

I medborgarlöftet för 2025 har följande fyra fokusområden valts ut. De bygger på statistik och dialoger.

- Narkotika
- Otrygga platser
- Trafik

Utifrån fokusområdena ska polisen och Hjo kommun fördjupa sin samverkan mot klotter.
""")
    assert [p.text for p in report.promises] == [
        "Utifrån fokusområdena ska polisen och Hjo kommun fördjupa sin samverkan mot klotter."]
    assert [n.text for n in report.notes] == [
        "I medborgarlöftet för 2025 har följande fyra fokusområden valts ut. De bygger på statistik och dialoger. "
        "Narkotika Otrygga platser Trafik"]
    assert forms.counts_areas("Vi har valt ut följande områden. De bygger på dialoger.")
    assert not forms.counts_areas("Polisen ska arbeta med följande områden. Det gäller hela året.")


def test_a_news_page_stating_its_promises_in_prose(extractor: Extractor, tmp_path: Path) -> None:
    """Rule promise-per-sentence: after "… lovar att …", "Att … är också ett av
    medborgarlöftena." and "Ett annat löfte är att …" state promises of their own, the latter
    given by those of the promise before it ("Några av polisens löften är att …": the police).
    A promise that sets a figure ("minst en träff") is a measure, no aim for umbrella-aim to
    demote when a heading naming the promises follows."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för ökad trygghet i Åby

Åby kommun och polisen lovar att fortsätta med grannsamverkan och bjuda in till minst en träff.
Att bjuda in till minst en trygghetsvandring under året är också ett av medborgarlöftena.

Några av polisens löften 2025 är att arbeta mot den öppna droghandeln.
Ett annat löfte är att göra minst 20 trafikkontroller i månaden.

Löften utifrån lägesbilden

Medborgarlöftena grundar sig i den lokala lägesbilden.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Åby kommun och polisen lovar att fortsätta med grannsamverkan och bjuda in till minst en träff.",
         ["police", "municipality"]),
        ("Att bjuda in till minst en trygghetsvandring under året är också ett av medborgarlöftena.",
         ["police", "municipality"]),
        ("Några av polisens löften 2025 är att arbeta mot den öppna droghandeln.", ["police"]),
        ("Ett annat löfte är att göra minst 20 trafikkontroller i månaden.", ["police"]),
    ]


def test_promises_named_each_on_a_line_under_the_promise_heading(extractor: Extractor, tmp_path: Path) -> None:
    """Rule listed-paragraphs: under "Medborgarlöftet", one-line statements are the promises,
    a longer one too where it opens with its figure, and so is one in which a party commits
    among them; "gemensamma" names both parties, "i Åby kommun" only where."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Medborgarlöftet

Två gemensamma trygghetsvandringar i Åby kommun i syfte att öka tryggheten för dem som bor i kommunen.

Två gemensamma medborgardialoger i Åby kommun.

Polisen kommer tillsammans med räddningstjänsten att genomföra en säkerhetsdag.

Utbildning för kommunens lärare i drogtecken.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Två gemensamma trygghetsvandringar i Åby kommun i syfte att öka tryggheten för dem som bor i kommunen.",
         ["police", "municipality"]),
        ("Två gemensamma medborgardialoger i Åby kommun.", ["police", "municipality"]),
        ("Polisen kommer tillsammans med räddningstjänsten att genomföra en säkerhetsdag.", ["police"]),
        ("Utbildning för kommunens lärare i drogtecken.", ["municipality"]),
    ]


def test_the_municipality_together_with_the_police_is_given_by_both(extractor: Extractor, tmp_path: Path) -> None:
    """Rule with-partners: "Åby kommun ska tillsammans med polisen …" is given by both; a
    dashed paragraph naming its speaker first ("- Anna Berg, kommunalråd, menar att …") after
    a quotation is reported speech, no note."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för 2025

- Löftena stärker vår samverkan, säger Per Ek, lokalpolisområdeschef.
- Anna Berg, kommunalråd, menar att detta är ett viktigt steg för tryggheten.

Medborgarlöften 2025

- Åby kommun ska tillsammans med polisen genomföra en medborgardialog.
- Polisen ska genomföra fotpatrullering i centrum varje vecka.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Åby kommun ska tillsammans med polisen genomföra en medborgardialog.", ["police", "municipality"]),
        ("Polisen ska genomföra fotpatrullering i centrum varje vecka.", ["police"]),
    ]
    assert report.notes == []


def test_a_press_release_naming_the_message_of_its_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule named-as-promise: "… Så lyder huvudbudskapet i det medborgarlöfte som tecknats …"
    makes the paragraph the promise; "Representanter från polisen och kommunen." captions a
    photo; cut-off-lead: a text cut off in the lead to its list leaves no note."""
    report = _extract(extractor, tmp_path, """Åby kommun

Förstärkt samarbete mellan polis och Åby

Ökad trygghet genom fältsamverkan och drogförebyggande arbete. Så lyder huvudbudskapet
i det medborgarlöfte som tecknats mellan Åby kommun och polisen.

Representanter från polisen och kommunen.

Löftet bygger på medborgardialoger och brottsstatistik.

De aktiviteter som ska prioriteras i""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Ökad trygghet genom fältsamverkan och drogförebyggande arbete. Så lyder huvudbudskapet i det "
         "medborgarlöfte som tecknats mellan Åby kommun och polisen.", ["police", "municipality"])]
    assert [n.text for n in report.notes] == ["Löftet bygger på medborgardialoger och brottsstatistik."]


def test_tasks_listed_under_a_title_naming_the_promise_of_a_place(extractor: Extractor, tmp_path: Path) -> None:
    """Rule listed-task: under a title that names the promise of a place ("Ett löfte från Hjo
    kommun och polisen"), bullets that open with an infinitive ("Minska …", "Öka …") are
    promises, though no heading of promises stands over them."""
    report = _extract(extractor, tmp_path, """Ett löfte från Hjo kommun och polisen

Kommunen och polisen har undertecknat ett medborgarlöfte.

Fokusområden för Hjo kommun blir:

- Minska försäljningen av narkotika runt stationen
- Öka närvaron av vuxna i centrum på kvällarna
""")
    assert [p.text for p in report.promises] == [
        "Minska försäljningen av narkotika runt stationen", "Öka närvaron av vuxna i centrum på kvällarna"]


def test_minska_is_its_own_lemma(extractor: Extractor) -> None:
    """lemmas.tsv: the lookup table reads "minska" as a form of "minsk"; the genre's verb wins."""
    doc = extractor.language.doc("Minska brotten.")
    assert doc[0].lemma_ == "minska"


def test_a_statement_announcing_its_means_keeps_them_as_activities(extractor: Extractor, tmp_path: Path) -> None:
    """Under a statement that ends on the means it lists ("… genom följande insatser:"), items
    that say "Vi ska …" are those means, its activities; under a lead-in, a paragraph that
    ends "genom att:" is a promise (rule means-item) and the paragraph and items under it,
    "Områdespolisen ska …" or "Polis och kommun ska …", its activities (rule means-prose)."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2026

Polisen och Åby kommun lovar att arbeta för att fånga upp unga genom följande insatser:
- Vi ska genomföra informationsinsatser till unga om sunda normer.
- Vi ska tillsammans informera vårdnadshavare om risker.

Polisen och Åby kommun lovar att:

Arbeta med ungdomar och narkotika genom att:

Områdespolisen ska fortsätta sin täta samverkan med skolan.

- Polis och kommun ska träffas varje månad i samverkansgruppen.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polisen och Åby kommun lovar att arbeta för att fånga upp unga genom följande insatser:",
         ["Vi ska genomföra informationsinsatser till unga om sunda normer.",
          "Vi ska tillsammans informera vårdnadshavare om risker."]),
        ("Arbeta med ungdomar och narkotika genom att:",
         ["Områdespolisen ska fortsätta sin täta samverkan med skolan.",
          "Polis och kommun ska träffas varje månad i samverkansgruppen."]),
    ]


def test_a_lead_in_with_its_partner_lists_promises_given_by_both(extractor: Extractor, tmp_path: Path) -> None:
    """Rule with-partners in a lead-in: "Polismyndigheten lovar att i samverkan med Hjo
    kommun:" has no content of its own (the partner is none), so its bullets are the
    promises, given by the police and the municipality it names; a partner that is no party
    ("i samverkan med skolan") gives nothing."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Polismyndigheten lovar att i samverkan med Hjo kommun:

- öka den polisiära synligheten vid resecentrum
- arbeta uppsökande med unga som befinner sig i riskzon

Polisen lovar att i samverkan med skolan:

- besöka varje högstadieklass en gång per termin
""")
    assert [(p.text, p.actors, p.activities) for p in report.promises] == [
        ("öka den polisiära synligheten vid resecentrum", ["police", "municipality"], []),
        ("arbeta uppsökande med unga som befinner sig i riskzon", ["police", "municipality"], []),
        ("besöka varje högstadieklass en gång per termin", ["police"], []),
    ]


def test_an_inverted_promise_naming_the_police_by_its_place(extractor: Extractor, tmp_path: Path) -> None:
    """Rule inverted-promise: after "Utifrån lägesbilden" the verb comes first, and its
    subject may name the police area by its place first ("lovar Hjo lokalpolisområde och Hjo
    kommun att …"): the paragraph is the promise of both, "Detta ska ske genom att:" leads
    to its activities."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Utifrån lägesbilden lovar Hjo lokalpolisområde och Hjo kommun att arbeta mot grupper av unga som stör ordningen.

Detta ska ske genom att:

- ingripa mot unga som stör ordningen och kontakta vårdnadshavare.
- öka vuxennärvaron i centrum på kvällar.
""")
    assert [(p.text, p.actors, [a.text for a in p.activities]) for p in report.promises] == [
        ("Utifrån lägesbilden lovar Hjo lokalpolisområde och Hjo kommun att arbeta mot grupper av unga som stör "
         "ordningen.", ["police", "municipality"],
         ["ingripa mot unga som stör ordningen och kontakta vårdnadshavare.",
          "öka vuxennärvaron i centrum på kvällar."]),
    ]
    assert report.notes == []


def test_a_task_beside_promises_in_a_flat_list_is_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule parallel-item: a bullet that opens on its task ("Fortsätta och utveckla …") right
    beside bullets that promise, at their depth, is one more promise of the list, given by
    those of the bullet before it; a note under the list that plans the follow-up
    ("Resultatet kommer att följas upp …") is no result (rule follow-up-plan)."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Medborgarlöfte 2025

- Hjo kommun och polisen kommer att genomföra trygghetsvandringar i centrum.
- Under året kommer polisen och kommunen att sprida information om Grannsamverkan.
- Fortsätta och utveckla det områdes- och nätverksbaserade arbetet i stadsdelarna.

Resultatet kommer att följas upp och redovisas två gånger under 2025.
""")
    assert [(p.text, p.actors, p.activities, p.results) for p in report.promises] == [
        ("Hjo kommun och polisen kommer att genomföra trygghetsvandringar i centrum.",
         ["police", "municipality"], [], []),
        ("Under året kommer polisen och kommunen att sprida information om Grannsamverkan.",
         ["police", "municipality"], [], []),
        ("Fortsätta och utveckla det områdes- och nätverksbaserade arbetet i stadsdelarna.",
         ["police", "municipality"], [], []),
    ]
    assert [n.text for n in report.notes] == ["Resultatet kommer att följas upp och redovisas två gånger under 2025."]


def test_a_plan_to_follow_up_in_a_follow_ups_part_is_no_result(extractor: Extractor, tmp_path: Path) -> None:
    """Rule follow-up-plan: even where the prose after a promise reports on it (in a
    follow-up), a paragraph that commits to following the promise up says what will be done."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 i Hjo

Polisen lovade att genomföra fyra trafikkontroller vid skolorna.

Polisen har genomfört sex trafikkontroller vid skolorna.

En ny utvärdering ska göras i december.
""")
    assert report.doc_type == "follow_up"
    assert [[r.text for r in p.results] for p in report.promises] == [
        ["Polisen har genomfört sex trafikkontroller vid skolorna."]]
    assert [n.text for n in report.notes] == ["En ny utvärdering ska göras i december."]


def test_a_party_saying_what_it_does_under_the_heading_of_what_will_be_done(extractor: Extractor,
                                                                              tmp_path: Path) -> None:
    """Rule party-does: under "Det här ska vi göra", a paragraph that opens with a party and
    reports nothing ("Lokalpolisområde Hjos områdespoliser arbetar i första hand i …") is a
    promise, as one saying "ska" is; under "Det här ska vi åstadkomma tillsammans" an aim in
    the present stays a note, and so does what follows a heading of another kind."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i Hjo

Det här ska vi göra

Hjo kommuns trygghetsvärdar ska stödja och vägleda unga som riskerar att hamna i utanförskap.

Lokalpolisområde Hjos områdespoliser arbetar i första hand i bostadsområdena Norrby och Söder.

Det här ska vi åstadkomma tillsammans

Hjo kommuns och polisens arbete syftar till att öka tryggheten för alla.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Hjo kommuns trygghetsvärdar ska stödja och vägleda unga som riskerar att hamna i utanförskap.",
         ["municipality"]),
        ("Lokalpolisområde Hjos områdespoliser arbetar i första hand i bostadsområdena Norrby och Söder.", ["police"]),
    ]
    assert "rule party-does" in report.promises[1].evidence[0]
    assert [n.text for n in report.notes] == [
        "Hjo kommuns och polisens arbete syftar till att öka tryggheten för alla."]


def test_bullets_in_which_a_party_does_something_under_a_topic_of_what_will_be_done(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule party-does, for bullets: under "Det här ska vi göra" and a topic set under it
    ("Fortsatt samverkan"), a bullet that opens with a party and reports nothing is that
    party's promise, beside one that says "åtar sig"; a topic keeps the section going, a
    heading of another kind ends it."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte för Hjo 2025

Det här ska vi göra

Fortsatt samverkan

- Hjo kommun startar under 2025 ett brottsförebyggande råd.
- Polisen genomför en trygghetsvandring i centrum varje höst.
- Hjo kommun åtar sig att se över belysningen i gångtunneln.

Kontaktuppgifter till oss

- Polisen nås på telefonnummer 114 14 dygnet runt.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Hjo kommun startar under 2025 ett brottsförebyggande råd.", ["municipality"]),
        ("Polisen genomför en trygghetsvandring i centrum varje höst.", ["police"]),
        ("Hjo kommun åtar sig att se över belysningen i gångtunneln.", ["municipality"]),
    ]


def test_an_aim_set_for_the_municipality_is_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule aim-statement: "Hjo kommun ska vara den tryggaste kommunen att bo i" sets an aim;
    it commits no one, so the list under "Det här ska vi göra" is the promises, not its
    activities. "Polisen ska vara synlig genom fotpatrullering" names its means: it commits."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte i Hjo kommun 2025

Hjo kommun ska vara den säkraste och tryggaste kommunen att bo och verka i.

Det här ska vi göra

- Genomföra minst en trygghetsvandring i centrum.
- Starta upp Krogar mot knark.

Polisen ska vara synlig genom fotpatrullering vid resecentrum.
""")
    assert [(p.text, p.activities) for p in report.promises] == [
        ("Genomföra minst en trygghetsvandring i centrum.", []),
        ("Starta upp Krogar mot knark.", []),
        ("Polisen ska vara synlig genom fotpatrullering vid resecentrum.", []),
    ]
    assert [n.text for n in report.notes] == [
        "Hjo kommun ska vara den säkraste och tryggaste kommunen att bo och verka i."]


def test_headings_under_a_lead_to_activities_after_the_list_name_their_promise(extractor: Extractor,
                                                                               tmp_path: Path) -> None:
    """Rule area-activities after a lead: "Det ska åstadkommas genom följande aktiviteter:"
    right after a list of promises, then headings that name one of them ("Öka tryggheten i
    centrum", "Motverka droganvändning"): each heading's items are that promise's activities;
    "under 2025 och 2026" states the period."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Polisen och kommunen ska under 2025 och 2026 arbeta tillsammans för ett tryggare Hjo.

Polisen och kommunen formulerar följande gemensamma medborgarlöften:

- Polis och kommun lovar att tillsammans öka den upplevda tryggheten i Hjo centrum
- Polis och Hjo kommun lovar att tillsammans motverka droganvändning i kommunen

Det ska åstadkommas genom följande aktiviteter:

Öka den upplevda tryggheten i centrum

- prioritera polisiär närvaro i Hjo centrum
- trygghetsvandringar i olika delar av kommunen

Motverka droganvändning

- genomföra riktade insatser mot narkotika.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polis och kommun lovar att tillsammans öka den upplevda tryggheten i Hjo centrum",
         ["prioritera polisiär närvaro i Hjo centrum", "trygghetsvandringar i olika delar av kommunen"]),
        ("Polis och Hjo kommun lovar att tillsammans motverka droganvändning i kommunen",
         ["genomföra riktade insatser mot narkotika."]),
    ]
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2026)


def test_a_party_lead_in_after_a_list_of_promises_lists_its_own(extractor: Extractor, tmp_path: Path) -> None:
    """Rule bullet-statement-ends: a bullet that promises is no umbrella for a lead-in set
    after its list ("Polisen lovar:" as a paragraph of its own): the lead-in's items are the
    police's promises, not activities of the last joint bullet."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2025

Tillsammans:

 • Polisen och kommunen lovar att minska skadegörelsen vid stationen.
 • Polisen och kommunen lovar att arbeta mot buskörning på torget.

Polisen lovar:

 • att genomföra trafikkontroller vid skolorna.
 • att patrullera till fots i centrum på helgerna.
""")
    assert [(p.text, p.actors, len(p.activities)) for p in report.promises] == [
        ("Polisen och kommunen lovar att minska skadegörelsen vid stationen.", ["police", "municipality"], 0),
        ("Polisen och kommunen lovar att arbeta mot buskörning på torget.", ["police", "municipality"], 0),
        ("att genomföra trafikkontroller vid skolorna.", ["police"], 0),
        ("att patrullera till fots i centrum på helgerna.", ["police"], 0),
    ]


def test_what_the_promise_focuses_on_is_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    """"Fokus i detta medborgarlöfte kommer att ligga på …" (cues.toml not_commitments) says
    what the promise is about, under its heading too: a note, and the promises stay the
    parties' own."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2025

Fokus i detta medborgarlöfte kommer att ligga på unga, trafiken och centrum. Det är ett långsiktigt arbete.

Polisen lovar att genomföra trafikkontroller vid skolorna.
""")
    assert [p.text for p in report.promises] == ["Polisen lovar att genomföra trafikkontroller vid skolorna."]
    assert report.notes[0].text.startswith("Fokus i detta medborgarlöfte kommer att ligga på unga")


def test_a_plan_to_report_far_into_its_sentence_is_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule follow-up-subject: the sentence's first "kommer att" reports how the work is
    followed ("… går att följa på kommunens sida och kommer att redovisas i maj"), however far
    into the sentence it stands: a note under the promises, never one of them."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2025

Polisen och Åby kommun lovar:

 • Att polisen ska genomföra trafikkontroller vid skolorna
 • Att kommunen ska förbättra belysningen i parken

Uppföljning

Det löpande arbetet med löftet går att följa på kommunens och polisens sidor, och arbetet kommer att redovisas i maj.
""")
    assert [p.text for p in report.promises] == [
        "Att polisen ska genomföra trafikkontroller vid skolorna", "Att kommunen ska förbättra belysningen i parken"]
    assert [n.text[:40] for n in report.notes] == ["Det löpande arbetet med löftet går att f"]
    assert forms.follows_up_only("Arbetet går att följa på sidan, och kommer att redovisas i maj.")
    assert not forms.follows_up_only("Polisen kommer att genomföra kontroller, och resultatet ska redovisas.")


def test_a_follow_up_section_after_a_joint_heading_states_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule follow-up-subject: under "Uppföljning", after promises listed under a heading that
    names the parties ("Tillsammans med Hjo kommun"), "Arbetet med löftet ska regelbundet
    följas upp …" tells how the promises are followed up: a note, not one more promise."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Polisen lovar att:

 • Genomföra trafikkontroller vid skolorna.

Tillsammans med Hjo kommun

 • Polisen och Hjo kommun ska genomföra två trygghetsvandringar i centrum.

Uppföljning

Arbetet med löftet ska regelbundet följas upp i trygghetsrådet. Statistik och erfarenheter ligger till grund.
""")
    assert [p.text for p in report.promises] == [
        "Genomföra trafikkontroller vid skolorna.",
        "Polisen och Hjo kommun ska genomföra två trygghetsvandringar i centrum."]
    assert [n.text[:40] for n in report.notes] == ["Arbetet med löftet ska regelbundet följa"]


def test_headings_under_a_lead_group_its_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule grouped-promises: "Det här lovar vi" right over headings ("Insatser för ökad
    trafiksäkerhet": measures, named as a heading of activities would be) lists promises under
    each heading, every item one promise, its giver in its brackets; not the first heading's
    promises with the rest as their activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Det här lovar vi

Insatser mot narkotika

 • Minst fyra narkotikainsatser riktade mot unga under året. (Polis)
 • Informationsmöten för föräldrar i årskurs 7 varje år. (Kommun och polis)

Insatser för ökad trafiksäkerhet

 • Minst tio hastighetskontroller vid skolorna. (Polis)
 • Ny belysning vid gång- och cykelvägarna. (Kommun)
""")
    assert [(p.text.split(".")[0], p.actors, p.activities) for p in report.promises] == [
        ("Minst fyra narkotikainsatser riktade mot unga under året", ["police"], []),
        ("Informationsmöten för föräldrar i årskurs 7 varje år", ["police", "municipality"], []),
        ("Minst tio hastighetskontroller vid skolorna", ["police"], []),
        ("Ny belysning vid gång- och cykelvägarna", ["municipality"], []),
    ]
    assert "rule promise-list-item" in report.promises[2].evidence[0]


def test_headings_naming_each_groups_giver_under_a_lead(extractor: Extractor, tmp_path: Path) -> None:
    """Rule grouped-promises: under "Det här lovar vi" and an area's heading, headings that name
    who gives each group ("Polis", then "Åbytrafiken", "Räddningstjänst" at the same level)
    keep the list going; a short one beside the party's names another giver, `other`."""
    report = _extract(extractor, tmp_path, """# Åby – medborgarlöften

Det här lovar vi under 2025:

## Insatser för ökad trygghet

### Polis

- Fotpatrullera i centrum vid minst 100 tillfällen.

### Åbytrafiken

- Fler ordningsvakter på busstationen på helgerna.
- Trygghetsvärdar på nattbussarna.

### Räddningstjänst

- Minst fem besök på skolorna om brandsäkerhet.
""", name="a.md")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Fotpatrullera i centrum vid minst 100 tillfällen.", ["police"]),
        ("Fler ordningsvakter på busstationen på helgerna.", ["other"]),
        ("Trygghetsvärdar på nattbussarna.", ["other"]),
        ("Minst fem besök på skolorna om brandsäkerhet.", ["other"]),
    ]


def test_topics_set_as_lone_bullets_over_what_will_be_done(extractor: Extractor, tmp_path: Path) -> None:
    """Rule lone-label: topics set as bullets of their own ("• Trafik"), each over its paragraph,
    two or more alike in the text, head those paragraphs; under "Det här ska vi göra" what a
    party commits to under each is a promise, not a note (nor the topic an activity)."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polis och kommun ska gemensamt arbeta för ett tryggt Åby för alla.

Det här ska vi göra

• Trafik

Polisen ska genomföra minst tio hastighetskontroller vid skolorna under året.

• Trygghet

Polisen ska i samverkan med kommunen starta två nya områden för grannsamverkan.
""")
    assert [p.text for p in report.promises][-2:] == [
        "Polisen ska genomföra minst tio hastighetskontroller vid skolorna under året.",
        "Polisen ska i samverkan med kommunen starta två nya områden för grannsamverkan."]
    assert not any(a.text in ("Trafik", "Trygghet") for p in report.promises for a in p.activities)


def test_a_page_explaining_what_medborgarlöften_are_gives_none(extractor: Extractor, tmp_path: Path) -> None:
    """Rule explains-practice: "Varje år lovar polisen att satsa på något särskilt. Det kallas för
    medborgarlöfte." explains the practice (cues.toml `explains`): a note, its "lovar" no
    promise; a promise given on the same page still is one."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte i Åby

Varje år lovar polisen i stadsdelen att satsa på något särskilt för tryggheten. Det kallas för medborgarlöfte.

Polisen lovar att patrullera till fots i centrum varje fredag under 2025.
""")
    assert [p.text for p in report.promises] == [
        "Polisen lovar att patrullera till fots i centrum varje fredag under 2025."]
    assert report.notes[0].text.startswith("Varje år lovar polisen i stadsdelen")


@pytest.mark.parametrize("text", [
    "Polisen och Åby kommun kommer under 2025 särskilt fokusera på att tillsammans arbeta för en trygg stad.",
    "Vi kommer att fokusera på torget och stationen, där invånarna känner sig mest otrygga.",
    "Vi kommer därför att koncentrera vårt arbete till torget och ha ett nära samarbete med butikerna.",
    "Torget är en knutpunkt där många rör sig varje dag. Vi kommer därför att koncentrera vårt arbete dit.",
    "Under 2025 kommer polisen och kommunen att ha ett särskilt fokus på unga i riskzon och på trafiken.",
    "Polisen ska lägga extra fokus på torget under sommarens kvällar.",
])
def test_what_the_parties_will_focus_on_is_no_promise(extractor: Extractor, tmp_path: Path, text: str) -> None:
    """Rule focus-statement: "ska" or "kommer (att)" before "fokusera", "ha (ett särskilt)
    fokus" (words.toml [commitment] focus_verbs) states a focus, not a task: a note; a promise
    verb before it still promises."""
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöften 2025

{text}

Polisen lovar att patrullera till fots på torget varje fredag.
""")
    assert [p.text for p in report.promises] == ["Polisen lovar att patrullera till fots på torget varje fredag."]
    assert [n.text for n in report.notes] == [text]
    promised = _extract(extractor, tmp_path, "Åby – medborgarlöften 2025\n\nPolisen och kommunen lovar att särskilt "
                        "fokusera på unga i riskzon.\n", name="b.txt")
    assert [p.text for p in promised.promises] == [
        "Polisen och kommunen lovar att särskilt fokusera på unga i riskzon."]


def test_a_focus_named_as_the_means_is_part_of_the_task(extractor: Extractor, tmp_path: Path) -> None:
    """Rule focus-statement reads only a focus right after "ska" or "kommer (att)": "… ska
    arbeta trygghetsskapande i trafiken genom att fokusera på …" commits to the work, and the
    sentence after it that promises belongs to the same promise."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte

Polisen i Hjo skall arbeta trygghetsskapande i trafiken genom att fokusera på
mopeder. Polisen i Hjo lovar att genomföra minst tio kontroller.
""")
    assert [p.text for p in report.promises] == [
        "Polisen i Hjo skall arbeta trygghetsskapande i trafiken genom att fokusera på mopeder. "
        "Polisen i Hjo lovar att genomföra minst tio kontroller."]
    assert report.notes == []


def test_a_lead_saying_how_the_promise_is_carried_out_lists_its_activities(extractor: Extractor,
                                                                           tmp_path: Path) -> None:
    """Rule promise-carried-out: "Medborgarlöftet genomförs under året med följande aktiviteter:"
    has the promise as its subject: what it lists are the means of the promise stated above
    it, its activities; a lead that names the promises ("… gäller följande medborgarlöften:")
    still lists promises."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Polisen och Hjo kommun lovar att tillsammans arbeta för tryggheten vid stationen.

Medborgarlöftet genomförs under året med följande aktiviteter:

- Polisiär synlighet vid stationen
- Trygghetsvandringar i centrum

Under 2026 gäller följande medborgarlöften:

- Polisen ska genomföra trafikkontroller vid skolorna.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polisen och Hjo kommun lovar att tillsammans arbeta för tryggheten vid stationen.",
         ["Polisiär synlighet vid stationen", "Trygghetsvandringar i centrum"]),
        ("Polisen ska genomföra trafikkontroller vid skolorna.", []),
    ]


def test_bullets_on_how_long_the_promise_holds_and_its_follow_up_are_notes(extractor: Extractor,
                                                                           tmp_path: Path) -> None:
    """Rule promise-arrangements: under a promise, a bullet that says how long it holds, one on
    how it is followed up, and one beside them on who convenes it are its arrangements, notes;
    a bullet with a task is still its activity. "LPO Hjo" names the police (lokalpolisområde)."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte

LPO Hjo och Hjo kommun lovar att arbeta mot buskörning med mopeder i centrum.

 • Medborgarlöftet gäller från 1 januari 2025 till 31 december 2026.
 • Uppföljning ska ske tillsammans varje kvartal.
 • LPO Hjo är sammankallande för arbetsgruppen.

Polisen lovar att arbeta för säkrare skolvägar.

 • Kontroller av mopeder vid skolorna varje månad.
 • Polisen är sammankallande vid mötena med skolorna.
""")
    assert [(p.text, p.actors, [a.text for a in p.activities]) for p in report.promises] == [
        ("LPO Hjo och Hjo kommun lovar att arbeta mot buskörning med mopeder i centrum.",
         ["police", "municipality"], []),
        ("Polisen lovar att arbeta för säkrare skolvägar.", ["police"],
         ["Kontroller av mopeder vid skolorna varje månad.", "Polisen är sammankallande vid mötena med skolorna."]),
    ]
    assert [n.text for n in report.notes] == [
        "Medborgarlöftet gäller från 1 januari 2025 till 31 december 2026.",
        "Uppföljning ska ske tillsammans varje kvartal.",
        "LPO Hjo är sammankallande för arbetsgruppen.",
    ]
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2026)


def test_the_municipality_joined_to_the_subject_gives_the_promise_too(extractor: Extractor,
                                                                       tmp_path: Path) -> None:
    """Rule with-partners: "… ska polisen tillsammans med kommunen genomföra …" is given by
    both, "kommunen" joined right after the party that commits; "på platser valda i samverkan
    med kommunen" says whom the police consult, and the promise stays the police's."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Medborgarlöften 2025

- För att minska klottret ska polisen tillsammans med kommunen genomföra trygghetsvandringar.
- Polisen ska tillsammans med kommunen ordna en medborgardialog i Korsberga.
- Polisen ska göra trafikkontroller på platser valda i samverkan med kommunen.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("För att minska klottret ska polisen tillsammans med kommunen genomföra trygghetsvandringar.",
         ["police", "municipality"]),
        ("Polisen ska tillsammans med kommunen ordna en medborgardialog i Korsberga.", ["police", "municipality"]),
        ("Polisen ska göra trafikkontroller på platser valda i samverkan med kommunen.", ["police"]),
    ]


def test_a_bullet_ending_on_samt_joins_the_next_to_the_list(extractor: Extractor, tmp_path: Path) -> None:
    """Rule unfinished-statement: a bullet ending "… samt" (with or without a comma) under a
    lead-in with no content of its own coordinates the next bullet, one more promise of the
    list, not an activity of its own; one ending "genom" leaves its phrase open."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Medborgarlöften 2025

För att minska langningen kommer polisen i samverkan med kommunen under 2025 att:

- ta fram en gemensam plan mot langning samt
- se över belysningen vid busstationen.
- öka närvaron i centrum genom
- fotpatruller på fredagskvällar.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("ta fram en gemensam plan mot langning samt", []),
        ("se över belysningen vid busstationen.", []),
        ("öka närvaron i centrum genom", ["fotpatruller på fredagskvällar."]),
    ]


def test_what_the_parties_want_to_do_following_lists_their_promises(extractor: Extractor,
                                                                     tmp_path: Path) -> None:
    """Rule parties-want-the-following: on a page of medborgarlöften, "… vill Hjo kommun och
    polisen utveckla följande områden under 2025:" leads to the tasks they take on, promises;
    "Vi vill att fler ska känna sig trygga." alone states an aim, a note."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Vi vill att fler ska känna sig trygga i Hjo.

Utifrån dialogerna vill Hjo kommun och polisen utveckla följande områden under 2025:

1. Förbättra belysningen längs gång- och cykelvägarna.
2. Genomföra trygghetsvandringar i tre bostadsområden.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Förbättra belysningen längs gång- och cykelvägarna.", ["police", "municipality"]),
        ("Genomföra trygghetsvandringar i tre bostadsområden.", ["police", "municipality"]),
    ]
    assert [n.text for n in report.notes] == ["Vi vill att fler ska känna sig trygga i Hjo."]


@pytest.mark.parametrize("term", forms.words().pointing_back)
def test_every_pointing_back_sentence_points_back(term: str) -> None:
    """Rule pointing-back: each sentence of words.toml [lead_in] pointing_back, as a lead's last
    sentence, hands the lead to the sentence before it; a sentence with content does not."""
    assert forms.points_back(f"{term.capitalize()}:")
    assert not forms.points_back(f"{term.capitalize()} viktiga för invånarna:")


def test_an_item_back_in_the_outer_list_is_no_item_of_the_lead(extractor: Extractor, tmp_path: Path) -> None:
    """Rule shallower-item: a lead-in set inside an item of an outer list (a meeting's agenda)
    lists its promises one level deeper; the next item of the outer list ("Sammanställningen
    visar …") is neither one of them nor their activity."""
    report = _extract(extractor, tmp_path, """# Nämndens sammanträde: medborgarlöfte för Hjo

- Medborgarlöftet ses som en utveckling av samverkan mellan kommunen och polisen.

  Följande aktiviteter föreslås bli nämndens bidrag till årets medborgarlöfte:

  - Genomföra ett dialogtillfälle om tillit i samhället.
  - Erbjuda prova-på-aktiviteter för barn och unga.
- Sammanställningen av enkätsvar visar ett stort engagemang från invånarna.
""", name="a.md")
    assert [(p.text, p.activities) for p in report.promises] == [
        ("Genomföra ett dialogtillfälle om tillit i samhället.", []),
        ("Erbjuda prova-på-aktiviteter för barn och unga.", []),
    ]
    assert "Sammanställningen av enkätsvar visar ett stort engagemang från invånarna." in [n.text for n in report.notes]


_BOLD_STATEMENTS = """# Medborgarlöften för Hjo 2025

- **Polisen lovar att minska bedrägerierna mot äldre.**


Polisen lovar att:

- hålla informationsträffar på träffpunkterna

Kommunen lovar att:

- utbilda personalen i hemtjänsten om bluffsamtal

- **Vi ska arbeta för att färre unga börjar använda narkotika.**


Polisen lovar att:

- hålla föräldramöten i årskurs 7
"""


def test_a_statement_set_in_bold_heads_the_lead_ins_below_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule bold-statement: a promise set in bold heads the parties' lead-ins below it as a
    heading would: they list its activities, whoever gives them, even under a "ska" statement;
    the same statements set plainly are complete, and a lead-in of their own party lists
    promises of its own (rule own-lead-in)."""
    report = _extract(extractor, tmp_path, _BOLD_STATEMENTS, name="a.md")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polisen lovar att minska bedrägerierna mot äldre.",
         ["hålla informationsträffar på träffpunkterna", "utbilda personalen i hemtjänsten om bluffsamtal"]),
        ("Vi ska arbeta för att färre unga börjar använda narkotika.", ["hålla föräldramöten i årskurs 7"]),
    ]
    plain = _extract(extractor, tmp_path, _BOLD_STATEMENTS.replace("**", ""), name="b.md")
    assert "hålla informationsträffar på träffpunkterna" in [p.text for p in plain.promises]
    # a lead-in that names promises lists promises still, under a statement in bold too
    named = _extract(extractor, tmp_path, _BOLD_STATEMENTS.replace(
        "Kommunen lovar att:", "Följande medborgarlöften ger kommunen:"), name="c.md")
    assert "utbilda personalen i hemtjänsten om bluffsamtal" in [p.text for p in named.promises]
