"""Every input kind is read, and every kind of bad input gives one clear error
naming the file (and line) while the rest goes on."""

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from armsledger.ingest import IngestError, read_inputs
from armsledger.records import RawDocument

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLE = "Kenya has ordered six Turkish drones, the ministry said on Tuesday.\nThe deal is worth $50 million."


def split(items):
    docs = [i for i in items if isinstance(i, RawDocument)]
    errs = [i for i in items if isinstance(i, IngestError)]
    return docs, errs


def test_text_file_and_manifest_override(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"path": "a.txt", "outlet": "Nairobi Post", "published": "2024-03", "url": "https://x.test/a"}) + "\n",
        encoding="utf-8",
    )
    docs, errs = split(list(read_inputs([tmp_path], tmp_path / "manifest.jsonl")))
    assert errs == []
    (d,) = docs
    assert d.kind == "text" and d.outlet == "Nairobi Post" and d.published == "2024-03"
    assert d.url == "https://x.test/a"


def test_html_files_are_read_as_html():
    docs, errs = split(list(read_inputs([FIXTURES / "defence_daily.html"])))
    assert errs == [] and docs[0].kind == "html" and "<article>" in docs[0].content


def test_a_page_saved_as_text_is_read_as_html(tmp_path):
    (tmp_path / "page.txt").write_text("\n <!DOCTYPE html><html><body><p>Kenya buys jets.</p></body></html>",
                                       encoding="utf-8")
    (tmp_path / "plain.txt").write_text("<b>Kenya</b> buys jets, the text said.\n", encoding="utf-8")
    docs, errs = split(list(read_inputs([tmp_path])))
    assert errs == [] and {Path(d.source).name: d.kind for d in docs} == {"page.txt": "html", "plain.txt": "text"}


def test_json_in_news_please_and_trafilatura_shapes(tmp_path):
    (tmp_path / "np.json").write_text(json.dumps({
        "maintext": ARTICLE, "title": "Kenya buys drones", "date_publish": "2024-03-12 10:00:00",
        "url": "https://n.test/1", "source_domain": "n.test", "authors": ["A. Writer"], "language": "en"}))
    (tmp_path / "tf.jsonl").write_text(
        json.dumps({"text": ARTICLE, "title": "T1", "date": "2024-03-13", "sitename": "Site", "author": "B"}) + "\n"
        + json.dumps({"raw_text": ARTICLE + " Again.", "hostname": "h.test"}) + "\n"
    )
    docs, errs = split(list(read_inputs([tmp_path])))
    assert errs == []
    by = {d.source.split("/")[-1]: d for d in docs}
    assert by["np.json#1"].title == "Kenya buys drones" and by["np.json#1"].outlet == "n.test"
    assert by["np.json#1"].author == "A. Writer" and by["np.json#1"].published.startswith("2024-03-12")
    assert by["tf.jsonl#1"].outlet == "Site" and by["tf.jsonl#2"].outlet == "h.test"


def _warc(path: Path, compress: bool) -> None:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=compress)  # a .warc.gz is gzipped record by record
    html = FIXTURES.joinpath("defence_daily.html").read_bytes()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://dd.test/kenya", "response", payload=io.BytesIO(html),
                                        http_headers=headers))
    w.write_record(w.create_warc_record("https://dd.test/logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
                                        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                                                      protocol="HTTP/1.1")))
    path.write_bytes(buf.getvalue())


def test_warc_and_warc_gz_response_records(tmp_path):
    _warc(tmp_path / "crawl.warc", False)
    _warc(tmp_path / "crawl.warc.gz", True)
    docs, errs = split(list(read_inputs([tmp_path])))
    assert errs == []
    assert len(docs) == 2 and all(d.kind == "html" and d.url == "https://dd.test/kenya" for d in docs)


def test_every_kind_of_bad_input_is_one_clear_error(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (tmp_path / "big.txt").write_text("x" * 2000)
    (tmp_path / "bad.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n{not json\n" + json.dumps({"title": "t"}) + "\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "manifest.jsonl").write_text('{"path": "good.txt"}\nnot json\n{"outlet": "x"}\n{"path": "gone.txt"}\n')
    items = list(read_inputs([tmp_path, tmp_path / "missing.txt"], tmp_path / "manifest.jsonl", max_bytes=1000))
    docs, errs = split(items)
    msgs = [str(e) for e in errs]
    assert any("manifest.jsonl:2" in m and "not JSON" in m for m in msgs)
    assert any("manifest.jsonl:3" in m and "no 'path'" in m for m in msgs)
    assert any("manifest.jsonl:4" in m and "does not exist" in m for m in msgs)
    assert any("empty.txt" in m and "empty" in m for m in msgs)
    assert any("binary.txt" in m and "binary" in m for m in msgs)
    assert any("big.txt" in m and "too large" in m for m in msgs)
    assert any("bad.jsonl:2" in m and "not JSON" in m for m in msgs)
    assert any("bad.jsonl:3" in m and "no text" in m for m in msgs)
    assert any("image.png" in m and "unsupported" in m for m in msgs)
    assert any("missing.txt" in m and "no such file" in m for m in msgs)
    # the good inputs still come through
    assert sorted(d.source.split("/")[-1] for d in docs) == ["bad.jsonl#1", "good.txt"]


def test_windows_1252_text_is_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes("Le ministre a sign\xe9 \x93un accord\x94 hier.".encode("latin-1"))
    docs, errs = split(list(read_inputs([tmp_path])))
    assert errs == [] and "signé" in docs[0].content and "“un accord”" in docs[0].content


def test_decode_tells_text_with_layout_characters_from_control_noise() -> None:
    from armsledger.ingest import decode

    text = "Line one\tcell\r\nLine two\fpage\n" * 50
    assert decode(text.encode()) == text
    noisy = ("word \x01\x02\x1b " * 200).encode()  # no NUL byte: only the ratio test catches it
    assert decode(noisy) is None
