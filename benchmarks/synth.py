#!/usr/bin/env python3
"""Write a synthetic, valid govlint model of an N-city ICT consortium (for benchmarks).

    python3 benchmarks/synth.py --parties 300 --out /tmp/consortium

The model is deterministic for a given ``--parties`` and ``--seed`` (same bytes every run) and
is meant to pass ``govlint check`` with no findings at all. Its shape:

* one Agreement (every section that sources cite, a joint-body legal basis and all four terms);
  three tiers, each requiring every city to be represented;
* per city: a Party document with two organs and eleven positions; a city ICT board
  (strategic), a development group and a security group (tactical), a service team and a
  change advisory board (operational); two operational roles; twelve operational matter types
  whose escalation routes climb through the city's and its region's bodies to the top tier;
* shared: a consortium steering body (strategic, a joint body hosted by the first city) in
  which every city's CIO sits, and one regional tactical group per ten cities;
* anchored meetings on every body, duties bound to them, and preparation links
  (operational -> tactical -> city board -> consortium) that respect the annual cycle.

So N cities give 5N + ceil(N/10) + 1 bodies, 2N roles and 12N matter types, 20N + ceil(N/10)
+ 11 files in all, one document each (N = 300: 1 531 bodies, 600 roles, 3 600 matter types,
6 041 files, 24 MB). Standard library plus PyYAML only.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

API = "govlint/v1"
REGION_SIZE = 10
CONSORTIUM = "konsortion-ohjausryhma"
LEGAL_BASIS = "kuntalaki-51"

SECTIONS = [  # (id, Finnish heading, English heading)
    ("osapuolet", "Sopimuksen osapuolet", "Parties to the agreement"),
    ("tavoitteet", "Yhteistyön tavoitteet", "Aims of the cooperation"),
    ("rakenne", "Yhteistyömallin rakenne", "Structure of the cooperation model"),
    ("konsortion-ohjausryhma", "Konsortion ohjausryhmä", "Consortium steering group"),
    ("alueelliset-ryhmat", "Alueelliset ICT-ryhmät", "Regional ICT groups"),
    ("kaupunkien-ryhmat", "Kaupunkien omat ICT-ryhmät", "The cities' own ICT bodies"),
    (
        "operatiivinen-yhteistyo",
        "Yhteistyö operatiivisissa asioissa",
        "Cooperation in operational matters",
    ),
    ("eskalointi", "Asioiden eskalointi", "Escalation of matters"),
    ("vuosikello", "Vuosikello", "Annual cycle"),
    ("sitoumukset", "Osapuolten sitoumukset", "Commitments of the parties"),
    ("kustannukset", "Kustannukset", "Costs"),
    ("voimassaolo", "Voimassaolo ja irtisanominen", "Validity and termination"),
]

# The agreement's text: per section its sentences, and the words every source citing the
# section quotes (so that each sentence is cited, and every source's quote is looked up).
TEXT = {
    "osapuolet": ("Sopimuksen osapuolet ovat konsortion kaupungit.", "konsortion kaupungit"),
    "tavoitteet": (
        "Kaupungit tuottavat ja kehittävät ICT-palvelunsa yhdessä.",
        "tuottavat ja kehittävät ICT-palvelunsa yhdessä",
    ),
    "rakenne": ("Yhteistyöllä on kolme tasoa.", "kolme tasoa"),
    "konsortion-ohjausryhma": (
        "Konsortion ohjausryhmä on yhteinen toimielin, jossa jokainen kaupunki on edustettuna.",
        "Konsortion ohjausryhmä on yhteinen toimielin",
    ),
    "alueelliset-ryhmat": (
        "Kullakin alueella on oma ICT-ryhmänsä.",
        "Kullakin alueella on oma ICT-ryhmänsä.",
    ),
    "kaupunkien-ryhmat": (
        "Jokaisella kaupungilla on omat ICT-ryhmänsä ja asemansa.",
        "omat ICT-ryhmänsä ja asemansa",
    ),
    "operatiivinen-yhteistyo": (
        "Operatiiviset asiat hoidetaan kaupungin omassa ICT-toiminnassa.",
        "Operatiiviset asiat hoidetaan",
    ),
    "eskalointi": (
        "Asia, jota ei saada ratkaistua, viedään ylemmälle tasolle.",
        "viedään ylemmälle tasolle",
    ),
    "vuosikello": ("Ryhmät kokoontuvat vuosikellon mukaan.", "vuosikellon mukaan"),
    "sitoumukset": ("Osapuolet sitoutuvat yhteistyöhön.", "sitoutuvat yhteistyöhön"),
    "kustannukset": ("Kustannukset jaetaan asukasluvun suhteessa.", "Kustannukset jaetaan"),
    "voimassaolo": (
        "Sopimus on voimassa toistaiseksi, ja sen irtisanomisaika on kuusi kuukautta.",
        "voimassa toistaiseksi",
    ),
}
TEXT_ID = "synteettinen-sopimus"

POSITIONS = [  # (suffix, Finnish title, English title, Finnish plural or None)
    ("kaupunginjohtaja", "Kaupunginjohtaja", "City manager", None),
    ("talousjohtaja", "Talousjohtaja", "Director of finance", None),
    ("tietohallintojohtaja", "Tietohallintojohtaja", "Chief information officer", None),
    ("it-paallikko", "IT-päällikkö", "IT manager", None),
    ("kehittamispaallikko", "Kehittämispäällikkö", "Development manager", None),
    ("tietoturvapaallikko", "Tietoturvapäällikkö", "Information security manager", None),
    ("palvelupaallikko", "Palvelupäällikkö", "Service manager", None),
    ("muutospaallikko", "Muutospäällikkö", "Change manager", None),
    ("kayttopaallikko", "Käyttöpäällikkö", "Operations manager", "Käyttöpäälliköt"),
    ("ict-asiantuntija", "ICT-asiantuntija", "ICT specialist", "ICT-asiantuntijat"),
    ("hallintosihteeri", "Hallintosihteeri", "Administrative secretary", None),
]

# Route templates: the first handler (a role suffix), then the steps ("c:" a body of the city,
# "region" the city's regional group, "consortium" the steering body).
ROUTES = {
    "city": (
        "operatiivinen-koordinaattori",
        ["c:palvelutiimi", "c:kehittamisryhma", "c:ict-johtoryhma"],
    ),
    "consortium": (
        "operatiivinen-koordinaattori",
        ["c:muutoshallintaryhma", "c:kehittamisryhma", "region", "consortium"],
    ),
    "security": ("tietoturvavastaava", ["c:palvelutiimi", "c:tietoturvaryhma", "c:ict-johtoryhma"]),
    # Ends at the regional group: the route continues along its standing escalatesTo.
    "regional": ("operatiivinen-koordinaattori", ["c:palvelutiimi", "c:kehittamisryhma", "region"]),
}

MATTERS = [  # (suffix, Finnish name, English name, route template)
    ("palveluiden-tila", "Palveluiden tila", "State of services", "city"),
    ("muutostenhallinta", "Muutostenhallinta", "Change management", "consortium"),
    ("ongelmienhallinta", "Ongelmienhallinta", "Problem management", "city"),
    ("tukimalli", "Tukimalli", "Support model", "city"),
    (
        "paivitykset",
        "Päivitykset ja ohjelmamuutokset",
        "Updates and software changes",
        "consortium",
    ),
    ("projektit", "Projektit ja toimeksiannot", "Projects and assignments", "regional"),
    ("tietoturvapoikkeama", "Tietoturvapoikkeama", "Information security incident", "security"),
    ("kayttooikeudet", "Käyttöoikeudet", "Access rights", "security"),
    ("hankinnat", "ICT-hankinnat", "ICT procurement", "regional"),
    ("varmuuskopiot", "Varmuuskopiot ja palautus", "Backups and recovery", "security"),
    ("lisenssit", "Lisenssit", "Licences", "consortium"),
    ("integraatiot", "Integraatiot", "Integrations", "regional"),
]

TRIGGERS = {  # next step's kind -> (fi, en)
    "palvelutiimi": ("Ei ratkea koordinaattorin toimin.", "Cannot be solved by the coordinator."),
    "muutoshallintaryhma": (
        "Muutos vaatii muutoshallinnan käsittelyn.",
        "The change needs the change advisory board.",
    ),
    "kehittamisryhma": (
        "Ei ratkea operatiivisella tasolla.",
        "Cannot be solved at the operational tier.",
    ),
    "tietoturvaryhma": (
        "Poikkeama vaatii tietoturvaryhmän arvion.",
        "The incident needs the security group's assessment.",
    ),
    "ict-johtoryhma": (
        "Vaikuttaa kaupungin ICT-strategiaan tai talousarvioon.",
        "Affects the city's ICT strategy or budget.",
    ),
    "region": ("Koskee useampaa alueen kaupunkia.", "Concerns several cities of the region."),
    "consortium": (
        "Koskee koko konsortiota tai sen talousarviota.",
        "Concerns the whole consortium or its budget.",
    ),
}

SYLLABLES = (
    "aa",
    "ha",
    "ko",
    "la",
    "ma",
    "nu",
    "pe",
    "ri",
    "sa",
    "ta",
    "vi",
    "jo",
    "ke",
    "lu",
    "mi",
    "ro",
    "se",
    "ty",
    "va",
    "yl",
    "hu",
    "ki",
)
SUFFIXES = (
    "la",
    "nen",
    "järvi",
    "koski",
    "lahti",
    "salo",
    "niemi",
    "vaara",
    "mäki",
    "joki",
    "harju",
    "lampi",
)


# --- small builders -------------------------------------------------------------------------


def text(fi: str, en: str | None = None) -> dict[str, str]:
    return {"fi": fi, "en": en} if en else {"fi": fi}


def cited(section: str) -> dict[str, str]:
    return {"section": section, "quote": TEXT[section][1]}


def derived(reason: str) -> dict[str, str]:
    return {"derived": reason}


def sref(ref: str, source: dict[str, str]) -> dict[str, Any]:
    return {"ref": ref, "source": source}


def header(kind: str, element_id: str) -> dict[str, Any]:
    return {"apiVersion": API, "kind": kind, "id": element_id}


def meeting(mid: str, fi: str, en: str, start: int, end: int) -> dict[str, Any]:
    return {
        "id": mid,
        "name": text(fi, en),
        "window": {"from": start, "to": end},
        "source": cited("vuosikello"),
    }


def member(position: str, role: str, section: str, **extra: Any) -> dict[str, Any]:
    return {
        "position": position,
        "role": role,
        "exOfficio": True,
        **extra,
        "source": cited(section),
    }


# --- the model --------------------------------------------------------------------------------


def city_names(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(id, name) of n distinct Finnish-sounding cities."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < n:
        name = (rng.choice(SYLLABLES) + rng.choice(SYLLABLES)).capitalize() + rng.choice(SUFFIXES)
        ident = name.lower().replace("ä", "a").replace("ö", "o")
        if ident in seen:
            if len(seen) >= len(SYLLABLES) ** 2 * len(SUFFIXES) // 2:  # nearly exhausted
                ident, name = f"{ident}-{len(out) + 1}", f"{name} {len(out) + 1}"
            else:
                continue
        seen.add(ident)
        out.append((ident, name))
    return out


class Consortium:
    def __init__(self, parties: int, seed: int) -> None:
        if parties < 2:
            raise ValueError("an agreement needs at least two parties")
        self.rng = random.Random(seed)
        self.cities = city_names(parties, self.rng)
        self.host = self.cities[0][0]
        regions = math.ceil(parties / REGION_SIZE)
        self.regions = [
            self.cities[i * REGION_SIZE : (i + 1) * REGION_SIZE] for i in range(regions)
        ]
        self.region_of = {
            cid: f"alueryhma-{r + 1:02d}" for r, cs in enumerate(self.regions) for cid, _ in cs
        }

    def documents(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(relative path, document) for every file of the model."""
        yield "agreement.yaml", self.agreement()
        yield "agreement-text.yaml", self.agreement_text()
        yield from self.tiers()
        yield f"bodies/{CONSORTIUM}.yaml", self.consortium_body()
        for r, cities in enumerate(self.regions):
            yield f"bodies/alueryhma-{r + 1:02d}.yaml", self.region_body(r, cities)
        for cid, name in self.cities:
            yield f"parties/{cid}.yaml", self.party(cid, name)
            for doc in self.city_bodies(cid, name):
                yield f"bodies/{doc['id']}.yaml", doc
            for doc in self.city_roles(cid, name):
                yield f"roles/{doc['id']}.yaml", doc
            for doc in self.city_matters(cid, name):
                yield f"matters/{doc['id']}.yaml", doc
        yield from self.goals_and_commitments()

    # -- agreement, tiers, goals ------------------------------------------------------------
    def agreement_text(self) -> dict[str, Any]:
        doc = header("AgreementText", TEXT_ID)
        doc["title"] = f"{len(self.cities)} kaupungin ICT-konsortion sopimus"
        doc["sections"] = [
            {"id": sid, "heading": text(fi, en), "body": [{"paragraph": [TEXT[sid][0]]}]}
            for sid, fi, en in SECTIONS
        ]
        return doc

    def agreement(self) -> dict[str, Any]:
        n = len(self.cities)
        doc = header("Agreement", "synteettinen-ict-konsortio")
        doc.update(
            {
                "title": text(
                    f"{n} kaupungin ICT-konsortio (synteettinen)",
                    f"ICT consortium of {n} cities (synthetic)",
                ),
                "modelVersion": "1.0.0",
                "language": "fi",
                "languages": ["fi", "en"],
                "parties": [cid for cid, _ in self.cities],
                "purpose": {
                    **text(
                        "Kaupungit tuottavat ja kehittävät ICT-palvelunsa yhdessä.",
                        "The cities produce and develop their ICT services together.",
                    ),
                    "source": cited("tavoitteet"),
                },
                "scope": {
                    **text("Tietohallinto ja ICT-palvelut.", "ICT governance and services."),
                    "source": cited("tavoitteet"),
                },
                "text": TEXT_ID,
                "legalBasis": [
                    {
                        "id": LEGAL_BASIS,
                        "act": text("Kuntalaki (410/2015)", "Local Government Act (410/2015)"),
                        "sections": ["51"],
                        "description": text(
                            "Kuntien yhteinen toimielin yhteistoimintasopimuksella.",
                            "A joint body of municipalities under an agreement.",
                        ),
                        "requires": [
                            "tasks",
                            "composition",
                            "appointment",
                            "cost-basis",
                            "cost-distribution",
                            "validity",
                            "termination",
                        ],
                        "requiresSource": derived(
                            "Kuntalain 51 § luettelee, mitä sopimuksessa on "
                            "sovittava yhteisestä toimielimestä."
                        ),
                        "source": cited("konsortion-ohjausryhma"),
                    }
                ],
                "terms": {
                    "costBasis": {
                        **text("Todelliset kustannukset."),
                        "source": cited("kustannukset"),
                    },
                    "costDistribution": {
                        **text("Asukasluvun suhteessa."),
                        "source": cited("kustannukset"),
                    },
                    "validity": {**text("Toistaiseksi voimassa."), "source": cited("voimassaolo")},
                    "termination": {
                        **text("Kuuden kuukauden irtisanomisaika."),
                        "source": cited("voimassaolo"),
                    },
                },
            }
        )
        return doc

    def tiers(self) -> Iterator[tuple[str, dict[str, Any]]]:
        tiers = [
            ("strateginen", 1, "Strateginen taso", "Strategic tier"),
            ("taktinen", 2, "Taktinen taso", "Tactical tier"),
            ("operatiivinen", 3, "Operatiivinen taso", "Operational tier"),
        ]
        for tid, rank, fi, en in tiers:
            doc = header("Tier", tid)
            doc.update(
                {
                    "rank": rank,
                    "name": text(fi, en),
                    "source": cited("rakenne"),
                    "partiesRepresented": {"required": True, "source": cited("osapuolet")},
                    "responsibilities": [
                        {
                            "id": "ohjaus",
                            "source": cited("rakenne"),
                            "text": text(
                                f"{fi}: ohjaa ja seuraa oman tasonsa asioita.",
                                f"{en}: steers and monitors the matters of its tier.",
                            ),
                        }
                    ],
                }
            )
            yield f"tiers/{tid}.yaml", doc

    def goals_and_commitments(self) -> Iterator[tuple[str, dict[str, Any]]]:
        goals = [
            ("yhteiset-palvelut", "long", "Yhteiset, kustannustehokkaat ICT-palvelut."),
            ("tietoturva", "long", "Yhtenäinen tietoturvan taso kaikissa kaupungeissa."),
            ("yhteishankinnat", "short", "Alueelliset yhteishankinnat käyntiin."),
        ]
        for i, (gid, horizon, fi) in enumerate(goals):
            doc = header("Goal", gid)
            doc.update(
                {
                    "horizon": horizon,
                    "order": i + 1,
                    "text": text(fi),
                    "source": cited("tavoitteet"),
                }
            )
            yield f"goals/{gid}.yaml", doc
        commitments = [
            (
                "edustajat",
                "representation",
                "each-party",
                "Jokainen kaupunki nimeää edustajansa sovituille tasoille.",
            ),
            (
                "informointi",
                "information",
                "all-parties",
                "Osapuolet tiedottavat toisiaan muutoksista ajoissa.",
            ),
            ("toteutus", "implementation", "each-party", "Päätökset toteutetaan sovitusti."),
        ]
        for i, (cid, aspect, obligation, fi) in enumerate(commitments):
            doc = header("Commitment", cid)
            doc.update(
                {
                    "order": i + 1,
                    "aspect": aspect,
                    "obligation": obligation,
                    "text": text(fi),
                    "source": cited("sitoumukset"),
                }
            )
            yield f"commitments/{cid}.yaml", doc

    # -- parties ----------------------------------------------------------------------------
    def party(self, cid: str, name: str) -> dict[str, Any]:
        doc = header("Party", cid)
        positions = []
        for suffix, fi, en, plural in POSITIONS:
            pos: dict[str, Any] = {"id": f"{cid}.{suffix}", "title": text(fi, en)}
            if plural:
                pos["plural"] = text(plural)
            pos["source"] = cited("kaupunkien-ryhmat")
            positions.append(pos)
        doc.update(
            {
                "name": text(f"{name} (kaupunki)", f"City of {name}"),
                "type": "municipality",
                "source": cited("osapuolet"),
                "organs": [
                    {
                        "id": f"{cid}.kaupunginhallitus",
                        "name": text(f"Kaupunginhallitus ({name})"),
                        "source": cited("kaupunkien-ryhmat"),
                    },
                    {
                        "id": f"{cid}.johtoryhma",
                        "name": text(f"Johtoryhmä ({name})"),
                        "source": cited("kaupunkien-ryhmat"),
                    },
                ],
                "positions": positions,
            }
        )
        return doc

    # -- shared bodies ----------------------------------------------------------------------
    def consortium_body(self) -> dict[str, Any]:
        host = self.host
        members = [
            member(f"{host}.kaupunginjohtaja", "chair", "konsortion-ohjausryhma"),
            member(f"{host}.hallintosihteeri", "secretary", "konsortion-ohjausryhma"),
        ]
        members += [
            member(f"{cid}.tietohallintojohtaja", "member", "konsortion-ohjausryhma")
            for cid, _ in self.cities
        ]
        doc = header("Body", CONSORTIUM)
        doc.update(
            {
                "name": text("Konsortion ICT-ohjausryhmä", "Consortium ICT steering group"),
                "tier": "strateginen",
                "source": cited("konsortion-ohjausryhma"),
                "legalForm": {
                    "type": "joint-body",
                    "legalBasis": LEGAL_BASIS,
                    "description": text(
                        f"Kuntien yhteinen toimielin; isäntänä {self.cities[0][1]}."
                    ),
                    "source": cited("konsortion-ohjausryhma"),
                },
                "appointedBy": sref(f"{host}.kaupunginhallitus", cited("konsortion-ohjausryhma")),
                "members": members,
                "cadence": {
                    "min": 3,
                    "max": 4,
                    "source": cited("konsortion-ohjausryhma"),
                    "meetings": [
                        meeting("kevat", "Kevätkokous", "Spring meeting", 3, 3),
                        meeting("talousarvio", "Talousarviokokous", "Budget meeting", 9, 9),
                        meeting("strategia", "Strategiakokous", "Strategy meeting", 12, 12),
                    ],
                },
                "duties": [
                    {
                        "id": "strategia",
                        "text": text("Konsortion ICT-strategian hyväksyminen."),
                        "source": cited("konsortion-ohjausryhma"),
                        "timing": {"from": 12, "to": 12},
                    },
                    {
                        "id": "talousarvio",
                        "text": text("Yhteisen talousarvion hyväksyminen."),
                        "source": cited("konsortion-ohjausryhma"),
                        "timing": {"from": 9, "to": 9},
                    },
                    {
                        "id": "seuranta",
                        "text": text("Palvelutuotannon ylätason seuranta."),
                        "source": cited("konsortion-ohjausryhma"),
                    },
                ],
            }
        )
        return doc

    def region_body(self, r: int, cities: list[tuple[str, str]]) -> dict[str, Any]:
        first = cities[0][0]
        members = [
            member(f"{first}.tietohallintojohtaja", "chair", "alueelliset-ryhmat"),
            member(f"{first}.kehittamispaallikko", "secretary", "alueelliset-ryhmat"),
        ]
        members += [
            member(f"{cid}.tietohallintojohtaja", "member", "alueelliset-ryhmat")
            for cid, _ in cities[1:]
        ]
        names = ", ".join(name for _, name in cities)
        doc = header("Body", f"alueryhma-{r + 1:02d}")
        doc.update(
            {
                "name": text(
                    f"Alueellinen ICT-ryhmä {r + 1} ({names})", f"Regional ICT group {r + 1}"
                ),
                "tier": "taktinen",
                "source": cited("alueelliset-ryhmat"),
                "legalForm": {"type": "working-group", "source": cited("alueelliset-ryhmat")},
                "appointedBy": sref(CONSORTIUM, cited("alueelliset-ryhmat")),
                "members": members,
                "cadence": {
                    "min": 3,
                    "max": 6,
                    "approximate": True,
                    "source": cited("alueelliset-ryhmat"),
                    "meetings": [
                        meeting(
                            "alueellinen-suunnittelu",
                            "Alueellinen suunnittelu",
                            "Regional planning",
                            7,
                            8,
                        )
                    ],
                },
                "escalatesTo": sref(CONSORTIUM, cited("eskalointi")),
                "reportsTo": sref(CONSORTIUM, cited("alueelliset-ryhmat")),
                "duties": [
                    {
                        "id": "yhteishankinnat",
                        "text": text("Alueen yhteishankintojen valmistelu."),
                        "source": cited("alueelliset-ryhmat"),
                        "timing": {"from": 7, "to": 8},
                        "prepares": {
                            "body": CONSORTIUM,
                            "meeting": "talousarvio",
                            "source": cited("vuosikello"),
                        },
                    }
                ],
            }
        )
        return doc

    # -- a city's own bodies, roles and matters ---------------------------------------------
    def city_bodies(self, cid: str, name: str) -> list[dict[str, Any]]:
        rng = self.rng
        p = f"{cid}."
        sec = "kaupunkien-ryhmat"
        board = header("Body", f"{p}ict-johtoryhma")
        board.update(
            {
                "name": text(f"ICT-johtoryhmä ({name})", f"ICT board of {name}"),
                "tier": "strateginen",
                "source": cited(sec),
                "legalForm": {"type": "committee", "source": cited(sec)},
                "appointedBy": sref(f"{p}kaupunginhallitus", cited(sec)),
                "members": [
                    member(f"{p}kaupunginjohtaja", "chair", sec),
                    member(f"{p}talousjohtaja", "member", sec),
                    member(f"{p}tietohallintojohtaja", "vice-chair", sec),
                    member(f"{p}hallintosihteeri", "secretary", sec),
                ],
                "cadence": {
                    "min": 2,
                    "max": rng.choice((4, 5, 6)),
                    "source": cited(sec),
                    "meetings": [
                        meeting("talousarvio", "Talousarvio", "Budget", 6, 6),
                        meeting("strategia", "Strategia", "Strategy", 11, 11),
                    ],
                },
                "reportsTo": sref(CONSORTIUM, cited("konsortion-ohjausryhma")),
                "duties": [
                    {
                        "id": "talousarvio",
                        "text": text("Kaupungin ICT-talousarvion hyväksyminen."),
                        "source": cited(sec),
                        "timing": {"from": 6, "to": 6},
                        "prepares": {
                            "body": CONSORTIUM,
                            "meeting": "talousarvio",
                            "source": cited("vuosikello"),
                        },
                    },
                    {
                        "id": "strategia",
                        "text": text("Kaupungin ICT-linjaukset."),
                        "source": cited(sec),
                        "timing": {"from": 11, "to": 11},
                        "prepares": {
                            "body": CONSORTIUM,
                            "meeting": "strategia",
                            "source": cited("vuosikello"),
                        },
                    },
                ],
            }
        )
        dev = header("Body", f"{p}kehittamisryhma")
        dev.update(
            {
                "name": text(f"ICT-kehittämisryhmä ({name})", f"ICT development group of {name}"),
                "tier": "taktinen",
                "source": cited(sec),
                "appointedBy": sref(f"{p}ict-johtoryhma", cited(sec)),
                "members": [
                    member(f"{p}tietohallintojohtaja", "chair", sec),
                    member(f"{p}it-paallikko", "member", sec),
                    member(f"{p}kayttopaallikko", "member", sec, allHolders=True),
                    member(f"{p}kehittamispaallikko", "secretary", sec),
                    {
                        "party": cid,
                        "role": "invited-expert",
                        "description": text("Muita asiantuntijoita kutsutaan tarvittaessa."),
                        "source": cited(sec),
                    },
                ],
                "representation": [
                    {
                        "party": cid,
                        "via": f"{p}johtoryhma",
                        "description": text("Johtoryhmä käsittelee ryhmän esitykset."),
                        "source": cited(sec),
                    }
                ],
                "cadence": {
                    "min": 4,
                    "max": rng.choice((6, 8, 10)),
                    "source": cited(sec),
                    "meetings": [
                        meeting(
                            "talousarvion-valmistelu",
                            "Talousarvion valmistelu",
                            "Budget preparation",
                            4,
                            5,
                        ),
                        meeting("vuosisuunnittelu", "Vuosisuunnittelu", "Annual planning", 9, 10),
                    ],
                },
                "escalatesTo": sref(f"{p}ict-johtoryhma", cited("eskalointi")),
                "reportsTo": sref(f"{p}ict-johtoryhma", cited(sec)),
                "duties": [
                    {
                        "id": "talousarvion-valmistelu",
                        "text": text("Talousarvion valmistelu."),
                        "source": cited(sec),
                        "timing": {"from": 4, "to": 5},
                        "prepares": {
                            "body": f"{p}ict-johtoryhma",
                            "meeting": "talousarvio",
                            "source": cited("vuosikello"),
                        },
                    },
                    {
                        "id": "vuosisuunnittelu",
                        "text": text("Kehittämissalkun vuosisuunnittelu."),
                        "source": cited(sec),
                        "timing": {"from": 9, "to": 10},
                        "prepares": {
                            "body": f"{p}ict-johtoryhma",
                            "meeting": "strategia",
                            "source": cited("vuosikello"),
                        },
                    },
                    {
                        "id": "priorisointi",
                        "text": text("Kehittämiskohteiden priorisointi."),
                        "source": cited(sec),
                    },
                ],
            }
        )
        security = header("Body", f"{p}tietoturvaryhma")
        security.update(
            {
                "name": text(f"Tietoturvaryhmä ({name})", f"Information security group of {name}"),
                "tier": "taktinen",
                "source": cited(sec),
                "appointedBy": sref(f"{p}ict-johtoryhma", cited(sec)),
                "members": [
                    member(f"{p}tietoturvapaallikko", "chair", sec),
                    member(f"{p}tietohallintojohtaja", "member", sec),
                    member(f"{p}it-paallikko", "member", sec),
                    member(f"{p}ict-asiantuntija", "secretary", sec),
                ],
                "cadence": {
                    "min": 2,
                    "max": 4,
                    "source": cited(sec),
                    "meetings": [meeting("riskikatsaus", "Riskikatsaus", "Risk review", 2, 3)],
                },
                "escalatesTo": sref(f"{p}ict-johtoryhma", cited("eskalointi")),
                "duties": [
                    {
                        "id": "riskienhallinta",
                        "text": text("Tietoturvariskien arviointi."),
                        "source": cited(sec),
                        "timing": {"from": 2, "to": 3},
                    }
                ],
            }
        )
        team = header("Body", f"{p}palvelutiimi")
        team.update(
            {
                "name": text(f"ICT-palvelutiimi ({name})", f"ICT service team of {name}"),
                "tier": "operatiivinen",
                "source": cited("operatiivinen-yhteistyo"),
                "appointedBy": sref(f"{p}kehittamisryhma", cited("operatiivinen-yhteistyo")),
                "members": [
                    member(f"{p}palvelupaallikko", "chair", "operatiivinen-yhteistyo"),
                    member(
                        f"{p}kayttopaallikko", "member", "operatiivinen-yhteistyo", allHolders=True
                    ),
                    member(
                        f"{p}ict-asiantuntija", "member", "operatiivinen-yhteistyo", allHolders=True
                    ),
                    member(f"{p}muutospaallikko", "secretary", "operatiivinen-yhteistyo"),
                ],
                "cadence": {
                    "min": 10,
                    "max": 12,
                    "approximate": True,
                    "source": cited("operatiivinen-yhteistyo"),
                    "meetings": [
                        meeting(
                            "palvelukatsaus-kevat",
                            "Kevään palvelukatsaus",
                            "Spring service review",
                            3,
                            3,
                        ),
                        meeting(
                            "palvelukatsaus-syksy",
                            "Syksyn palvelukatsaus",
                            "Autumn service review",
                            8,
                            8,
                        ),
                    ],
                },
                "escalatesTo": sref(f"{p}kehittamisryhma", cited("eskalointi")),
                "reportsTo": sref(f"{p}kehittamisryhma", cited("operatiivinen-yhteistyo")),
                "duties": [
                    {
                        "id": "palvelutasoraportti",
                        "text": text("Palvelutasoraportti."),
                        "source": cited("operatiivinen-yhteistyo"),
                        "timing": {"from": 8, "to": 8},
                        "prepares": {
                            "body": f"{p}kehittamisryhma",
                            "meeting": "vuosisuunnittelu",
                            "source": cited("vuosikello"),
                        },
                    }
                ],
            }
        )
        cab = header("Body", f"{p}muutoshallintaryhma")
        cab.update(
            {
                "name": text(f"Muutoshallintaryhmä ({name})", f"Change advisory board of {name}"),
                "tier": "operatiivinen",
                "source": cited("operatiivinen-yhteistyo"),
                "appointedBy": sref(f"{p}kehittamisryhma", cited("operatiivinen-yhteistyo")),
                "members": [
                    member(f"{p}muutospaallikko", "chair", "operatiivinen-yhteistyo"),
                    member(f"{p}it-paallikko", "member", "operatiivinen-yhteistyo"),
                    member(f"{p}palvelupaallikko", "member", "operatiivinen-yhteistyo"),
                    member(f"{p}ict-asiantuntija", "secretary", "operatiivinen-yhteistyo"),
                ],
                "cadence": {
                    "min": 12,
                    "max": 26,
                    "source": cited("operatiivinen-yhteistyo"),
                    "meetings": [
                        meeting("paivityssuunnitelma", "Päivityssuunnitelma", "Update plan", 1, 2)
                    ],
                },
                "escalatesTo": sref(f"{p}kehittamisryhma", cited("eskalointi")),
                "duties": [
                    {
                        "id": "paivitysaikataulu",
                        "text": text("Päivitysten vuosiaikataulu."),
                        "source": cited("operatiivinen-yhteistyo"),
                        "timing": {"from": 1, "to": 2},
                        "prepares": {
                            "body": f"{p}kehittamisryhma",
                            "meeting": "talousarvion-valmistelu",
                            "source": cited("vuosikello"),
                        },
                    }
                ],
            }
        )
        return [board, dev, security, team, cab]

    def city_roles(self, cid: str, name: str) -> list[dict[str, Any]]:
        p = f"{cid}."
        coordinator = header("Role", f"{p}operatiivinen-koordinaattori")
        coordinator.update(
            {
                "name": text(
                    f"Operatiivinen koordinaattori ({name})", f"Operational coordinator of {name}"
                ),
                "tier": "operatiivinen",
                "party": cid,
                "heldBy": [f"{p}palvelupaallikko"],
                "namedBy": sref(cid, cited("operatiivinen-yhteistyo")),
                "serves": [cid],
                "purpose": text("Kaupungin yhteyshenkilö operatiivisissa asioissa."),
                "duties": [
                    {
                        "id": "vastaanotto",
                        "text": text("Ottaa operatiiviset asiat vastaan."),
                        "source": cited("operatiivinen-yhteistyo"),
                    }
                ],
                "source": cited("operatiivinen-yhteistyo"),
            }
        )
        security = header("Role", f"{p}tietoturvavastaava")
        security.update(
            {
                "name": text(f"Tietoturvavastaava ({name})", f"Security officer of {name}"),
                "tier": "operatiivinen",
                "party": cid,
                "heldBy": [f"{p}tietoturvapaallikko"],
                "namedBy": sref(f"{p}johtoryhma", cited("operatiivinen-yhteistyo")),
                "areas": [text("Tietoturva"), text("Käyttöoikeudet"), text("Varmuuskopiot")],
                "areasAreExamples": True,
                "source": cited("operatiivinen-yhteistyo"),
            }
        )
        return [coordinator, security]

    def city_matters(self, cid: str, name: str) -> list[dict[str, Any]]:
        docs = []
        for suffix, fi, en, template in MATTERS:
            handler, steps = ROUTES[template]
            doc = header("MatterType", f"{cid}.{suffix}")
            route = []
            for step in steps:
                if step.startswith("c:"):
                    target, trig = f"{cid}.{step[2:]}", step[2:]
                elif step == "region":
                    target, trig = self.region_of[cid], "region"
                else:
                    target, trig = CONSORTIUM, "consortium"
                route.append({"to": target, "trigger": text(*TRIGGERS[trig])})
            doc.update(
                {
                    "name": text(f"{fi} ({name})", f"{en} ({name})"),
                    "tier": "operatiivinen",
                    "description": text(f"{fi}: kaupungin operatiiviset asiat ({name})."),
                    "source": cited("operatiivinen-yhteistyo"),
                    "handledBy": sref(
                        f"{cid}.{handler}",
                        derived("Koordinaattori ottaa asian ensimmäisenä vastaan."),
                    ),
                    "escalation": {"source": cited("eskalointi"), "steps": route},
                }
            )
            docs.append(doc)
        return docs


def write_model(parties: int, out: Path, seed: int = 20240601) -> dict[str, int]:
    """Write the model into ``out`` (created); returns counts of documents by kind."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    counts: dict[str, int] = {}
    for rel, doc in Consortium(parties, seed).documents():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            yaml.dump(
                doc,
                Dumper=dumper,
                sort_keys=False,
                allow_unicode=True,
                width=100,
                default_flow_style=False,
            ),
            encoding="utf-8",
        )
        counts[doc["kind"]] = counts.get(doc["kind"], 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parties", "-n", type=int, required=True, help="number of cities (>= 2)")
    parser.add_argument("--out", "-o", type=Path, required=True, help="directory to write")
    parser.add_argument("--seed", type=int, default=20240601, help="random seed")
    parser.add_argument(
        "--force", action="store_true", help="replace OUT if it exists and is not empty"
    )
    args = parser.parse_args(argv)
    if args.parties < 2:
        parser.error("--parties must be at least 2 (an agreement has two parties or more)")
    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        if not args.force:
            parser.error(f"{out} exists and is not empty (use --force to replace it)")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    counts = write_model(args.parties, out, args.seed)
    total = sum(counts.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"synth: wrote {total} documents to {out} ({detail})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
