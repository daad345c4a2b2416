"""The language an article is written in: the English stages read only English (texts written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write
from newsgraph.ingest.language import guess
from newsgraph.ingest.run import ingest_one
from newsgraph.nlp.run import analyse
from newsgraph.store import Store

ENGLISH = ("The defence minister said on Tuesday that the talks with the neighbouring state had been useful, and "
           "that both sides would meet again in the spring. He added that the border was calm, but that troops "
           "from the two countries were still on alert after the clashes of last month in the northern hills.")
GERMAN = ("Der Verteidigungsminister sagte am Dienstag, die Gespräche mit dem Nachbarland seien nützlich gewesen "
          "und beide Seiten würden sich im Frühjahr wieder treffen. Er fügte hinzu, die Grenze sei ruhig, aber "
          "die Truppen der beiden Länder seien nach den Zusammenstößen des letzten Monats noch in Bereitschaft, "
          "und auch die Regierung in der Hauptstadt hat sich dazu nicht geäußert.")
PORTUGUESE = ("O ministro da defesa disse na terça-feira que as conversas com o país vizinho foram úteis e que os "
              "dois lados vão se encontrar de novo na primavera. Ele acrescentou que a fronteira está calma, mas "
              "que as tropas dos dois países ainda estão em alerta depois dos confrontos do mês passado no norte.")
INDONESIAN = ("Menteri pertahanan mengatakan pada hari Selasa bahwa pembicaraan dengan negara tetangga itu berguna, "
              "dan kedua pihak akan bertemu lagi pada musim semi. Dia menambahkan bahwa perbatasan tenang, tetapi "
              "pasukan dari kedua negara itu masih siaga setelah bentrokan bulan lalu di daerah utara yang juga "
              "telah membuat warga takut untuk kembali ke rumah mereka.")
RUSSIAN = ("Министр обороны заявил во вторник, что переговоры с соседней страной были полезными и что стороны "
           "встретятся снова весной. Он добавил, что на границе спокойно.")


@pytest.mark.parametrize("text,language,english", [
    (ENGLISH, "en", True), (GERMAN, "de", False), (PORTUGUESE, "pt", False), (INDONESIAN, "id", False),
    (RUSSIAN, "ru", False),
    ("Talks resume in Geneva", None, True),  # too short to tell: read as English
    (ENGLISH + " Die Welt berichtete darüber.", "en", True),  # a foreign name or phrase in an English story
])
def test_language_of_a_text(text: str, language: str | None, english: bool) -> None:
    found = guess(text)
    assert (found.language, found.english) == (language, english), found


def test_an_article_in_another_language_is_stored_with_its_language_and_not_read(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph import cli

    rows = [{"id": "en1", "date": "2025-03-04", "title": "Talks", "text": "Sergey Lavrov met Marco Rubio in "
             "Riyadh on Tuesday. " + ENGLISH},
            {"id": "de1", "date": "2025-03-04", "title": "Gespräche", "text": "Olaf Scholz traf Emmanuel Macron "
             "in Berlin. " + GERMAN}]
    path = write(tmp_path, "mixed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    ingest_one(store, str(path))
    report = analyse(store)
    assert report.articles == 2 and dict(report.other_language) == {"de": 1}
    langs = {r["external_id"]: r["language"] for r in store.db.query("SELECT external_id, language FROM articles")}
    assert langs == {"en1": "en", "de1": "de"}
    german = store.db.scalar("SELECT id FROM articles WHERE external_id = 'de1'")
    assert store.db.scalar("SELECT count(*) FROM mentions WHERE article_id = ?", (german,)) == 0
    assert store.db.scalar("SELECT count(*) FROM mentions") > 0  # the English one was read
    assert analyse(store).articles == 0  # judged once: a re-run changes nothing
    db = tmp_path / "cli.db"
    assert cli.main(["ingest", "--db", str(db), str(path)]) == 0
    assert "not read: 1 articles not in English (de 1)" in capsys.readouterr().out
