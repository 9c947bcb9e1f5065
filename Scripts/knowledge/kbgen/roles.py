"""Source position labels -> Parley's short role words (the ones titles.tsv knows)."""

import re

FOREIGN_MINISTER = "Foreign Minister"
SECRETARY_OF_STATE = "Secretary of State"

# Labels of offices that are not a head of state or government (checked first).
_NOT_HEAD = re.compile(r"vice|deputy|governor|pontifical commission|member of the presidential|speaker|player")

# Checked in order against the lower-cased label; the first match wins.
_RULES = [
    (r"co-prince", "Co-Prince"),
    (r"captain regent", "Captain Regent"),
    (r"supreme leader|amir al-mu|state affairs commission|workers' (\(communist\) )?party|guide of the revolution", "Supreme Leader"),
    (r"crown prince", "Crown Prince"),
    (r"executive yuan|premier", "Premier"),
    (r"prime minister|taoiseach|president of the (govt|government)|chief minister|head of govt|chief of government"
     r"|chairman of (the )?council of ministers|chairmen of the council of ministers|minister of state of monaco"
     r"|^minister of state$", "Prime Minister"),
    (r"chancellor", "Chancellor"),
    (r"general secretary|first secretary", "General Secretary"),
    (r"state counsel", "State Counsellor"),
    (r"^queen", "Queen"),
    (r"grand duke", "Grand Duke"),
    (r"sultan", "Sultan"),
    (r"\bemir\b|^amir", "Emir"),
    (r"^pope|pontiff", "Pope"),
    (r"emperor", "Emperor"),
    (r"\bking\b|druk gyalpo|ngwenyama|yang di-pertuan agong", "King"),
    (r"^prince", "Prince"),
    (r"monarch", "Monarch"),
    (r"president|presidency chairman|chairman of the presidential council|chairman of the state presidency", "President"),
    (r"head of state|chief of state|o le ao o le malo", "Head of State"),
    (r"federal council", "Federal Councillor"),
    (r"chief adviser", "Chief Adviser"),
    (r"military leader|de facto ruler|paramount leader|law and order restoration|peace and development"
     r"|ruling council|military council|chief executive officer of afghanistan", "Leader"),
]

# Generic monarch labels give way to a specific one from another source ("Queen", "Emir").
MONARCH_WORDS = {"King", "Queen", "Emir", "Sultan", "Grand Duke", "Prince", "Emperor", "Pope"}


def is_other_office(label):
    """True for labels that name some other office ("Vice President", "Governor-General")."""
    return bool(_NOT_HEAD.search(label.lower()))


def head_role(label):
    """The role for a head-of-state or head-of-government label, or None if it is not recognised."""
    text = re.sub(r"\s*\(.*?\)", "", label).strip().lower()
    if is_other_office(text):
        return None
    for pattern, role in _RULES:
        if re.search(pattern, text):
            return role
    return None


_FM = re.compile(
    r"(?:^|& )(?:minister|secretary|secretary of state|cabinet secretary|chief of the federal department)"
    r" (?:of|for) (?:europe(?:, integration,)? & |the )?(?:federal department of )?foreign"
    r" (?:& [a-z]+ )?(?:affairs|relations)")


def is_foreign_minister(title):
    text = re.sub(r"\s*\(.*?\)", "", title).strip().lower()
    return bool(_FM.search(text))


# CIA titles that name a head of state or government (after the parenthesis is dropped).
_CIA_HEADS = {
    "president", "prime minister", "king", "queen", "sultan", "amir", "emir", "supreme leader", "chancellor",
    "premier", "premier of state council", "premier of cabinet", "president of executive yuan", "taoiseach",
    "chief of state", "head of state", "head of govt.", "grand duke", "president of swiss confederation",
    "king & prime minister", "chairman of state affairs commission", "president of council of state",
    "president of council of ministers", "captain regent", "presidency chairman", "chairman of council of ministers",
    "prime minister, first lord of the treasury, & minister for the civil service", "president of the govt.",
    "supreme pontiff, roman catholic church",
}


def cia_role(title, country):
    """The role of a CIA cabinet line we keep (heads and foreign ministers), else None."""
    bare = re.sub(r"\s*\(.*?\)", "", title).strip().lower()
    if bare in _CIA_HEADS:
        if bare == "president of council of ministers":
            return "Prime Minister"
        if bare == "king & prime minister":
            return "King"
        if bare == "chairman of state affairs commission":
            return "Supreme Leader"
        return head_role(title)
    if country == "United States" and bare == "secretary of state":
        return SECRETARY_OF_STATE
    if is_foreign_minister(title):
        return FOREIGN_MINISTER
    return None
