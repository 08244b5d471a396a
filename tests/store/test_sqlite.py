"""The embedded store's full-text index: filled per stored batch (migration 0002),
also in a database made before that migration."""

from alembic import command
from alembic.config import Config
from sqlalchemy import insert

from armsledger import pipeline
from armsledger.records import RawDocument
from armsledger.store import Store, _doc_row, resources
from armsledger.store.models import DocumentRow, SentenceRow
from armsledger.store.search import for_engine


def _write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _hits(store, word):
    items, total = for_engine(store.engine).search(word, 10, 0)
    return total, sorted(h["text"] for h in items)


def test_every_batch_is_searchable_once(tmp_path):
    corpus = tmp_path / "in"
    _write(corpus, "a.txt", "Ruritania ordered twelve Zorblax tanks from Freedonia.\n")
    _write(corpus, "b.txt", "Freedonia said the Quuxian deal was signed in March.\n")
    store = Store(f"sqlite:///{tmp_path}/s.db")
    pipeline.ingest([corpus / "a.txt"], None, store, quiet=True)
    pipeline.ingest([corpus / "b.txt"], None, store, quiet=True)
    assert _hits(store, "Zorblax") == (1, ["Ruritania ordered twelve Zorblax tanks from Freedonia."])
    assert _hits(store, "Quuxian") == (1, ["Freedonia said the Quuxian deal was signed in March."])
    assert _hits(store, "Freedonia")[0] == 2  # each sentence indexed once, not by a trigger as well


def test_a_store_made_before_0002_keeps_its_index(tmp_path):
    url = f"sqlite:///{tmp_path}/old.db"
    old = Store(url, migrate=False)
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("armsledger.store").joinpath("migrations")))
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    # a document stored then, its sentences indexed by the insert trigger of 0001
    doc, sentences, _ = pipeline.process_raw(RawDocument(
        source="a.txt", kind="text", content="Ruritania ordered twelve Zorblax tanks from Freedonia.\n"))
    with old.engine.begin() as c:
        c.execute(insert(DocumentRow), [_doc_row(doc)])
        c.execute(insert(SentenceRow), [{"document_id": doc.id, "idx": i, "start": s.start, "end": s.end,
                                         "kind": s.kind, "text": s.text} for i, s in enumerate(sentences)])
    assert _hits(old, "Zorblax")[0] == 1
    store = Store(url)  # migrates to the head
    corpus = tmp_path / "in"
    _write(corpus, "b.txt", "Freedonia said the Zorblax deal was signed in March.\n")
    pipeline.ingest([corpus / "b.txt"], None, store, quiet=True)
    assert _hits(store, "Zorblax")[0] == 2
    with store.engine.connect() as c:
        triggers = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"sentences_ad"}


def test_json_columns_keep_what_the_standard_encoder_kept():
    import json

    from armsledger.store import _json_dumps

    for value in ({"name": "Sébastien Lecornu", "n": 3, "ok": True, "x": None}, {1: "one"}, {"big": 2**70},
                  [1.5, "Bağdat", ["nested"]]):
        assert json.loads(_json_dumps(value)) == json.loads(json.dumps(value))


def test_records_are_stored_as_their_fields(tmp_path):
    from armsledger.records import Mention, Report, Transfer, to_plain
    from armsledger.store import _json_dumps

    rep = Report(document="d1", start=0, end=5, quote="Quote", attributed_to=None, modality="asserted")
    t = Transfer(id="t1", supplier="FRA", recipient="ARM", system="Caesar", reports=[rep], attrs={"range_km": 40})
    m = Mention(start=0, end=6, text="France", type="state", key="FRA", sentence=0)
    import json

    assert json.loads(_json_dumps({"transfers": [t], "mentions": [m]})) == to_plain({"transfers": [t], "mentions": [m]})
    # (and through the standard encoder, when orjson refuses a value)
    assert json.loads(_json_dumps({"transfers": [t], "n": 2**70})) == to_plain({"transfers": [t], "n": 2**70})
