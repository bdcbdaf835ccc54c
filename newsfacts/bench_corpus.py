"""A synthetic corpus for benchmarks: dev-like articles with varied dates, numbers and names.

Templates are the sample articles in `raw/` plus a few written here in the styles the pipeline meets
(casualty report, diplomacy, sport, commemoration). Every generated file differs in content, so every
one gets its own article id.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

from newsfacts.header import ParsedArticle, parse_raw_article

TEMPLATES = [
    """JAKARTA, Indonesia, April 14. At least 19 people have been found dead and two more are missing after a
landslide hit two villages in central Indonesia on Saturday evening, local authorities said on Sunday, AFP reports.

"There have been 19 fatalities, including four children," said Sulaiman Malia, head of the local disaster
agency, adding that some 120 residents were evacuated to a school and 35 houses were destroyed.

Rescuers used excavators to search for the missing. In December, floods in the same province killed more than
30 people and displaced nearly 2,000 families, according to the National Disaster Management Agency.""",
    """Foreign Minister Hossein Amirabdollahian met his Malian counterpart Abdoulaye Diop in New York on
September 22 on the sidelines of the United Nations General Assembly.

The two ministers discussed trade, energy and security, and agreed that the Joint Economic Cooperation
Commission would meet in Bamako in March 2024. Diop thanked Iran for the 1,500 tonnes of wheat it sent to Mali
in 2022 and invited President Ebrahim Raisi to visit.""",
    """ROME, February 13. Azerbaijani wrestler Rafig Huseynov won a gold medal at the 2020 European Wrestling
Championships on February 12, beating Daniel Aleksandrov of Bulgaria 5-1 in the final.

Huseynov, 31, also won bronze at the world championships in 2019. His teammate Sanan Suleymanov lost in the
semi-final to Italy's Ciro Russo. The national team has won three gold and two silver medals so far, the
National Wrestling Federation said.""",
    """KHARKIV, Ukraine, June 28 (Reuters). Russian shelling of the city of Kharkiv killed five people and
wounded 22 on Monday, including five children, regional governor Oleh Synehubov said.

Three of the wounded were in serious condition. More than 40 apartment buildings were damaged, and about 300
residents were evacuated overnight, the State Emergency Service said. Russia denies targeting civilians.""",
    """LONDON, January 21. Members of the Azerbaijani community gathered at the Embassy of Azerbaijan in the
United Kingdom to mark the 34th anniversary of the January 20 tragedy, Trend reports.

On the night of January 19-20, 1990, Soviet troops entered Baku; 147 civilians were killed, 744 were wounded
and 841 were illegally arrested. Ambassador Elin Suleymanov said the victims would never be forgotten.""",
]

FIRST_NAMES = ["Amina", "Rashad", "Lena", "Omar", "Sofia", "Kenji", "Maria", "Tariq", "Nadia", "Pavel"]
LAST_NAMES = [
    "Karimova",
    "Aliyev",
    "Schmidt",
    "Haddad",
    "Rossi",
    "Tanaka",
    "Silva",
    "Khan",
    "Novak",
    "Ivanov",
]
_NUMBER = re.compile(r"(?<![\d,])\d{1,3}(?![\d,])")


def load_templates(raw_dir: Path | None = None) -> list[str]:
    """Built-in templates plus the bodies of the sample articles in `raw_dir`."""
    bodies = list(TEMPLATES)
    for path in sorted(raw_dir.glob("*.txt")) if raw_dir and raw_dir.is_dir() else []:
        parsed = parse_raw_article(path.read_bytes(), date.today())
        if isinstance(parsed, ParsedArticle):
            bodies.append(parsed.body)
    return bodies


def make_article(index: int, templates: list[str], rng: random.Random) -> str:
    """One raw file's text: a varied header date, small numbers varied, a varied quoted source."""
    body = templates[index % len(templates)]
    body = _NUMBER.sub(lambda m: str(max(1, int(m.group()) + rng.randint(-3, 9))), body)
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    body += f"\n\n{name}, a correspondent, contributed report number {index} to this article."
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(365 * 11))
    return f" date {published.isoformat()} {body}\n"


def write_corpus(target: Path, count: int, raw_dir: Path | None = None, seed: int = 7) -> list[Path]:
    """Write `count` raw files into `target` (created if needed); returns their paths."""
    target.mkdir(parents=True, exist_ok=True)
    templates = load_templates(raw_dir)
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = target / f"bench-{index:07d}.txt"
        path.write_text(make_article(index, templates, rng), encoding="utf-8")
        paths.append(path)
    return paths
