"""Document-level signals (furniture, press articles, title, municipalities, period), each alone."""

from __future__ import annotations

import pytest

from extract.blocks import Block, BlockKind
from extract.document import (
    content_blocks,
    decide_doc_type,
    decide_municipalities,
    decide_period,
    decide_title,
    extension_statement,
    file_name_municipalities,
    is_furniture,
    join_label_lists,
    lead_colons,
    press_signals,
    promise_headings,
    promise_prose,
    validity_statement,
    year_line,
)
from extract.lexicon import toml_data, validate_shape
from extract.municipalities import districts, find, find_districts, register
from extract.textnorm import one_sentence


def _p(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


def _h(text: str, level: int = 2) -> Block:
    return Block(BlockKind.HEADING, text, level=level)


@pytest.mark.parametrize("line", ["Sök", "Stäng Meny", "Sök på polisen.se", "Skriv ut", "Till toppen",
                                  "Publicerad 2021-03-04", "Javascript är inte påslaget i din webbläsare.",
                                  "Rapport för Åby 2022 (pdf, 200 kB)", "Hoppa över navigering", "Annons",
                                  # a cookie banner, line by line
                                  "Kakor på aby.se", "Vi använder nödvändiga kakor för att sidan ska fungera.",
                                  "Vi vill gärna sätta fler kakor för statistik.",
                                  "Du kan när du vill ändra dina inställningar.",
                                  # a site's banner over every page of a time
                                  "Med anledning av tidigare problem med utskrifter kan försändelser bli fördröjda.",
                                  # a teaser of another page in a news listing
                                  "2025-03-01 Gatan stängs av – Det kommer att bli trafikstörningar på ... Läs mer",
                                  # a site's logo, named by its alt text
                                  "Åby logotyp i mobilmeny", "Åby kommuns logotyp", "Hjo kommun logotype",
                                  "Genrebild på en polisbil."])
def test_page_furniture_is_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Polisen och kommunen lovar att öka tryggheten.",
                                  "Publicerade siffror visar att brotten minskar i Åby centrum under året.",
                                  "Trafiksäkerhet", "Vi bjöd på kaffe och kakor under trygghetsvandringen.",
                                  "Läs mer om medborgarlöftet på polisens webbplats.",
                                  "Trygg i Åby har fått en egen logotyp som syns på affischerna i centrum.",
                                  "Startsidan för trygghetsarbetet i Åby visar var poliserna finns varje vecka.",
                                  "Nyheten är mer än så: polisen ska patrullera i Åby varje dag."])
def test_content_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("lines", [
    ["Nytt löfte i Åby", "Av", "Karin Berg", "ÅBY. Polisen har gett ett medborgarlöfte."],
    ["Löftet i Åby", "Annons", "Polisen lovar mer närvaro."],
    ["Som ÅT skrivit tidigare har kommunen tecknat ett medborgarlöfte."],
    ["Åby2019-03-01 08:15", "Polisen lovar mer närvaro."],
    ["Varför har ni valt att förnya löftet?"],
    # in a text that quotes people
    ["– Vi har samarbetat länge, säger Anna Berg (S).", "Varför har ni valt att förnya löftet?", "– Det ger resultat."],
    ["Hur ser du på samarbetet med kommunen?"],
    ["Löften för ett tryggare Åby", "Polisen lovar mer närvaro.", "Text: Karin M Berg"],
    ["Som Åby-Posten skrivit tidigare har kommunen tecknat ett medborgarlöfte."],
    ["Kommunen förlänger löftet i ett år till.", "Artikelbild", "Anna Berg, kommunpolis."],
    ["Polisen ger nya löften i Åby.", "Läs mer på abynyheter.se"],  # the paper's site, as the source
    ["Polisen ger nya löften i Åby.", "Hela artikeln finns på www.aby-posten.se"],
    # a political party's press release, or its call to read what it wants
    ["Bättre löften behövs", "Pressmeddelande från Allianspartierna i Åby", "Förslaget är för svagt."],
    ["Polisen och kommunen kommer ha hög närvaro.", "Läs mer vad Centerpartiet vill göra för ökad trygghet."],
    # a news site's byline, with its name, without it, or the note on the writer
    ["Nytt medborgarlöfte i Åby", "Skrivet av: Karin Berg", "Polisen och kommunen har skrivit under."],
    ["Nytt medborgarlöfte i Åby", "Skrivet av Karin Berg", "Polisen och kommunen har skrivit under."],
    ["Nytt medborgarlöfte i Åby", "Skrivet av :", "Polisen och kommunen har skrivit under."],
    ["Polisen och kommunen har skrivit under.", "Om skribenten", "Karin har skrivit om Åby i tjugo år."],
])
def test_newspaper_signs(lines: list[str]) -> None:
    assert press_signals(lines)


@pytest.mark.parametrize("line", ["Läs mer på aby.se", "Läs mer på polisen.se/aby",
                                  "Ett pressmeddelande från Åby kommun om löftet.",
                                  "– Vi är nöjda, säger Anna Berg (C), kommunalråd.",
                                  "Kontakta anna.berg@aby.se",
                                  "Läs mer om löftet på www.aby.se/nyheter/medborgarlofte-2025",
                                  "Skrivet av kommunikationsavdelningen"])
def test_a_site_that_is_no_newspapers_is_no_sign(line: str) -> None:
    """A pointer to the municipality's or the police's own site is their page's: only a site
    named as a newspaper is ("…nyheter.se", "…-posten.se")."""
    assert press_signals(["Polisen lovar mer närvaro.", line]) == []


def test_a_sites_menu_and_footer_links_are_no_content_but_the_pages_heading_stays() -> None:
    """Rule navigation-run: three or more short lines in a row, none a sentence nor naming the
    promises, are a menu; the last, right over the text, is the page's heading; a lead's list
    of names after its ":" stays, and so does a run of two."""
    blocks = [_h("Kommun och politik"), _h("Omsorg och stöd"), _h("Trygghet och säkerhet"), _h("Uppföljning 2020"),
              _p("Under 2020 har polisen genomfört fler kontroller än året innan."),
              _p("Löftena utgår från tre områden:"), _h("Trafik"), _h("Narkotika"), _h("Klotter"),
              _h("Trygghet"), _p("Polisen lovar att patrullera."),
              _h("Facebook"), _h("LinkedIn"), _h("Instagram")]
    assert [b.text for b in content_blocks(blocks)] == [
        "Uppföljning 2020", "Under 2020 har polisen genomfört fler kontroller än året innan.",
        "Löftena utgår från tre områden:", "Trafik", "Narkotika", "Klotter", "Trygghet",
        "Polisen lovar att patrullera."]
    assert [b.text for b in content_blocks([_h("Trafik"), _h("Narkotika"), _p("Text här.")])] == [
        "Trafik", "Narkotika", "Text här."]


@pytest.mark.parametrize("line", ["Hittade du det du sökte?", "Hade du nytta av innehållet på den här sidan?",
                                  "Hoppa till innehåll", "Sidan uppdaterades senast 12 mars 2023",
                                  "Till innehåll på sidan", "Till huvudmenyn", "Till undermeny",  # skip links
                                  "Frågor kring nyheten?",
                                  "Startsida > Trygghet och säkerhet > Medborgarlöfte",  # where the page stands
                                  "Start / Trygghet och säkerhet / Medborgarlöfte",
                                  "Du är här: Startsida / Bo och leva / Trygghet / Medborgarlöfte",
                                  "Nyhet | Polisen", "Medborgarlöften | Åby kommun",  # a page's title bar
                                  "Sida 2 av 9", "2 (9)", "- 3 -",  # a PDF's page numbers, copied
                                  "Tack för din återkoppling!", "Dela på Facebook", "Tipsa en vän",
                                  "Sidansvarig: Kommunikationsavdelningen", "Relaterade sidor", "Godkänn alla kakor",
                                  "Läs mer om hur vi hanterar personuppgifter.", "Prenumerera på nyhetsbrev",
                                  "Följ oss på Instagram", "Ladda ner medborgarlöftet",
                                  "Chatta med oss!", "Välkommen att chatta med en samhällsvägledare.",
                                  "Stäng rutan", "Ring till TeleTal 020-22 11 44",
                                  "Pressmeddelande   •   Feb 05, 2019 07:00 CET",  # a press release's dateline
                                  "Lämnar du personuppgifter till oss behandlar vi dem såhär:",
                                  "Annat innehåll du kanske är intresserad av",
                                  "Kontaktuppgifter för denna undersida",
                                  # the link to the site's start page, named by its alt text
                                  "Startsidan för Åby kommuns webbplats", "Till startsidan",
                                  # a skip link, and a news archive's banner over an older item
                                  "Gå direkt till innehåll", "Nyheten är mer än 60 dagar gammal",
                                  # an image named by its file
                                  "1170px Hamnen Hjo 035", "IMG_2034.jpg"])
def test_a_pages_feedback_widget_and_skip_links_are_furniture(line: str) -> None:
    assert is_furniture(line)
    assert press_signals([line]) == []  # the reader is asked, not an interviewee


@pytest.mark.parametrize("line", ["Polisen > kommunen i antal insatser.", "Trygghet / Trafik / Narkotika",
                                  "Trafik | Narkotika | Klotter", "Region Gotland | Medborgarlöfte",
                                  "2020/2021", "Sida 2 handlar om trafiken i centrum och vid skolorna."])
def test_lines_like_crumbs_or_page_numbers_that_say_something_are_content(line: str) -> None:
    assert not is_furniture(line)


def test_a_pages_own_question_over_its_answer_is_no_interview() -> None:
    """"Hur uppnår ni medborgarlöftena?" over the page's list of what is done, on a page that
    quotes no one, asks on the reader's behalf (an FAQ's heading)."""
    assert press_signals(["Hur uppnår ni medborgarlöftena?", "", "• Polisen ska patrullera i centrum."]) == []


@pytest.mark.parametrize("line", ["Vill du veta mer?", "Har du frågor om löftet?", "Behöver du hjälp?"])
def test_a_yes_or_no_question_to_the_reader_is_no_interview(line: str) -> None:
    """An interviewer's question speaks to "ni" or opens with a question word; a page asks its
    reader "Vill du veta mer?"."""
    assert press_signals(["Polisen lovar mer närvaro.", line]) == []


def test_an_address_is_no_title() -> None:
    blocks = [_h("621 81 Visby"), _h("Medborgarlöfte 2020 är signerat"), _p("Text.")]
    assert decide_title(blocks, None).value == "Medborgarlöfte 2020 är signerat"


def test_a_heading_in_capitals_that_ends_with_a_full_stop_is_no_dateline() -> None:
    assert press_signals(["KRAFTSAMLING PÅ KOMMUNENS SKOLOR. (kommun och polis)",
                          "LARS BERG OCH PER EK. Foto: Åby kommun"]) == []
    assert press_signals(["ÖSTRA ÅBY. I början av året gav polisen nya löften till invånarna."])
    assert press_signals(["ÅBY2018-02-12 18:47"])


@pytest.mark.parametrize(("line", "press"), [
    ("– Vi är nöjda med året, säger kommunpolisen Anna Berg till ÅT.", True),
    ("– Det fungerar, berättar Per Ek för Åby-Posten.", True),
    ("– Vi är nöjda med året, säger kommunpolisen Anna Berg till polisen i Öby.", False),
    ("Det berättade hon för Åby kommuns trygghetsråd.", False),
])
def test_a_person_quoted_speaking_to_a_newspaper_marks_its_article(line: str, press: bool) -> None:
    assert bool(press_signals([line])) is press


def test_own_news_with_quotes_is_not_a_newspaper() -> None:
    lines = ["Nytt medborgarlöfte för Åby", "Polisen och kommunen lovar att öka tryggheten.",
             "– Vi är glada över samarbetet, säger kommunstyrelsens ordförande.",
             "Publicerad 2020-02-24 11:16", "Syns det någon skillnad på tryggheten?",
             "Text: Kommunikationsavdelningen", "Foto: Åby kommun"]
    assert press_signals(lines) == []


def test_title_skips_furniture_and_one_word_categories() -> None:
    blocks = [_h("Sök", 1), _h("TRYGGHET", 1), _h("Medborgarlöfte i Åby 2024", 2), _p("Text.")]
    decision = decide_title(blocks, None)
    assert decision.value == "Medborgarlöfte i Åby 2024"
    assert decision.signal == "heading naming the promises"


def test_a_site_section_right_over_the_pages_heading_is_no_title() -> None:
    """Rule site-section: "Kommun & politik" right over "Medborgarlöftet för 2025 är undertecknat"
    names where the page stands; with prose between them, the top heading stays the title."""
    blocks = [_h("Kommun & politik", 1), _h("Medborgarlöftet för 2025 är undertecknat", 1), _p("Text.")]
    assert decide_title(blocks, None).value == "Medborgarlöftet för 2025 är undertecknat"
    blocks = [_h("Uppföljning medborgarenkät", 1), _p("Text."), _h("Polisens del i medborgarlöftet", 1)]
    assert decide_title(blocks, None).value == "Uppföljning medborgarenkät"


@pytest.mark.parametrize("date", ["19 april 2023", "2023-04-19", "Åby den 2 maj 2024"])
def test_a_date_alone_is_no_title(date: str) -> None:
    blocks = [_h(date, 1), _h("Nytt medborgarlöfte i Åby", 1), _p("Text.")]
    assert decide_title(blocks, None).value == "Nytt medborgarlöfte i Åby"


def test_municipalities_official_form_first_then_title_then_file_name_then_police_place() -> None:
    official = decide_municipalities([_p("Lokalpolisområde Borås och Bollebygds kommun lovar ...")], None, "x.txt")
    assert [k.kommunkod for k in official.value] == ["1443"] and official.signal == "named in official form"
    titled = decide_municipalities([_p("Polisen lovar mer närvaro.")], "Sigtuna – medborgarlöften", "x.txt")
    assert [k.kommunkod for k in titled.value] == ["0191"] and titled.signal == "named in the title"
    named = decide_municipalities([_p("Polisen lovar mer närvaro.")], "Uppföljning", "07_goteborg-centrum-2018.txt")
    assert [k.kommunkod for k in named.value] == ["1480"] and named.signal == "named in the file name"
    served = decide_municipalities([_p("Polisen i Lycksele lovar mer närvaro.")], "Medborgarlöfte 2025", "x.txt")
    assert [k.kommunkod for k in served.value] == ["2481"] and served.signal == "named as the police's place"
    assert decide_municipalities([_p("Polisen i Centrum lovar mer närvaro.")], None, "x.txt").value == []


def test_a_municipality_closing_a_list_of_neighbours_gives_no_promise() -> None:
    """Rule listed-municipalities: "… representanter för Hjo, Tibro och Töreboda kommun"
    names the neighbours that signed their own promises; the page's own municipality is the
    one named otherwise. A list alone still names its municipalities."""
    blocks = [_p("Hjo kommun har tecknat nya medborgarlöften med polisen."),
              _p("Förra veckan skrev representanter för Hjo, Tibro och Töreboda kommun under sina löften.")]
    assert [k.name for k in decide_municipalities(blocks, None, "x.txt").value] == ["Hjo"]
    alone = decide_municipalities([_p("Representanter för Hjo, Tibro och Töreboda kommun skrev under.")], None,
                                  "x.txt")
    assert [k.name for k in alone.value] == ["Töreboda"]
    both = decide_municipalities([_p("Polisen och Töreboda kommun lovar mer närvaro.")], None, "x.txt")
    assert [k.name for k in both.value] == ["Töreboda"]  # "Polisen och" is no list of municipalities


def test_a_city_district_names_its_city_where_nothing_else_does() -> None:
    """Rule district-of-city (data/districts.toml): a district's page that never names its
    city is the city's; a municipality named otherwise wins, and districts of two cities name
    neither."""
    district = decide_municipalities([_p("Polisen i Lundby lovar mer närvaro på Hjalmar Brantingsplatsen.")],
                                     "Medborgarlöfte 2025", "x.txt")
    assert [k.name for k in district.value] == ["Göteborg"] and district.signal == "a district of the city named"
    assert [k.name for k in decide_municipalities([_p("Trygg i Västra Hisingen och Biskopsgården.")], None,
                                                  "x.txt").value] == ["Göteborg"]
    official = decide_municipalities([_p("Hjo kommun och polisen i Lundby lovar mer närvaro.")], None, "x.txt")
    assert [k.name for k in official.value] == ["Hjo"]
    assert decide_municipalities([_p("Erfarenheter från Rinkeby och Rosengård.")], None, "x.txt").value == []
    assert decide_municipalities([_p("En rosengård i parken.")], None, "x.txt").value == []  # not the name


def test_every_district_belongs_to_a_known_municipality() -> None:
    found = districts()
    assert found and all(kommun.kommunkod in register() for kommun in found.values())
    assert find_districts("Medborgarlöfte för Västra Hisingen") == [register()["1480"]]


def test_file_name_municipalities_fold_diacritics_and_prefer_longest_names() -> None:
    assert [k.name for k in file_name_municipalities("malung-salen-medborgarlofte-2016.pdf")] == ["Malung-Sälen"]
    assert file_name_municipalities("rapport-2020.txt") == []


@pytest.mark.parametrize(("text", "span"), [
    ("Medborgarlöftet gäller under perioden 2023 till och med 2025, men kan förlängas.", (2023, 2025)),
    ("Lidköping har tecknat ett tvåårigt medborgarlöfte som löper för åren 2022 och 2023.", (2022, 2023)),
    ("Medborgarlöftet är giltigt från och med 2021-01-18 till 2021-12-31.", (2021, 2021)),
    ("Polisen och kommunen har tecknat följande medborgarlöfte som gäller 2020-2021.", (2020, 2021)),
    ("När det gäller trafiken har mycket hänt sedan 2015.", None),
    ("Samverkansöverenskommelse för åren 2020-2024: Trygga Åby", None),  # the agreement's years
    ("Medborgarlöftet och överenskommelsen gäller 2023-2024.", (2023, 2024)),
])
def test_validity_statements(text: str, span: tuple[int, int] | None) -> None:
    assert validity_statement([text]) == span


@pytest.mark.parametrize(("text", "span"), [
    ("Medborgarlöftet för 2023–2024 förlängs till och med 2025.", (2023, 2025)),
    ("Polisen och Hjo kommun har beslutat att förlänga medborgarlöftet från 2022 att gälla även under 2023.",
     (2022, 2023)),
    ("Vi gör det igen. Löftet från 2021 har förlängts och gäller 2022.", (2021, 2022)),
    ("Medborgarlöftet gäller 2023–2025 men kan komma att förlängas till 2026.", None),  # only may come
    ("Kommunen har förlängt avtalet om ordningsvakter till och med 2025.", None),  # not the promises
    # the agreement is what is extended, beside the promise the sentence names
    ("Parterna avvaktar med medborgarlöftet och förlänger i stället samverkansöverenskommelsen under hela 2025.",
     None),
    ("Fritidsgården har förlängda öppettider under 2024 inom medborgarlöftet.", None),  # the adjective
    ("Medborgarlöftet förlängdes 2019 och gäller nu till och med 2021.", (2021, 2021)),  # 2019: the decision's
])
def test_extension_statements(text: str, span: tuple[int, int] | None) -> None:
    """Rule extension: a sentence extending the promises gives every year it names."""
    assert extension_statement([text]) == span


def test_an_extension_widens_the_period_of_stated_promises_not_of_a_report_on_them() -> None:
    """Rule extension: stated promises extended a year cover the years first given and the added
    one; a report on promises that carries some on to the next year covers the years it reports."""
    blocks = [_h("Medborgarlöfte Åby 2023–2024"), _p("Medborgarlöftet förlängs att gälla även 2025."),
              _p("Polisen lovar mer närvaro i centrum.")]
    assert decide_period(blocks, None, "x.txt", reports=False).value == (2023, 2025)
    assert decide_period(blocks, None, "x.txt", reports=True).value == (2023, 2024)


def test_headings_naming_the_promises_are_taken_together() -> None:
    assert promise_headings(["Medborgarlöften 2018-2019", "Uppföljning", "Medborgarlöfte 2016-2017"]) == (2016, 2019)
    assert promise_headings(["Trafik 2019"]) is None


def test_prose_naming_the_promises() -> None:
    assert promise_prose(["Inriktning för medborgarlöftet under april 2021 till april 2022 kommer att vara:"]) == (
        2021, 2022)
    assert promise_prose(["Polisen och kommunen kommer under 2021 - 2022 att fokusera på centrum."]) == (2021, 2022)
    assert promise_prose(["Polisen och kommunen ska under 2023 och 2024 arbeta tillsammans."]) == (2023, 2024)
    assert promise_prose(["Under 2025–2026 kommer polisen och kommunen att ha fokus på trafiken."]) == (2025, 2026)


def test_period_combines_validity_and_headings_and_falls_back_to_the_file_name() -> None:
    blocks = [_h("Medborgarlöften 2025 och resultat 2024", 1), _p("Här är löftena som gäller för 2025.")]
    assert decide_period(blocks, None, "x.txt").value == (2024, 2025)
    named = [_p("Polisen lovar mer närvaro."), _p("Trygghetsmätningen 2019 visade oro i centrum.")]
    assert decide_period(named, None, "ort-2019.txt").value == (2019, 2019)


def test_a_follow_up_heading_in_a_text_that_reports_nothing_names_earlier_promises() -> None:
    """Rule earlier-follow-up: "Uppföljning medborgarlöftet 2022–2023" under the new promises of
    a text that reports on none names the promises before them; where the text reports, both
    headings name what it covers."""
    blocks = [_h("Medborgarlöfte 2024–2025"), _p("Polisen lovar mer närvaro i centrum."),
              _h("Uppföljning medborgarlöftet 2022–2023"), _p("Uppföljningen finns som en pdf.")]
    assert decide_period(blocks, None, "x.txt", reports=False).value == (2024, 2025)
    assert decide_period(blocks, None, "x.txt").value == (2022, 2025)


@pytest.mark.parametrize(("statement", "period"), [
    ("Antalet anmälda misshandelsbrott ska minska jämfört med 2018 under 2019–2020.", (2019, 2020)),
    ("Färre inbrott än år 2023 ska anmälas under 2024.", (2024, 2024)),
    ("Klottret ska minska i jämförelse mot 2022.", None),  # a baseline, no year covered
    # the year of a survey the promise draws on
    ("Ordna en trygghetsvandring utifrån resultatet av trygghetsmätningen 2024.", None),
])
def test_a_year_compared_with_is_no_year_of_the_promises(statement: str, period: tuple[int, int] | None) -> None:
    """The years in a promise statement, not the baseline it compares with nor the year of a
    survey it draws on (document.toml [period] baseline)."""
    blocks = [_h("Medborgarlöfte för Åby kommun", 1), _p(statement)]
    assert decide_period(blocks, None, "x.txt", [statement]).value == period


@pytest.mark.parametrize(("stated", "period"), [
    ("för verksamhetsåret 2023/24", (2023, 2024)), ("under 2023–24", (2023, 2024)),
    ("för 2019-20", (2019, 2020)), ("från 1999/00", (1999, 2000)),
    ("sedan 2023-04-24", (2023, 2023)),  # a date, not a short range
    ("för 2023/29", (2023, 2023)),  # figures too far on to be the next years
    ("under tiden 20240601-20261231", (2024, 2026)),  # dates written without dashes
])
def test_a_range_of_years_written_short_is_read_out(stated: str, period: tuple[int, int]) -> None:
    """A school or business year written short ("2023/24", "2023–24") covers both years."""
    blocks = [_h("Medborgarlöfte för Åby kommun", 1), _p(f"Medborgarlöftet gäller {stated}.")]
    assert decide_period(blocks, None, "x.txt").value == period


@pytest.mark.parametrize("blocks", [
    [_p("Polisen lovar mer närvaro.")],  # the text names no year
    [_p("Publicerad 2019-03-01"), _p("Polisen lovar mer närvaro.")],  # only the page's date
    [_p("Polisen lovar mer närvaro efter dialogerna under 2018.")],  # another year
])
def test_a_year_in_the_file_name_alone_states_no_period(blocks: list[Block]) -> None:
    assert decide_period(blocks, None, "ort-medborgarlofte-2019.txt").value is None


def test_this_years_promises_in_a_dated_text_are_that_years() -> None:
    blocks = [_p("Pressmeddelande • Mar 06, 2024 08:52 CET"),
              _p("Välkommen när kommunen och polisen undertecknar årets medborgarlöfte."),
              _p("Polisen lovar mer närvaro i centrum.")]
    assert decide_period(blocks, None, "x.txt").value == (2024, 2024)
    assert decide_period(blocks[1:], None, "x.txt").value is None  # no date: no year


def test_rule_files_are_checked_for_unknown_keys() -> None:
    shape = {"notes": frozenset({"forward", "boilerplate"})}
    validate_shape("sections.toml", {"notes": {"forward": [], "boilerplate": []}}, shape)
    with pytest.raises(ValueError, match="unknown key"):
        validate_shape("sections.toml", {"notes": {"forward": [], "bolierplate": []}}, shape)
    with pytest.raises(ValueError, match="list of strings"):
        validate_shape("sections.toml", {"notes": {"forward": "läs mer", "boilerplate": []}}, shape)


def _li(text: str) -> Block:
    return Block(BlockKind.LIST_ITEM, text, level=1)


def _promises(text: str) -> bool:
    return "lovar" in text


def _commits(text: str) -> bool:
    return "lovar" in text or " ska " in f" {text} "


def test_a_lead_over_bare_names_is_one_paragraph() -> None:
    blocks = [_p("Uppföljningen sker genom:"), _li("Media"), _li("Digitala kanaler och sociala medier"),
              _p("Därefter följer nästa stycke.")]
    joined = join_label_lists(blocks, _promises, _commits)
    assert [(b.kind, b.text) for b in joined] == [
        (BlockKind.PARAGRAPH, "Uppföljningen sker genom: Media Digitala kanaler och sociala medier"),
        (BlockKind.PARAGRAPH, "Därefter följer nästa stycke."),
    ]


def test_a_lead_over_longer_names_is_one_paragraph_unless_it_speaks_of_the_promise() -> None:
    """Rule described-names: under a lead over names, names of up to ten words join it too
    ("Ett utsatt område kännetecknas av: • Svårigheter för polisen att fullfölja sitt
    uppdrag"); not under a lead that speaks of the promise ("Löftet innebär:" lists it)."""
    items = [_li("Allmän obenägenhet att delta i rättsprocessen"), _li("Svårigheter för polisen att nå fram"),
             _li("Parallella samhällsstrukturer")]
    joined = join_label_lists([_p("Ett utsatt område kännetecknas av:"), *items], _promises, _commits)
    assert [b.text for b in joined] == [
        "Ett utsatt område kännetecknas av: Allmän obenägenhet att delta i rättsprocessen Svårigheter för polisen "
        "att nå fram Parallella samhällsstrukturer"]
    kept = [_p("Löftet gäller 2025 och innebär:"), *items]
    assert join_label_lists(kept, _promises, _commits) == kept


def test_a_lead_over_outcomes_is_one_paragraph_with_them() -> None:
    blocks = [_p("Den utlovade närvaron kommer att leda till:"), _li("Ökad service mot invånarna."),
              _li("Ökad trygghet i byarna."), _p("Nästa stycke.")]
    joined = join_label_lists(blocks, _promises, _commits, lambda lead: "leda till" in lead)
    assert [(b.kind, b.text) for b in joined] == [
        (BlockKind.PARAGRAPH, "Den utlovade närvaron kommer att leda till: Ökad service mot invånarna. "
                              "Ökad trygghet i byarna."),
        (BlockKind.PARAGRAPH, "Nästa stycke."),
    ]
    # sentences under any other lead are items of their own
    assert join_label_lists(blocks, _promises, _commits) == blocks


def test_a_reported_lead_over_supines_is_one_paragraph() -> None:
    """Rule reported-list: "Vi har bland annat:" over "förbättrat …", "infört …": each item
    finishes the lead's sentence; an item of its own ("Polisen ska …") ends the run."""
    blocks = [_p("Vi har bland annat:"), _li("förbättrat belysningen vid torget och i parken bakom skolan"),
              _li("infört kamerabevakning vid busshållplatsen"), _li("Polisen ska fortsätta patrullera.")]
    joined = join_label_lists(blocks, _promises, _commits)
    assert [(b.kind, b.text) for b in joined] == [
        (BlockKind.PARAGRAPH, "Vi har bland annat: förbättrat belysningen vid torget och i parken bakom skolan "
                              "infört kamerabevakning vid busshållplatsen"),
        (BlockKind.LIST_ITEM, "Polisen ska fortsätta patrullera."),
    ]
    assert join_label_lists(blocks[:2], _promises, _commits) == blocks[:2]  # one item: a list of one


@pytest.mark.parametrize("blocks", [
    [_p("Polisen och kommunen lovar att fokusera på följande områden:"), _li("Trafik"), _li("Droger")],
    [_p("Polisen kommer också att:"), _li("fotpatrullera i centrum"), _li("kontrollera mopeder")],
    [_p("Vi gör detta genom:"), _li("Polisen ska fotpatrullera"), _li("Media")],
    [_p("Vi gör detta genom:"), _li("Trygghetsvandringar i centrum varje höst."), _li("Media")],
    [_p("Vi gör detta genom:"), _li("Media")],
])
def test_promises_activities_and_lone_items_are_not_joined(blocks: list[Block]) -> None:
    assert join_label_lists(blocks, _promises, _commits) == blocks


class _Found:
    def __init__(self, reported: bool, part: str = "promise", activities: int = 0) -> None:
        self.actors = ["police", "municipality"]
        self.confidence = 0.95
        self.part = part
        self._reported = reported
        self._activities = [object()] * activities

    @property
    def reported(self) -> bool:
        return self._reported

    @property
    def activities(self) -> list[object]:
        return self._activities


def _kind(promises: list[_Found], title: str = "Åby – medborgarlöften", headings: tuple[str, ...] = (),
          page: tuple[str, ...] = (), reports: int = 0) -> tuple[str, str]:
    texts = [title, "Medborgarlöftet för Åby 2025"]
    decision = decide_doc_type([*page, *texts], texts, title, list(headings), promises, lambda: reports)
    return decision.value, decision.signal


def test_the_kind_of_report_by_ranked_signals() -> None:
    assert _kind([_Found(False)]) == ("promise", "none")
    assert _kind([_Found(True, "follow_up")]) == ("follow_up", "promises reported on")
    assert _kind([_Found(True, "follow_up"), _Found(False)]) == ("combined", "promises stated and reported on")
    assert _kind([_Found(False)], title="Uppföljning av medborgarlöftet 2024") == (
        "follow_up", "promises reported on")
    assert _kind([], reports=2) == ("follow_up", "reports of what was done")
    assert _kind([_Found(False)], page=("Annons", "Av", "Karin Berg")) == (
        "other", "newspaper article")


def test_a_text_with_no_promise_and_no_municipality_is_no_report() -> None:
    """Rule nobodys-promises: a national body's page on the method names no municipality and
    states no promise; a text that states one, or names its municipality, is a report."""
    texts = ["Medborgarlöften", "Modellen för medborgarlöften är klar."]

    def kind(promises: list[_Found], named: bool, title: str = texts[0], reports: int = 0) -> tuple[str, str]:
        decision = decide_doc_type(texts, texts, title, [], promises, lambda: reports, False, lambda: named)
        return decision.value, decision.signal

    assert kind([], named=False) == ("other", "no promise, no municipality")
    assert kind([], named=True) == ("promise", "none")
    assert kind([_Found(False)], named=False) == ("promise", "none")
    # a page on the promises of a year, a follow-up, a text that reports: reports all the same
    assert kind([], named=False, title="Medborgarlöfte för 2024 undertecknades") == ("promise", "none")
    assert kind([], named=False, title="Uppföljning av medborgarlöftet")[0] == "follow_up"
    assert kind([], named=False, reports=2)[0] == "follow_up"


@pytest.mark.parametrize(("title", "kind"), [
    ("Så har medborgarlöftena till invånarna i Åby uppfyllts", "follow_up"),
    ("Löftena har infriats", "follow_up"),
    ("Så har mötena i Åby hållits", "promise"),  # says nothing of the promises
    ("Polisen följer upp medborgarlöftena i Åby", "follow_up"),
    ("Polisen följer upp trafiken i Åby", "promise"),
])
def test_a_title_saying_the_promises_were_kept_makes_a_follow_up(title: str, kind: str) -> None:
    assert _kind([], title=title)[0] == kind


def test_a_closing_follow_up_heading_does_not_make_a_follow_up() -> None:
    # the headings passed are those before the first promise: an "Uppföljning" link after them is not one
    assert _kind([_Found(False)], headings=("Medborgarlöften 2025",)) == ("promise", "none")


@pytest.mark.parametrize(("text", "one"), [
    ("Syns det någon skillnad?", True),
    ("Polisen besöker bl.a. skolor och fritidsgårdar.", True),  # an abbreviation ends no sentence
    ("Polisen har ökat närvaron. Nu följer kommunen efter.", False),
    ("Trafikbrott har minskat! 2024 var lugnare.", False),
])
def test_one_sentence(text: str, one: bool) -> None:
    assert one_sentence(text) is one


def test_a_lead_over_short_sentences_set_as_paragraphs_is_a_list_whose_bullets_were_lost() -> None:
    """Rule unmarked-list: "Polisen lovar att:" over two or more short one-sentence paragraphs
    (a list copied without its bullets) makes them items, up to longer prose; one such line,
    or prose under a lead, stays as it is."""
    from extract.document import unmarked_items

    blocks = [_p("Polisen lovar att:"), _p("Patrullera i centrum varje helg."), _p("Kontrollera trafiken vid skolan."),
              _p("Arbetet följs upp av kommunen och polisen tillsammans med föreningarna. Resultatet redovisas "
                 "i en rapport till nämnden under hösten, med siffror för varje insats."),
              _p("Kommunen lovar att:"), _p("Se över belysningen.")]
    assert [(b.kind, b.text[:20].strip()) for b in unmarked_items(blocks)] == [
        (BlockKind.PARAGRAPH, "Polisen lovar att:"), (BlockKind.LIST_ITEM, "Patrullera i centrum"),
        (BlockKind.LIST_ITEM, "Kontrollera trafiken"), (BlockKind.PARAGRAPH, "Arbetet följs upp av"),
        (BlockKind.PARAGRAPH, "Kommunen lovar att:"), (BlockKind.PARAGRAPH, "Se över belysningen.")]


_ITEM = Block(BlockKind.LIST_ITEM, "öka närvaron i centrum", level=1)


@pytest.mark.parametrize("lead", ["Polisen lovar", "Under 2026 ska vi särskilt arbeta för att",
                                  "Löftet gäller 2026 och innebär", "Det ska vi åstadkomma genom följande aktiviteter",
                                  # the last sentence of a paragraph announces it
                                  "Polisen och kommunen ska stärka stödet till brottsoffer. I linje med detta utgår "
                                  "följande medborgarlöfte"])
def test_a_lead_in_without_its_colon_gets_it(lead: str) -> None:
    """Rule lead-colon: a line that ends as a lead-in does, or announces a list, right over one."""
    assert lead_colons([_p(lead), _ITEM])[0].text == lead + ":"


def test_a_lead_ending_in_a_semicolon_over_a_list_gets_a_colon_instead() -> None:
    lead = "Syftet med medborgarlöften är att"
    assert lead_colons([_p(lead + ";"), _ITEM])[0].text == lead + ":"
    assert lead_colons([_p("Det är viktigt;"), _p("Nästa stycke.")])[0].text == "Det är viktigt;"


@pytest.mark.parametrize("blocks", [
    [_p("Medborgarlöftet gäller 2026-01-01 -- 2026-12-31"), _ITEM],  # ends on a date, not a lead's word
    [_p("Nuvarande lägesbild utifrån enkäter och statistik"), _ITEM],  # names, announces nothing
    [_p("Polisen lovar"), _p("Det här är en ny mening.")],  # nothing listed after it
    [_p("Polisen lovar att öka närvaron."), _ITEM],  # a finished sentence
])
def test_lines_that_lead_into_no_list_keep_their_text(blocks: list[Block]) -> None:
    assert lead_colons(blocks)[0].text == blocks[0].text


_LEDE = "Kommunen och polisen har enats om nya medborgarlöften för året som kommer och om mer närvaro."


@pytest.mark.parametrize(("lines", "press"), [
    # a municipality's name in capitals over the article's first paragraph: a dateline
    (["TIDAHOLM", _LEDE], True),
    (["MEDBORGARLÖFTE", _LEDE], False),
    (["TIDAHOLM", "Kontakt"], False),  # a name over no article
    (["Polisen ska kontrollera fler bilar, skriver kommunen i ett pressmeddelande."], True),
    (["Kommunen skriver om löftet på webbplatsen."], False),
    (["Karin Berg", "karin.berg@abyposten.se"], True),  # a reporter's address at the paper
    (["Kontakt", "trygghet@aby.se"], False),
])
def test_a_dateline_a_cited_press_release_and_a_reporters_address_mark_an_article(
        lines: list[str], press: bool) -> None:
    assert bool(press_signals(lines)) is press


def test_a_year_alone_under_the_title_states_the_period() -> None:
    """Rule year-line: a cover's "2025" (or "2025–2026") on a line of its own; not an archive's
    menu of years."""
    cover = [_h("Medborgarlöfte"), _p("Åby kommun och polisen"), _h("2025–2026"), _p("Vi lovar:")]
    assert year_line(cover) == (2025, 2026)
    assert decide_period(cover, "Medborgarlöfte", "a.txt").value == (2025, 2026)
    assert year_line([_h("Nyheter"), _p("2025"), _p("2024"), _p("2023"), _h("Medborgarlöfte")]) is None
    assert year_line([_h("Medborgarlöfte"), _p("Vi lovar att kontrollera trafiken 2025.")]) is None


@pytest.mark.parametrize("word", toml_data("document.toml")["period"]["period_headings"])
def test_every_period_heading_word_states_the_years(word: str) -> None:
    """Rule period-heading: each word of document.toml [period] period_headings, alone with its
    years, states them; with more words after it, it is prose and states nothing."""
    assert promise_headings([f"{word.capitalize()} 2021–2023"]) == (2021, 2023)
    assert promise_headings([f"{word.capitalize()}: 2024"]) == (2024, 2024)
    assert promise_headings([f"{word.capitalize()} av insatserna 2024"]) is None


def test_plural_after_names_only_capitalised_municipalities() -> None:
    """Rule plural-after: "kommunerna" then municipalities by name; its other senses name none."""
    def names(text: str) -> list[str]:
        return [m.kommun.name for m in find(text)]
    assert names("i kommunerna Hjo och Tibro") == ["Hjo", "Tibro"]
    assert names("Kommunerna Åre, Berg, Härjedalen samt Krokom") == ["Åre", "Berg", "Härjedalen", "Krokom"]
    assert names("alla kommunerna. Hjo har också") == []
    assert names("kommunerna och polisen i Hjo") == []


def test_years_in_the_genitive_before_the_promises_are_their_period() -> None:
    """Rule years-genitive: "2018 års medborgarlöften" states the years as "medborgarlöften för
    2018" does; the years of anything else in the genitive do not ("2018 års budget")."""
    assert promise_prose(["Här är 2018 års medborgarlöften."]) == (2018, 2018)
    assert promise_prose(["Kommunen och polisen har skrivit under 2024–2025 års löfte."]) == (2024, 2025)
    assert promise_prose(["Läs om 2023/24 års medborgarlöfte här."]) == (2023, 2024)
    assert promise_prose(["Kommunen har antagit 2018 års budget."]) is None
