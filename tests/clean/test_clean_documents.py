"""Cleaning drops the boilerplate scrapes carry, keeps the article, marks captions,
finds dates and bylines, and keeps a map back to the raw text."""

from pathlib import Path

import pytest

from armsledger.clean import CleanError, clean_document
from armsledger.clean.metadata import date_from_text, guess_language
from armsledger.ingest import read_inputs
from armsledger.records import RawDocument

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

SCRAPE = """icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon mailicon shareicon
Skip to content
12 Mar, 2024 09:10
Kenya turns to Ankara for drones
Written by Jane Doe
Independent reporting needs you — become a member today and help us keep going.
Become a supporterThe Kenyan government has ordered six Turkish TB2 drones, officials said.
A TB2 drone on display at an air show in Istanbul. (Jane Roe/AFP via Getty Images)
This audio is created with AI assistance
The drones will be based near the Somali border.
Enter your email to subscribe
* indicates required
visa masterCard americanExpress
Trending Now
News Feed
7:15 PM
Flood warning issued for coastal towns.
Residents were told to move to higher ground."""


def raw(text, **kw):
    return RawDocument(source="x.txt", content=text, kind="text", **kw)


def test_boilerplate_of_many_kinds_is_removed_and_content_kept():
    d = clean_document(raw(SCRAPE))
    for gone in ("icon bookmark", "Skip to content", "become a member", "Become a supporter", "AI assistance",
                 "Enter your email", "indicates required", "masterCard", "Trending Now", "Flood warning",
                 "higher ground", "Written by"):
        assert gone.lower() not in d.text.lower(), gone
    assert "The Kenyan government has ordered six Turkish TB2 drones, officials said." in d.text
    assert "The drones will be based near the Somali border." in d.text
    assert d.author == "Jane Doe"
    assert d.published == "2024-03-12" and d.published_from == "text"
    assert d.title == "Kenya turns to Ankara for drones"


def test_captions_are_kept_aside_and_marked():
    d = clean_document(raw(SCRAPE))
    assert "TB2 drone on display" not in d.text
    caps = [r for r in d.removed if r.reason == "caption"]
    assert len(caps) == 1 and "TB2 drone on display" in d.raw[caps[0].start : caps[0].end]


@pytest.mark.parametrize("line", [
    "Pictured: Swedish Gripen jets sold to Brazil fly over Brasilia.",
    "Image caption, The two leaders at the signing ceremony in Ankara",
    "FILE PHOTO: A Chilean Air Force F-16 takes off in Santiago, May 5, 2019. REUTERS/Ivan Alvarado/File Photo",
])
def test_labelled_captions_and_agency_credits_are_captions(line):
    text = "Jets\nPublished: 3 June 2025\n" + line + "\nChile is studying options to replace its F-16 fleet.\n"
    d = clean_document(raw(text))
    assert line[:20] not in d.text and "Chile is studying options" in d.text
    assert [r.reason for r in d.removed if line[:20] in d.raw[r.start : r.end]] in (["caption"], ["credit"])


def test_offset_map_points_back_to_the_raw_text():
    d = clean_document(raw(SCRAPE))
    assert d.offsets
    for cs, rs, n in d.offsets:
        assert d.text[cs : cs + n] == d.raw[rs : rs + n]
    pos = d.text.index("Somali border")
    assert d.raw[d.raw_offset(pos) : d.raw_offset(pos) + 13] == "Somali border"


def test_manifest_date_wins_and_keeps_its_precision():
    d = clean_document(raw(SCRAPE, published="2025-03"))
    assert d.published == "2025-03" and d.published_from == "metadata"


@pytest.mark.parametrize("stamp,iso", [
    ("6 Oct, 2023 14:42", "2023-10-06"),
    ("Jan.19 - 2025 9:17 PM CET", "2025-01-19"),
    ("23 February 2024", "2024-02-23"),
    ("29 Nov 2024, 10:05", "2024-11-29"),
    ("Publish date: Thu, 20 Jun 2024, 09:42 PM", "2024-06-20"),
    ("Jul 28, 2023, 02:14 PM | Updated 03:44 PM IST", "2023-07-28"),
    ("Athens, 18/03/2022", "2022-03-18"),  # numeric stamps: day first unless only month first fits
    ("03/18/2022 10:22", "2022-03-18"),
    ("Posted 05.06.2022", "2022-06-05"),
    ("2022/03/18", "2022-03-18"),
])
def test_date_stamps(stamp, iso):
    assert date_from_text(f"Some headline here\n{stamp}\nThe body of the article follows here.") == iso


def test_date_prefix_and_dateline():
    assert date_from_text(" date 2023-11-21 In the midst of the crisis, things changed.") == "2023-11-21"
    assert date_from_text("NIAMEY, Dec. 22, 2023 (Xinhua) -- The last troops left.") == "2023-12-22"


def test_the_first_full_date_of_a_long_text_is_found_on_whatever_line_it_is():
    body = "\n".join(f"Paragraph {k} says nothing dated about the talks." for k in range(60))
    assert date_from_text(body + "\nThe photo was taken on March 3, 2021 in Kigali.") == "2021-03-03"
    # broken over lines, with blank lines between its words
    assert date_from_text(body + "\nIt was signed on\n\n5th of\nJune,\n\n2019 in Nairobi.") == "2019-06-05"
    # lines with other words between them are no date, however far from the year
    assert date_from_text(body + "\nOn June 5,\nnothing happened.\n\n\n2019 was quiet.") is None


def test_reading_only_the_lines_with_a_year_finds_the_same_dates():
    from armsledger.clean.metadata import _year_lines
    from armsledger.extract.dates import full_dates

    seeds = Path(__file__).resolve().parents[2] / "src/armsledger/examples/seeds"
    texts = [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))]
    n = 0
    for t in texts:
        for v in (t, t.replace(" 20", "\n20"), t.replace(", ", ",\n\n"), t.replace(" ", "\n")):
            whole = [d.value for d in full_dates(v)]
            assert [d.value for run in _year_lines(v) for d in full_dates(run)] == whole
            n += len(whole)
    assert n > 20  # the check ran on real dates


def test_html_pages_lose_menus_cookies_comments_and_related_links():
    items = [i for i in read_inputs([FIXTURES / "defence_daily.html", FIXTURES / "gazette_world.html"])]
    dd, gz = (clean_document(i) for i in items)
    assert "signed a contract with Turkey's Baykar to buy six Bayraktar TB2 drones" in dd.text
    for gone in ("cookies", "Home", "Great news for the region", "Ethiopia receives", "All rights reserved"):
        assert gone not in dd.text, gone
    assert dd.published == "2024-03-14" and dd.outlet == "Defence Daily" and dd.author == "Amina Wanjiru"
    assert "discuss the construction of two frigates" in gz.text
    for gone in ("Sign up for our newsletter", "Most popular", "Advertisement", "Follow us"):
        assert gone not in gz.text, gone


def test_hostile_markup_does_not_survive_as_markup():
    (item,) = list(read_inputs([FIXTURES / "hostile_news.html"]))
    d = clean_document(item)
    assert "onerror" not in d.text and "alert('xss')" not in d.text
    assert "France will sell Croatia twelve Rafale jets" in d.text


def test_page_without_text_is_a_clean_error():
    (item,) = list(read_inputs([FIXTURES / "broken_markup.html"]))
    with pytest.raises(CleanError):
        clean_document(item)
    with pytest.raises(CleanError):
        clean_document(raw("   \n  "))


def test_language_guess_flags_non_english():
    assert guess_language("The minister said that the deal was signed in the capital on Monday " * 3) == "en"
    assert guess_language("Le ministre a déclaré que l'accord avait été signé dans la capitale lundi " * 3) == "und"
    # a short brief full of names is English all the same
    assert guess_language("President Volodymyr Zelenskyy said Ukraine would buy more drones. Zelenskyy spoke "
                          "after meeting President Erdogan. Saudi Crown Prince Mohammed bin Salman also called "
                          "Erdogan.") == "en"
    assert guess_language("El ministro de Defensa firmó un contrato para la compra de aviones F-16 a Dinamarca, "
                          "según el gobierno argentino. Los primeros aviones llegarán en diciembre.") == "und"


def test_news_that_sounds_like_an_appeal_is_kept():
    text = ("Ukraine hopes to become a member of the European Union by 2030, officials said.\n"
            "France had expressed willingness to \u201chelp us, support us to strengthen our defense\u201d, he said.\n"
            "NATO welcomed new members Finland and Sweden at the summit.\n"
            "Germany's financial contribution to the alliance grew.\n"
            "Become a member today and help us keep reporting.")
    d = clean_document(raw(text))
    assert "become a member of the European Union" in d.text
    assert "help us, support us" in d.text
    assert "new members Finland and Sweden" in d.text and "financial contribution" in d.text
    assert "help us keep reporting" not in d.text


def test_breadcrumbs_share_bars_teasers_ads_and_bylines_with_a_title():
    page = ("Home | World | Defence\n"
            "Chile signs for 12 Gripen jets\n"
            "By Ana Rojas, Defence Correspondent\n"
            "Published: 13 August 2024 | Updated: 14 August 2024\n"
            "Share this article\n"
            "Facebook Twitter WhatsApp Email\n"
            "Chile signed a contract with Sweden on Tuesday for 12 Gripen E fighters.\n"
            "ALSO READ: Peru to spend 2% of GDP on defence\n"
            "Advertisement - scroll to continue\n"
            "By Tuesday, the first pilots had arrived in Sweden.\n"
            "Related Topics: Chile, Gripen\n")
    d = clean_document(raw(page))
    assert d.title == "Chile signs for 12 Gripen jets"
    assert d.author == "Ana Rojas" and d.published == "2024-08-13"
    for gone in ("Home | World", "Share this", "WhatsApp", "ALSO READ", "Advertisement", "Related Topics", "Updated"):
        assert gone not in d.text, gone
    assert "Chile signed a contract with Sweden on Tuesday" in d.text
    assert "By Tuesday, the first pilots had arrived in Sweden." in d.text  # a sentence, not a byline


def test_an_appeal_inside_a_news_paragraph_takes_only_its_own_sentences():
    text = ("Moldova buys French radar\n"
            "Moldova has signed a contract with France for a Ground Master 200 radar, the minister said on "
            "Tuesday. The radar will be delivered by the end of 2024. Support our journalism - become a member "
            "for as little as $5 a month.\n"
            "Small outlets like ours could be the first to close. Become a member today and help us keep going.\n")
    d = clean_document(raw(text))
    assert "Moldova has signed a contract with France" in d.text
    assert "The radar will be delivered by the end of 2024." in d.text
    assert "become a member" not in d.text.lower() and "outlets like ours" not in d.text


def test_wire_page_furniture_is_removed():
    text = ("Greece to buy 20 F-35 jets\n"
            "5 min read\nUpdated 3 hours ago\n"
            "We use cookies to improve your experience. By continuing you agree to our cookie policy. Accept\n"
            "ATHENS, July 25 (Reuters) - Greece signed a letter of acceptance on Thursday to buy 20 F-35 jets.\n"
            "Story continues below advertisement\n"
            "The deal is worth about $3.5 billion.\n"
            "Get the latest news delivered to your inbox. Sign up here.\n"
            "(Reporting by Jane Doe; Editing by John Roe)\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n"
            "This article was originally published by Reuters and is republished here under licence.\n"
            "Comments (12)\n")
    d = clean_document(raw(text))
    for gone in ("min read", "hours ago", "cookies", "continues below", "inbox", "Editing by", "Trust Principles",
                 "originally published", "Comments"):
        assert gone not in d.text, gone
    assert "Greece signed a letter of acceptance" in d.text and "The deal is worth about $3.5 billion." in d.text


def test_a_site_subscribe_button_related_headlines_and_an_author_bio_go_the_headline_stays():
    page = ("Skip to main content\nThe Defence Post\nSubscribe\nLand\n"
            "Estonia buys 12 more K9 howitzers from Korea\nBy Mari Tamm\nMarch 3, 2025, 10:00 AM\n"
            "Posted On: 3 Mar 2025 | 4 min read\n"
            "TALLINN — Estonia has signed a contract for 12 more K9 howitzers, the ministry said.\n"
            "Deliveries are due in 2026.\n"
            "About Mari Tamm\nMari Tamm is the Baltic correspondent of The Defence Post.\n"
            "Related posts\nLatvia orders HIMARS launchers\nLithuania picks Leopard 2A8 tanks\n"
            "The ministry said more orders would follow this year.\n")
    doc = clean_document(raw(page))
    assert doc.title == "Estonia buys 12 more K9 howitzers from Korea" and doc.author == "Mari Tamm"
    assert "Deliveries are due in 2026." in doc.text and "more orders would follow" in doc.text
    for gone in ("Baltic correspondent", "About Mari Tamm", "HIMARS", "Leopard 2A8", "min read"):
        assert gone not in doc.text


def test_a_news_menu_above_the_headline_does_not_take_the_headline_with_it():
    page = ("Latest news\nRomania buys 32 more F-16s from Norway\nBy Jan Novak\n"
            "Romania has signed a contract to buy 32 used F-16 fighter jets from Norway.\nRelated\nPoland buys tanks\n")
    doc = clean_document(raw(page))
    assert doc.title == "Romania buys 32 more F-16s from Norway" and "Poland buys tanks" not in doc.text


def test_a_short_breadcrumb_a_one_line_bio_and_a_site_promotion_go():
    page = ("Home » Land\nChile buys 10 Leopard tanks from Germany\nPublished On 2 Oct 2024\n"
            "Chile has signed a contract for ten Leopard 2A4 tanks, the ministry said.\n"
            "Get Latest World News along with Latest News and Top Headlines from around the world.\n"
            "Download the Defence Daily app for the latest news.\n"
            "About the author: Ana Reyes is the Latin America editor of Defence Daily.\n")
    doc = clean_document(raw(page))
    assert doc.title == "Chile buys 10 Leopard tanks from Germany"
    assert "ten Leopard 2A4 tanks" in doc.text
    for gone in ("Home »", "Get Latest", "Download the", "Ana Reyes"):
        assert gone not in doc.text


def test_a_labelled_share_bar_and_a_site_name_with_reading_time_go():
    page = ("Peru receives two C-27J aircraft from Italy\nAndes Defence Monitor | 4 min read\n"
            "Peru has received two C-27J Spartan transport aircraft from Italy, the air force said on Monday.\n"
            "Share this: Facebook Twitter WhatsApp\n")
    doc = clean_document(raw(page))
    assert doc.title == "Peru receives two C-27J aircraft from Italy"
    assert "C-27J Spartan transport aircraft" in doc.text
    for gone in ("Andes Defence Monitor", "min read", "Share this", "WhatsApp"):
        assert gone not in doc.text
