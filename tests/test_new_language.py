"""A new language is a catalogue file and the data's texts, and nothing else.

The test copies the project, adds a made-up language, "xx", as a newcomer
would by following the README (a ``corridor/locales/xx.toml`` made from the
English one, and an ``_xx`` text beside every ``_ru`` text of the data), and
opens the page in it in a fresh Python process, which reads the copy alone.
No code of the copy is changed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from corridor.paths import PROJECT_DIR

MARK = "ẋẋ "
# A Babel locale unlike English and Russian: French groups thousands with a narrow no-break space.
LOCALE = "fr"


def made_up_catalogue(english: str) -> str:
    """en.toml with every word marked and the language described as "xx"."""
    lines = []
    section = ""
    for line in english.splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "language":
            line = re.sub(r'^name = ".*"', 'name = "Ẋẋ"', line)
            line = re.sub(r"^order = \d+", "order = 9", line)
            line = re.sub(r'^locale = ".*"', f'locale = "{LOCALE}"', line)
            line = re.sub(r'^second = ".*"', 'second = "en"', line)
        elif re.match(r'^\S+ = "[^"]', line):
            line = line.replace(' = "', f' = "{MARK}', 1)
        lines.append(line)
    return "\n".join(lines) + "\n"


def add_texts(value: object) -> object:
    """Beside every Russian text of the data (``x_ru`` or a ``"ru"`` block), the same text marked as "xx".

    A figure's quote stays in Russian; its "xx" block gets our translation, ``quote``, marked.
    """
    if isinstance(value, list):
        return [add_texts(item) for item in value]
    if not isinstance(value, dict):
        return value
    found = {key: add_texts(item) for key, item in value.items()}
    for key, item in value.items():
        if key.endswith("_ru") and key != "quote_ru":
            english = value.get(key.removesuffix("_ru"), value.get(key.removesuffix("_ru") + "_en", item))
            found[key.removesuffix("_ru") + "_xx"] = mark(english)
        elif key == "ru" and isinstance(item, dict):
            found["xx"] = mark(item)
            if "quote_en" in value:
                found["xx"]["quote"] = mark(value["quote_en"])
    return found


def mark(value: object) -> object:
    if isinstance(value, str):
        return MARK + value
    if isinstance(value, list):
        return [mark(item) for item in value]
    if isinstance(value, dict):
        return {key: mark(item) for key, item in value.items()}
    return value


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("corridor", "geodata", ".streamlit"):
        shutil.copytree(PROJECT_DIR / name, root / name, ignore=ignore)
    shutil.copy(PROJECT_DIR / "streamlit_app.py", root)
    english = (root / "corridor" / "locales" / "en.toml").read_text(encoding="utf-8")
    (root / "corridor" / "locales" / "xx.toml").write_text(made_up_catalogue(english), encoding="utf-8")
    for path in [*(root / "geodata").glob("*.geojson"), *(root / "geodata").glob("*.json")]:
        document = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(add_texts(document), ensure_ascii=False), encoding="utf-8")
    return root


def run(copy: Path, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "HOME": str(copy), "PYTHONPATH": str(copy)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_copy_reads_its_own_code(copy):
    assert run(copy, "import corridor; print(corridor.__file__)").startswith(str(copy))


def test_the_new_language_is_offered_and_its_data_passes_the_contract(copy):
    out = run(
        copy,
        """
        from corridor.i18n import LANGUAGES, LANGUAGE_NAMES, format_number
        from corridor.dataset import load_dataset
        from corridor.paths import GEODATA_DIR
        dataset = load_dataset(GEODATA_DIR)
        print(LANGUAGES[0], LANGUAGES[1], LANGUAGES[-1], LANGUAGE_NAMES["xx"], format_number(90000, "xx") == "90\\u202f000", len(dataset.problems))
        """,
    )
    # The project's own languages come first; the newcomer, ordered last, is offered after them.
    assert out.split() == ["en", "ru", "xx", "Ẋẋ", "True", "0"]


def test_a_quote_without_its_translation_in_the_new_language_is_named(copy):
    out = run(
        copy,
        """
        import json
        from corridor.figurefile import parse_figures
        from corridor.paths import GEODATA_DIR
        document = json.loads((GEODATA_DIR / "figures.json").read_text(encoding="utf-8"))
        sources = set(json.loads((GEODATA_DIR / "sources.json").read_text(encoding="utf-8")))
        quoted = next(figure for figure in document["figures"] if "quote_ru" in figure)
        del quoted["xx"]["quote"]
        _, _, problems = parse_figures(document, sources)
        print(json.dumps([[p.feature, p.field, p.message] for p in problems]))
        """,
    )
    assert json.loads(out.splitlines()[-1]) == [
        ["'trade-2024'", "xx.quote", "missing: our translation of the interview's words in quote_ru"]
    ]


def test_the_page_opens_in_the_new_language(copy):
    out = run(
        copy,
        """
        import json
        from streamlit.testing.v1 import AppTest
        from corridor.ui.session import MAP_KEY
        at = AppTest.from_file("streamlit_app.py", default_timeout=120)
        at.query_params["lang"] = "xx"
        at.query_params["select"] = "port-aktau"
        at.run()
        at.session_state[MAP_KEY] = {"event": "ready", "id": "ready", "feature_id": None}
        at.run()
        print(json.dumps({
            "exception": [e.value for e in at.exception],
            "title": at.title[0].value,
            "back": at.button(key="back").label,
            "languages": list(at.radio[0].options),
            "text": " ".join(m.value for m in at.markdown),
            "captions": " ".join(c.value for c in at.caption),
        }))
        """,
    )
    page = json.loads(out.splitlines()[-1])
    assert page["exception"] == []
    assert page["title"] == MARK + "Aktau sea port"
    assert page["back"].startswith(MARK)
    assert "Ẋẋ" in page["languages"]
    assert MARK + "Kazakhstan" in page["text"]
    # The interview's words as they stand, and our translation into the new language beside them.
    assert "«В 2024 году объем грузоперевозок" in page["text"]
    assert MARK + "Our translation: “" + MARK + "In 2024 the volume of freight" in page["text"]
