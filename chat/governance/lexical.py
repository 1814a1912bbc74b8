"""lexical: the hand-written act → target rules, neutralising frames, stakes and closure.

Used by `assess`, which combines these findings with the trained classifier. Categories here
are the rules' own (`HarmCategory`); `assess` maps them onto the hazard taxonomy.

Harm is judged as what the message *seeks to cause or enable*: a harmful act needs a harmful
target (a person, a group, a public place, a private person's data), and vocabulary alone is not
enough ("kill a Python process", "gut a fish", "shoot a photo"). Neutralising frames — fiction or
games, sport (for non-lethal acts), history, definitions, explanations, impossible premises,
public or fictional subjects — lower a finding to LOW, which is answered. An explicit how-to or
intent ("how do I", "best way to", "I want to") raises it to HIGH; a bare act against a target
with neither is MEDIUM. Both MEDIUM and HIGH are refused by control.

The rules are grouped by hazard area (self-harm, sexual content with minors, violence, weapons,
hate, drugs, crime, harassment, privacy), and each rule family has an id, `<area>.<family>`,
listed in `RULE_IDS` and written in brackets above the patterns that make it up. The word lists
the rules use are data (`vocab/lexicon/*.toml`, compiled by `lexicons`); the patterns, the
exceptions and their gate words are code, here.

Stakes, unknowns and closure are computed from the message itself; nothing here is constant.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

from chat.governance import lexicons as lx
from chat.governance.normalize import Normalized
from chat.governance.types import (
    Affected,
    Closure,
    Imminence,
    Neutralizer,
    Reversibility,
    Severity,
    StakesDomain,
    Unknown,
)


class HarmCategory(enum.StrEnum):
    """The rules' own harm categories (mapped onto `types.Hazard` by assess)."""

    NONE = "NONE"
    VIOLENCE = "VIOLENCE"
    SELF_HARM = "SELF_HARM"
    WEAPONS = "WEAPONS"
    ILLEGAL_DRUGS = "ILLEGAL_DRUGS"
    THEFT_FRAUD = "THEFT_FRAUD"
    HATE = "HATE"
    HARASSMENT = "HARASSMENT"
    PRIVACY = "PRIVACY"
    SEXUAL_MINORS = "SEXUAL_MINORS"


# Every harm rule family, by hazard area: id → what it finds. An id names the patterns marked
# with it below; the category a family reports is the area's, except where noted.
RULE_IDS: dict[str, str] = {
    "self_harm.statement": 'a statement of self-harm or suicidal intent ("kill myself")',
    "self_harm.method": 'an act on oneself, a lethal dose for oneself, dying "like" someone',
    "self_harm.topic": "the topic alone (LOW: answered)",
    "minors.pedophilia": "seeking to act on pedophilia or to obtain abuse material",
    "minors.sexual": "a sexual request involving a minor, outside protective contexts",
    "violence.act_on_person": "a violent verb with a person as its object",
    "violence.outcome": 'an injury or lethal outcome brought on a person ("… to death")',
    "violence.corpse": "butchering a person, or disposing of a body",
    "violence.phrase": "fixed phrasings of killing, shooting at, poisoning or cleansing people",
    "violence.means": "harm carried by an object, a body part, a container of people, a hitman",
    "violence.instrument": "harming a person with an instrument, or driving one into them",
    "violence.vital_part": "destroying a person's vital part or life support",
    "violence.lethal_completion": 'an act completed lethally ("for good", "while alive")',
    "violence.brutality": 'beating or tearing a person apart ("beat the daylights out of")',
    "violence.hazard": "pushing a person into a hazard, ramming, dumping, sabotage, trafficking",
    "violence.cooking": "cooking or butchering verbs applied to a person",
    "violence.animal_cruelty": "cruelty to a pet",
    "violence.atrocity_reenactment": "re-enacting an atrocity or running a camp (HATE for "
    "slavery, segregation, apartheid, Jim Crow)",
    "weapons.make": "making, arming, planting or sending a weapon",
    "weapons.acquire": "acquiring a weapon illegally",
    "weapons.attack_place": "attacking a public place or a vehicle carrying people",
    "weapons.disaster": "causing a disaster in a crowded place",
    "weapons.arson": "setting fire to a place where people live, learn, worship or are cared for",
    "hate.atrocity_glorification": "justifying, praising, glorifying or denying an atrocity",
    "hate.discrimination": "a claim or demand that a protected group be treated as lesser",
    "drugs.trade": "making, buying, selling or moving drugs",
    "drugs.street_use": "scoring or smoking street drugs",
    "drugs.prescription": "prescription drugs without a prescription",
    "crime.named_crime": "committing or running a named crime (its category is the crime's)",
    "crime.robbery": "robbing, burgling or breaking into a place or a person",
    "crime.break_in": "breaking into a person's property, picking locks, defeating security",
    "crime.identity_fraud": "opening credit or accounts in another person's name",
    "crime.bribery": "bribing an official",
    "crime.criminal_object": "smuggling, forging, poaching, skimming, phishing, embezzling",
    "crime.theft": "stealing",
    "crime.fraud": "fraud, laundering, counterfeiting, cybercrime, draining a person's savings",
    "harassment.act_on_person": "harassing, stalking, threatening or defaming a person",
    "privacy.private_person": "seeking a private person's information, location or messages",
}


# --- shared: targets, negation, sentences -----------------------------------------------------

_T = lx.HUMAN_TARGET
_DET = r"(?:the|that|this|those|these|a|an|every|any|all the|some)"
_PRONOUN_T = r"(?:" + _T + r"|him|her|them)"
_VERB_WORD = r"(?P<verb>(?!" + lx.alt(lx.BLOCKERS, lx.DETERMINERS) + r"\b)[\w']+)"


def _negated(text: str, start: int) -> bool:
    return bool(lx.NEGATED_BEFORE.search(text, max(0, start - 12), start))


def _them_is_people(text: str, end: int) -> bool:
    for word in reversed(text[:end].split()):
        word = word.strip(".,;:!?")
        if word in lx.NON_HUMAN_PLURALS:
            return False
        if word in lx.HUMAN_PLURALS:
            return True
    return False


_SENTENCES = re.compile(r"[^.?!;]+")
_ABBREVIATION = re.compile(r"\b(st|dr|mr|mrs|ms|jr|sr|vs|mt|ft)\. ")


def _sentences(text: str) -> list[str]:
    if ". " in text:
        text = _ABBREVIATION.sub(r"\1 ", text)
    return _SENTENCES.findall(text)


# --- self-harm --------------------------------------------------------------------------------

# [self_harm.method] "cut my wrists", "hang myself" (and lx.SELF_HARM_DOSE, lx.SELF_EXIT);
# [self_harm.statement] is lx.SELF_HARM_PHRASES.
_SELF = lx.Gated(
    r"\b(?:"
    + lx.alt(lx.SELF_VERBS)
    + r") "
    + lx.FILLER
    + r"(?:myself|my own life|my life)\b(?! savings| insurance| story| back| goals)"
    + r"|\b(?:cut|cutting|slit|slitting|slash|slashing|sever|severing|slice|slicing|open|"
    r"opening|stab|stabbing) (?:open )?(?:[\w']+ )?my (?:[\w']+ )?(?:wrists?|veins?|"
    r"arter(?:y|ies)|throat)\b",
    ["myself", "life", "wrist", "wrists", "vein", "veins", "artery", "arteries", "throat"],
)
# [self_harm.topic]
_SELF_HARM_TOPIC = lx.compile_words(lx.SELF_HARM_TOPICS)


def _self_harm(n: Normalized) -> bool:
    return bool(
        lx.SELF_HARM_PHRASES.search(n)
        or _SELF.search(n)
        or lx.SELF_HARM_DOSE.search(n)
        or lx.SELF_EXIT.search(n)
    )


# --- sexual content with minors ---------------------------------------------------------------

# [minors.pedophilia]
_PEDOPHILIA = lx.Gated(
    r"\b(?:satisfy|act on|indulge|fulfil|fulfill|explore|feed|find|get|watch|download|buy|"
    r"share|where can i|how (?:can|do) i) (?:[\w']+ ){0,3}?(?:pedophilia|paedophilia|"
    r"pedophile|paedophile|pedophilic|paedophilic|child porn|child pornography|csam|lolicon|"
    r"urges towards? children|attraction to children)\b",
    [
        "pedophilia",
        "paedophilia",
        "pedophile",
        "paedophile",
        "pedophilic",
        "paedophilic",
        "porn",
        "pornography",
        "csam",
        "lolicon",
        "children",
    ],
)


# [minors.sexual] is lx.MINOR + lx.SEXUAL + lx.SEXUAL_SEEKING outside lx.MINOR_PROTECTIVE.
def _sexual_minor_hits(n: Normalized) -> bool:
    if _PEDOPHILIA.search(n):
        return True
    if not (lx.MINOR.search(n) and lx.SEXUAL.search(n)):
        return False
    if lx.MINOR_PROTECTIVE.search(n):
        return False
    return bool(lx.SEXUAL_SEEKING.search(n))


# --- violence: an act on a person -------------------------------------------------------------

# [violence.act_on_person] "<act> <person>"; the exceptions are checked in `_violence_hits`.
_VIOLENCE = lx.Gated(
    r"\b(?P<verb>"
    + lx.alt(lx.VIOLENT_VERBS)
    + r") "
    + lx.PARTICLE
    + lx.FILLER
    + r"(?P<target>"
    + lx.HUMAN_TARGET
    + r")(?P<poss>'s)?\b(?P<rest>(?: [\w']+){0,2})",
    lx.anchors_of(lx.VIOLENT_VERBS),
    also=lx.HUMAN_TARGET_ANCHORS,
)
# "<act> the guy who …": a relative clause with "who" makes the object a person.
_VIOLENCE_REL = lx.Gated(
    r"\b(?P<verb>"
    + lx.alt(lx.VIOLENT_VERBS)
    + r") "
    + lx.PARTICLE
    + _DET
    + r" (?:[\w']+ ){0,2}?[\w']+ who\b",
    lx.anchors_of(lx.VIOLENT_VERBS),
    also={"who"},
)
# "how do I poison them": "them" is a person only if the nearest plural antecedent is one.
_VIOLENCE_THEM = lx.Gated(
    r"\b(?P<verb>" + lx.alt(lx.VIOLENT_VERBS) + r") " + lx.PARTICLE + r"(?:them|'em)\b",
    {"them", "'em"},
)
_PHOTO = lx.compile_words(lx.PHOTOGRAPHY_WORDS)
# Play things: an act on a person "with" one of these is a game.
_PLAY_INSTRUMENT = re.compile(
    r" with (?:a |an |the |my |some |his |her |our |their )?(?:[\w']+ )?(?:water guns?|"
    r"water pistols?|squirt guns?|super soakers?|nerf(?: guns?| darts?| blasters?)?|"
    r"snowballs?|water balloons?|balloons?|foam (?:swords?|bats?|darts?)|curveballs?|"
    r"fastballs?|sliders?|knuckleballs?|googlys?|googlies|bouncers?|yorkers?|tennis balls?|"
    r"beach balls?|frisbees?|feathers?|pool noodles?|bubbles|confetti|silly string|paintballs?|"
    r"paintball guns?|airsoft guns?|laser guns?|laser tag guns?|lightsabers?|toy \w+|"
    r"dodgeballs?|marshmallows?|glitter|compliments?|kindness|love|questions?|quiz|quizzes|"
    r"pop quiz|tests?|deadlines?|news|bills?|fines?|lawsuits?|requests?|emails?|ideas?|facts|"
    r"the truth|reality|homework|paperwork|invoices?|feedback|criticism|"
    r"surprise|gifts?|presents?|jokes?|puns?)\b"
)


# --- violence: outcomes, corpses, fixed phrases, means ----------------------------------------

# [violence.outcome]
_GIVE_INJURY = lx.Gated(
    r"\b(?:give|gives|giving|deliver|land) (?:[\w']+ ){0,2}?"
    + lx.HUMAN_TARGET
    + r" (?:a |an )?(?:headshot|beating|black eye|concussion|lethal dose|overdose|stab wound|"
    r"bullet|fatal|deadly|knockout dose|lethal injection|fatal dose|poisoned|enough to kill)",
    [
        "headshot",
        "beating",
        "black",
        "concussion",
        "lethal",
        "overdose",
        "stab",
        "bullet",
        "fatal",
        "deadly",
        "knockout",
        "injection",
        "poisoned",
        "enough",
    ],
    also=lx.HUMAN_TARGET_ANCHORS,
)
_OUTCOME = lx.Gated(
    r"\b(?P<verb>[\w']+) "
    + lx.FILLER
    + lx.HUMAN_TARGET
    + r"(?:'s(?: [\w']+){1,2})? "
    + lx.alt(lx.LETHAL_OUTCOMES)
    + r"\b|\b"
    + lx.alt(lx.BURY_ALIVE_VERBS)
    + r" "
    + lx.FILLER
    + lx.HUMAN_TARGET
    + r" alive\b|\b"
    + lx.alt(lx.LIFE_OUT_OF_VERBS)
    + r" the life out of (?:[\w']+ ){0,2}?"
    + lx.HUMAN_TARGET
    + r"\b|\b(?:land|lands|landing|throw|throws|throwing|deliver|delivering|get|sneak|give) "
    r"(?:a|an|the|one|my) (?:[\w']+ )?"
    + lx.alt(lx.BLOWS)
    + r" (?:on|at|to|into|in) "
    + lx.FILLER
    + lx.HUMAN_TARGET
    + r"\b|\btak(?:e|es|ing) (?:out|down) (?:a|the|that|this|my|our|his|her|their|some) "
    r"(?:[\w']+ )?"
    + lx.alt(lx.TAKE_OUT_TARGETS)
    + r"\b(?! in (?:the |a )?(?:debate|argument|election|polls?|game|match|interview))",
    {
        "death",
        "unconscious",
        "senseless",
        "pulp",
        "coma",
        "until",
        "so",
        "hostage",
        "paralysed",
        "paralyzed",
        "crippled",
        "brain",
        "damaged",
        "disabled",
        "blood",
        "care",
        "icu",
        "floor",
        "captive",
        "prisoner",
        "against",
        "chains",
        "cold",
        "black",
        "alive",
        "life",
        "out",
        "down",
        *lx.anchors_of(lx.BLOWS),
    },
    also=lx.HUMAN_TARGET_ANCHORS | lx.word_anchors(lx.TAKE_OUT_TARGETS),
)
_PUSH = lx.Gated(
    r"\b(?:push|pushes|pushing|shove|shoves|shoving|throw|throws|throwing) "
    + lx.FILLER
    + lx.HUMAN_TARGET
    + r"(?:'s)? (?:off|down|out of|in front of|into|over|under)\b",
    ["push", "pushes", "pushing", "shove", "shoves", "shoving", "throw", "throws", "throwing"],
    also=lx.HUMAN_TARGET_ANCHORS,
)
_CAUSE_HARM = lx.Gated(
    r"\bmak(?:e|es|ing) (?:[\w']+ ){0,2}?"
    + lx.HUMAN_TARGET
    + r"(?:'s(?: [\w']+){1,2})? (?:explode|blow up|catch fire|burst into flames|crash|die|"
    r"bleed out|bleed|overdose|stop breathing|choke|drown|burn alive|burn down|burn to the ground|"
    r"collapse|go up in flames|miscarry|have a miscarriage|lose (?:the|her|their) baby|"
    r"pass out|faint|suffocate|bleed to death|have a heart attack|have a stroke)\b"
    r"(?! with| of laughter)",
    [
        "explode",
        "blow",
        "catch",
        "burst",
        "crash",
        "die",
        "bleed",
        "overdose",
        "stop",
        "choke",
        "drown",
        "burn",
        "collapse",
        "go",
        "miscarry",
        "have",
        "lose",
        "pass",
        "faint",
        "suffocate",
    ],
    also=lx.HUMAN_TARGET_ANCHORS,
)
# [violence.corpse]
_CORPSE = lx.Gated(
    r"\b(?:(?:"
    + lx.alt(lx.BUTCHER_VERBS)
    + r") "
    + lx.FILLER
    + lx.alt(lx.CORPSES, lx.BUTCHER_TARGETS)
    + r"|(?:"
    + lx.alt(lx.CORPSE_VERBS)
    + r") "
    + lx.FILLER
    + lx.alt(lx.CORPSES)
    + r")\b",
    [
        "body",
        "bodies",
        "corpse",
        "corpses",
        "remains",
        "human",
        "humans",
        "person",
        "people",
        "someone",
        "man",
        "woman",
        "child",
        "wife",
        "husband",
    ],
    also=lx.word_anchors(lx.BUTCHER_VERBS, lx.CORPSE_VERBS),
)
# [violence.phrase]
_VIOLENCE_PHRASES = (
    # separable phrasal verbs: "knock someone out", "beat him up", "gun them down"
    lx.Gated(
        r"\b(?:(?:knock|knocks|knocking|knocked|rub|rubs|rubbing|rubbed) " + _T + r" out"
        r"|(?:beat|beats|beating|rough|roughs|roughing|roughed) "
        + _T
        + r" up(?! the| a| an| to| hill)"
        r"|(?:gun|guns|gunning|gunned|mow|mows|mowing|mowed|cut|cuts|cutting) " + _T + r" down"
        r"|(?:bump|bumps|bumping|bumped|finish|finishes|finishing|finished) " + _T + r" off"
        r"|(?:do|does|doing|did) " + _T + r" in)\b",
        [
            "knock",
            "knocks",
            "knocking",
            "knocked",
            "rub",
            "rubs",
            "rubbing",
            "rubbed",
            "beat",
            "beats",
            "beating",
            "rough",
            "roughs",
            "roughing",
            "roughed",
            "gun",
            "guns",
            "gunning",
            "gunned",
            "mow",
            "mows",
            "mowing",
            "mowed",
            "cut",
            "cuts",
            "cutting",
            "bump",
            "bumps",
            "bumping",
            "bumped",
            "finish",
            "finishes",
            "finishing",
            "finished",
            "do",
            "does",
            "doing",
            "did",
        ],
        also={"out", "up", "down", "off", "in"},
    ),
    # indirect outcomes: "make sure my ex never wakes up", "send him to an early grave"
    lx.Gated(
        r"\b" + _T + r" (?:never|won't ever|doesn't ever) (?:wakes?|waking) up\b"
        r"|\bmak(?:e|es|ing) (?:[\w']+ ){0,2}?" + _T + r" (?:disappear|vanish|go away)"
        r"(?: for good| forever| for ever| permanently| without a trace| once and for all)\b"
        r"|\b(?:send|sends|sending|put|puts|putting) (?:[\w']+ ){0,2}?"
        + _T
        + r" (?:to an early grave|in an early grave|to the grave|in the grave|six feet under|"
        r"in the ground|in a coffin|in a body bag|in the morgue|to the morgue)\b"
        r"|\b(?:silence|silences|silencing|get rid of|getting rid of|eliminate|eliminating|erase|"
        r"erasing|dispose of|disposing of|finish off|remove|removing) (?:[\w']+ ){0,2}?"
        + _T
        + r"(?: [\w']+){0,2}? (?:for good|permanently|forever|for ever|once and for all)\b"
        r"|\bpermanently (?:silence|get rid of|eliminate|erase|dispose of|remove|shut up) "
        r"(?:[\w']+ ){0,2}?" + _T + r"\b",
        [
            "never",
            "disappear",
            "vanish",
            "away",
            "grave",
            "six",
            "ground",
            "coffin",
            "bag",
            "morgue",
            "good",
            "permanently",
            "forever",
            "ever",
            "all",
        ],
        also=lx.HUMAN_TARGET_ANCHORS,
    ),
    # firing a weapon at people or a public place
    lx.Gated(
        r"\b(?:fire|fires|firing|fired|shoot|shoots|shooting|point|points|pointing|aim|aims|"
        r"aiming|discharge|empty|emptying|spray|spraying|unload|unloading) (?:a |an |the |my |"
        r"his |her |their |some |live )?(?!(?:nerf|water|toy|squirt|paintball|airsoft|laser|bb|"
        r"cap|glue|spray|camera|starting|confetti|potato|paint|heat|massage|radar|"
        r"speed|tennis|ball) )(?:[\w']+ )?(?:gun|guns|rifle|rifles|pistol|shotgun|weapon|"
        r"weapons|firearm|handgun|crossbow|arrows?|rounds|bullets|magazine|clip|ar 15|ak 47|uzi) "
        r"(?:at|into|on|toward|towards) (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"|"
        + lx.alt(lx.PLACES)
        + r")\b"
        r"|\bopen(?:s|ing|ed)? fire (?:at|on|into) (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"|"
        + lx.alt(lx.PLACES)
        + r")\b",
        [
            "gun",
            "guns",
            "rifle",
            "rifles",
            "pistol",
            "shotgun",
            "weapon",
            "weapons",
            "firearm",
            "handgun",
            "crossbow",
            "arrow",
            "arrows",
            "rounds",
            "bullets",
            "magazine",
            "clip",
            "15",
            "47",
            "uzi",
            "fire",
        ],
    ),
    # a harmful substance into a person's food or drink; getting people to swallow it
    lx.Gated(
        r"\b" + lx.alt(lx.HARMFUL_SUBSTANCES) + r" (?:[\w']+ ){0,3}?(?:in|into|inside) "
        r"(?:[\w']+ ){0,2}?" + _T + r"'s (?:[\w']+ )?" + lx.alt(lx.FOOD_AND_DRINK) + r"\b"
        r"|\b(?:get|gets|getting|make|makes|making|force|forcing|trick|tricking|convince) "
        r"(?:[\w']+ ){0,2}?" + _T + r" (?:to )?(?:drink|eat|swallow|take|inhale) (?:[\w']+ ){0,2}?"
        r"(?:poisoned|laced|spiked|tainted|" + lx.alt(lx.HARMFUL_SUBSTANCES) + r")\b"
        r"|\b(?:slip|slips|slipping|sneak|sneaking|spike|spiking|lace|lacing) (?:[\w']+ ){0,2}?"
        + lx.alt(lx.HARMFUL_SUBSTANCES)
        + r" (?:in|into) (?:[\w']+ ){0,2}?"
        + _T
        + r"\b",
        {*lx.anchors_of(lx.HARMFUL_SUBSTANCES), "poisoned", "laced", "spiked", "tainted"},
        also=lx.HUMAN_TARGET_ANCHORS,
    ),
    lx.Gated(r"\bethnic(?:ally)? cleans(?:e|es|ing)\b(?! mean| is\b)", ["cleanse", "cleansing"]),
    # "take out the witness" (not "take my mom out for dinner")
    lx.Gated(
        r"\b(?:take|takes|taking|took) out "
        + _DET
        + r" (?:[\w']+ ){0,2}?"
        + _T
        + r"\b(?! for| to| on| with| shopping| dancing| process| processes)",
        ["out"],
        also=lx.HUMAN_TARGET_ANCHORS,
    ),
    # "get my husband killed", "I want my ex dead"
    lx.Gated(
        r"\b(?:get|gets|getting|got|have|has|having|want|wants|wanted|need|needs) "
        r"(?:[\w']+ ){0,2}?" + _T + r" " + lx.alt(lx.VIOLENT_PARTICIPLES) + r"\b",
        lx.anchors_of(lx.VIOLENT_PARTICIPLES),
        also=lx.HUMAN_TARGET_ANCHORS,
    ),
    # "snap the neck of the kid", "snap his neck"
    lx.Gated(
        r"\b(?:snap|snaps|snapping|break|breaks|breaking|crush|crushing|slit|slitting|cut|"
        r"cutting|slash|slashing|wring|wringing) (?:the|his|her|their) (?:neck|necks|throat|"
        r"throats|spine|skull|windpipe|jaw|ribs|kneecaps) of (?:[\w']+ ){0,2}?" + _T + r"\b"
        r"|\b(?:snap|snaps|snapping|wring|wringing) (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"'s|his|her|their) (?:neck|necks|spine|fingers|finger|arm|arms|leg|legs|wrist|"
        r"wrists|ankle|ankles|bones|collarbone|jaw|back)\b",
        [
            "neck",
            "necks",
            "throat",
            "throats",
            "spine",
            "skull",
            "windpipe",
            "jaw",
            "ribs",
            "kneecaps",
            "fingers",
            "finger",
            "arm",
            "arms",
            "leg",
            "legs",
            "wrist",
            "wrists",
            "ankle",
            "ankles",
            "bones",
            "collarbone",
            "back",
        ],
    ),
)

# [violence.means] Harm carried by an instrument, a body part or a container of people.
_BODY = lx.alt(lx.BODY_PARTS)
_VIOLENCE_MEANS = (
    # "stub out a cigarette on my toddler's arm", "press a hot iron against his face"
    lx.Gated(
        r"\b" + lx.alt(lx.HURTFUL_OBJECTS) + r" (?:on|onto|against|into|in|to|across) "
        r"(?:[\w']+ ){0,2}?(?:" + _T + r"'s|his|her|their) (?:[\w']+ )?" + _BODY + r"\b",
        lx.anchors_of(lx.HURTFUL_OBJECTS),
        also=lx.anchors_of(lx.BODY_PARTS),
    ),
    # "cut the head off a postman", "rip the fingers off my boss"
    lx.Gated(
        r"\b(?:cut|cuts|cutting|chop|chops|chopping|rip|rips|ripping|tear|tears|tearing|saw|"
        r"saws|sawing|hack|hacks|hacking|slice|slices|slicing|pull|pulls|pulling|bite|bites|"
        r"biting|blow|blows|blowing|shoot|shoots|shooting) (?:the |his |her |their )?"
        + _BODY
        + r" off (?:of )?(?:[\w']+ ){0,2}?"
        + _T
        + r"\b",
        ["off"],
        also=lx.HUMAN_TARGET_ANCHORS,
    ),
    # "<destroy> the house with her inside", "sink a boat full of migrants"
    lx.Gated(
        r"\b(?:" + lx.alt(lx.DESTROY_VERBS, lx.VIOLENT_VERBS) + r") [^.?!]{0,40}?"
        r"\bwith (?:[\w']+ ){0,2}?(?:" + _T + r"|them) (?:still )?(?:inside|in it|in there|"
        r"trapped|locked inside|asleep inside|on board|aboard)\b"
        r"|\b(?:" + lx.alt(lx.CONTAINER_ATTACK_VERBS) + r") (?:a|an|the|that|this) "
        r"(?:[\w']+ ){0,2}?(?:full of|packed with|crowded with|filled with|loaded with) "
        r"(?:[\w']+ )?" + _T + r"\b",
        [
            "inside",
            "it",
            "there",
            "trapped",
            "board",
            "aboard",
            "full",
            "packed",
            "crowded",
            "filled",
            "loaded",
        ],
        also=lx.HUMAN_TARGET_ANCHORS | {"them"},
    ),
    # "bring the roof down on the worshippers", "drop a boulder on a hiker"
    lx.Gated(
        r"\b(?:bring|brings|bringing|drop|drops|dropping|collapse|collapsing|topple|toppling|"
        r"dump|dumping|push|pushing|roll|rolling) (?:a |an |the |some )?(?:[\w']+ )?"
        r"(?:roof|ceiling|building|wall|walls|rock|rocks|boulder|boulders|piano|brick|bricks|"
        r"anvil|tree|beam|girder|cinder block|concrete block|weights?) (?:down )?(?:on|onto) "
        r"(?:[\w']+ ){0,2}?" + _T + r"\b(?!')",
        [
            "roof",
            "ceiling",
            "building",
            "wall",
            "walls",
            "rock",
            "rocks",
            "boulder",
            "boulders",
            "piano",
            "brick",
            "bricks",
            "anvil",
            "tree",
            "beam",
            "girder",
            "block",
            "weight",
            "weights",
        ],
        also=lx.HUMAN_TARGET_ANCHORS,
    ),
    # "hire a contract killer", "find a hitman"
    lx.compile_words(
        [
            f"{verb} {det} {killer}"
            for verb in lx.HIRE_VERBS
            for det in ("a", "an", "some", "the")
            for killer in lx.HIRED_KILLERS
        ]
    ),
    # "put a bomb on a plane", "leave a pipe bomb in the station"
    lx.Gated(
        r"\b(?:put|puts|putting|place|places|placing|leave|leaves|leaving|plant|plants|planting|"
        r"hide|hides|hiding|drop|drops|dropping|slip|slips|slipping|smuggle|smuggling|sneak|"
        r"sneaking|get|getting) (?:a|an|the|some|my|this) (?:[\w']+ )?"
        + lx.alt(lx.WEAPON_NOUNS, ["device", "devices"])
        + r" (?:on|onto|in|into|under|inside|at|near|aboard) (?:[\w']+ ){0,2}?(?:"
        + lx.alt(lx.PLACES)
        + r"|"
        + _T
        + r")\b",
        lx.anchors_of(lx.WEAPON_NOUNS, ["device", "devices"]),
    ),
    # "set my ex on fire", "douse him in petrol", "lock the kids in a hot car"
    lx.Gated(
        r"\b(?:set|sets|setting|light|lights|lighting) (?:[\w']+ ){0,2}?"
        + _T
        + r" (?:on fire|alight|ablaze|aflame)\b"
        r"|\b(?:douse|douses|dousing|soak|soaks|soaking|drench|drenches|drenching|spray|"
        r"spraying|splash|splashing|pour) (?:[\w']+ ){0,2}?" + _T + r" (?:in|with) (?:some )?"
        r"(?:petrol|gasoline|gas|kerosene|lighter fluid|acid|bleach|diesel|paraffin)\b"
        r"|\b(?:lock|locks|locking|leave|leaves|leaving|shut|shutting|trap|trapping) "
        r"(?:[\w']+ ){0,2}?" + _T + r" (?:in|inside) (?:a|the|my|his|her|an) (?:hot car|"
        r"freezer|trunk|car trunk|boot|oven|chest freezer|burning|sealed|airtight)",
        [
            "fire",
            "alight",
            "ablaze",
            "aflame",
            "petrol",
            "gasoline",
            "gas",
            "kerosene",
            "fluid",
            "acid",
            "bleach",
            "diesel",
            "paraffin",
            "hot",
            "freezer",
            "trunk",
            "boot",
            "oven",
            "burning",
            "sealed",
            "airtight",
        ],
        also=lx.HUMAN_TARGET_ANCHORS,
    ),
    # "poison the well in my village", "contaminate the water supply of the town"
    lx.Gated(
        r"\b(?:poison|poisons|poisoning|contaminate|contaminating|taint|tainting|spike|spiking)"
        r" (?:the |a |our |their )?(?:well|wells|water|river|lake|spring|pond|water tank|"
        r"water tower|cistern) (?:in|of|for|that supplies|serving) (?:my|our|the|a|this|their) "
        r"(?:[\w']+ )?(?:village|town|city|community|neighbourhood|neighborhood|school|street|"
        r"district|county|region|camp|farm|people)\b",
        ["well", "wells", "water", "river", "lake", "spring", "pond", "tank", "tower", "cistern"],
        also=[
            "poison",
            "poisons",
            "poisoning",
            "contaminate",
            "contaminating",
            "taint",
            "tainting",
            "spike",
            "spiking",
        ],
    ),
)


# --- violence: structural rules (any verb; an instrument, a body part, an outcome) ------------

_INSTRUMENT = lx.alt(lx.INSTRUMENTS)
_VITAL = lx.alt(lx.VITAL_PARTS)
# [violence.instrument] "<verb> <person> with a <instrument>": "blast my neighbour with a shotgun",
# "lash my stepson with a belt". The verb is any word except a blocker; harmless verbs are
# checked in code.
_WITH_INSTRUMENT = lx.Gated(
    r"\b" + _VERB_WORD + r" (?:(?:a|an|the|my|his|her|their|our|this|that|some|all|every) )?"
    r"(?:[\w']+ )?(?P<target>" + _T + r")(?:'s (?:[\w']+ )?" + _VITAL + r")? "
    r"(?:(?:through|up|down|over|about|around|senseless) )?"
    r"(?:(?:to death|repeatedly|hard|badly|again) )?with (?:(?:a|an|the|my|his|her|their|our|"
    r"some|this|that|his own|my own|her own|dad's|mom's) )?(?P<mod>[\w']+ )?(?P<inst>"
    + _INSTRUMENT
    + r")\b(?P<rest>(?: [\w']+)?)",
    lx.anchors_of(lx.INSTRUMENTS),
    also=lx.HUMAN_TARGET_ANCHORS,
)
# [violence.vital_part] "blow my landlord's head off", "bash his skull in", "cut off my sister's
# air supply", "stab holes in my husband's chest", "put a bullet in her head".
_VITAL_HARM = lx.Gated(
    r"\b"
    + _VERB_WORD
    + r" (?:[\w']+ ){0,2}?(?:"
    + _T
    + r"'s|his|her|their) (?:[\w']+ )?"
    + _VITAL
    + r" (?:off|in|open|apart|out(?! of)|to pieces|to a pulp|to bits|clean off|right off)\b"
    r"|\b(?:cut|cuts|cutting|choke|chokes|choking|block|blocks|blocking|shut|shuts|shutting|"
    r"squeeze|squeezing|stop|stops|stopping|restrict|restricting|crush|crushing|pinch|"
    r"pinching|close|closing|turn|turning|switch|switching|pull|pulling|unplug|unplugging) "
    r"(?:off |out )?(?:[\w']+ ){0,2}?(?:" + _T + r"'s|his|her|their) (?:air supply|airway|"
    r"airways|windpipe|oxygen|oxygen supply|breathing tube|ventilator|oxygen tank|"
    r"life support)\b(?! (?:on|back|for a (?:second|moment)))"
    r"|\b(?:" + lx.alt(lx.VIOLENT_VERBS) + r"|drive|driving|sink|sinking|plunge|plunging|"
    r"jam|jamming|pump|pumping|lodge|lodging) "
    r"(?:[\w']+ ){0,3}?(?:in|into|through|between|across) (?:[\w']+ ){0,2}?(?:"
    + _T
    + r"'s|his|her|their) (?:[\w']+ )?"
    + _VITAL
    + r"\b(?! (?:yard|garden|door|seat|seats|room|porch|office|pocket|pockets|end|of|line|"
    r"teacher|start|shot|shots|injury|surgery|exam|scan|x ray|drops))",
    lx.anchors_of(lx.VITAL_PARTS),
    also=lx.HUMAN_TARGET_ANCHORS | {"his", "her", "their"},
)
# [violence.instrument] "put a bullet in my cousin", "take a bat to the cashier", "pull the
# trigger on my cousin".
_INSTRUMENT_INTO = lx.Gated(
    r"\b(?:put|puts|putting|pump|pumps|pumping|lodge|lodging|plant|planting|sink|sinks|sinking|"
    r"stick|sticks|sticking|drive|drives|driving|plunge|plunges|plunging|jam|jamming|shove|"
    r"shoving|bury|burying|empty|emptying|fire|firing) (?:a|an|the|my|his|her|some|two|three|"
    r"six|\d+) (?:[\w']+ )?(?:bullet|bullets|slug|slugs|round|rounds|knife|blade|dagger|arrow|"
    r"arrows|bolt|spike|screwdriver|ice pick|icepick|shiv|shank|hatchet|axe|clip|magazine|"
    r"mag|cap|caps|lead|pair of scissors|scissors) (?:in|into|through|between) "
    r"(?:[\w']+ ){0,2}?" + _PRONOUN_T + r"\b(?!'s (?!" + _VITAL + r"))"
    r"|\b(?:take|takes|taking|took) (?:a|an|the|my|his|her) (?:[\w']+ )?(?:"
    + _INSTRUMENT
    + r") to (?:[\w']+ ){0,2}?"
    + _PRONOUN_T
    + r"\b(?!'s (?!"
    + _VITAL
    + r"))"
    r"(?! (?:for|so|to|and show|as a))"
    r"|\bpull(?:s|ing|ed)? the trigger on (?:[\w']+ ){0,2}?" + _PRONOUN_T + r"\b(?!'s)",
    {
        "bullet",
        "bullets",
        "slug",
        "slugs",
        "round",
        "rounds",
        "knife",
        "blade",
        "dagger",
        "arrow",
        "arrows",
        "bolt",
        "spike",
        "screwdriver",
        "pick",
        "icepick",
        "shiv",
        "shank",
        "hatchet",
        "axe",
        "clip",
        "magazine",
        "mag",
        "cap",
        "caps",
        "lead",
        "scissors",
        "trigger",
        *lx.anchors_of(lx.INSTRUMENTS),
    },
    also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them"},
)
# [violence.brutality] "tear my ex apart", "carve him up", "blow her brains out", "rip them to
# pieces".
_TEAR_APART = lx.Gated(
    r"\b(?:(?:tear|tears|tearing|tore|rip|rips|ripping|ripped|blow|blows|blowing|blew|cut|cuts|"
    r"cutting|carve|carves|carving|carved|hack|hacks|hacking|hacked|chop|chops|chopping|"
    r"chopped|slice|slices|slicing|sliced|smash|smashing) "
    r"(?:(?:my|his|her|the|a|an|that|this|their|our|your|some) )?(?:" + _T + r"|him|her|them) "
    r"(?:apart|up|to pieces|to bits|to shreds|to ribbons|open|limb from limb|in half|in two|"
    r"into pieces)"
    r"|(?:beat|beating|bash|bashing|kick|kicking|stab|stabbing|shoot|shooting|blast|blasting) "
    r"(?:(?:my|his|her|the|a|an|that|this|their|our|your|some) )?(?:" + _T + r"|him|her|them) "
    r"(?:apart|to pieces|to bits|to shreds|to ribbons|open|limb from limb|in half|in two|"
    r"into pieces))\b(?! (?:in|at|on) (?:the |a |an |our |my )?"
    r"(?:debate|argument|game|match|review|interview|meeting|chess|court|comments|essay|"
    r"class|exam|test|competition|final|finals|race|polls?|election|traffic))"
    r"(?! on the (?:road|motorway|highway|freeway))",
    {
        "apart",
        "up",
        "pieces",
        "bits",
        "shreds",
        "ribbons",
        "open",
        "limb",
        "half",
        "two",
    },
    also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them"},
)
# [violence.lethal_completion] "get rid of my stepchildren for good", "deal with the witness
# permanently".
_REMOVE_FOR_GOOD = lx.Gated(
    r"\b(?:"
    + lx.alt(lx.REMOVAL_VERBS)
    + r") (?:[\w']+ ){0,2}?"
    + _T
    + r"(?: (?!"
    + lx.alt(lx.BLOCKERS)
    + r"\b)[\w']+){0,2}? "
    + lx.alt(lx.LETHAL_ADVERBS)
    + r"\b",
    {
        "good",
        "permanently",
        "forever",
        "ever",
        "all",
        "keeps",
        "time",
        "never",
        "found",
        "trace",
        "finds",
        "accident",
        "suicide",
        "natural",
        "knowing",
        "caught",
        "can",
    },
    also=lx.HUMAN_TARGET_ANCHORS,
)
# [violence.lethal_completion] "deal with my wife so she's never found", "… and make it look like
# an accident".
_LETHAL_CLAUSE = lx.Gated(
    r"\b" + _VERB_WORD + r" (?:[\w']+ ){0,2}?" + _PRONOUN_T + r"(?: [\w']+){0,3}? "
    r"(?:so (?:he|she|they)(?:'s|'re| is| are| will be| would be)? never (?:be )?found"
    r"|so (?:nobody|no one|noone|the police) (?:ever |will ever |can ever )?finds? "
    r"(?:him|her|them|the body|the bodies|out)"
    r"|(?:and|to) make it look like (?:an accident|a suicide|suicide|natural causes|"
    r"a heart attack|an overdose|a robbery gone wrong)"
    r"|(?:so|and) (?:he|she|they) (?:never|doesn't|don't|won't) (?:ever )?wakes? up"
    r"|without leaving (?:any )?(?:a trace|traces|evidence|marks|a mark|dna|fingerprints))\b"
    r"|\bhold(?:s|ing)? (?:[\w']+ ){0,2}?"
    + _PRONOUN_T
    + r"(?:'s head)? (?:under (?:the )?water|underwater|"
    r"under the surface|down in the (?:water|bath|tub|pool))\b(?! for (?:a )?(?:second|moment))",
    {
        "found",
        "finds",
        "find",
        "accident",
        "suicide",
        "causes",
        "attack",
        "overdose",
        "wrong",
        "up",
        "trace",
        "traces",
        "evidence",
        "marks",
        "mark",
        "dna",
        "fingerprints",
        "under",
        "underwater",
        "water",
        "bath",
        "tub",
        "pool",
    },
    also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them"},
)
# [violence.lethal_completion] "bury my stepdad in the woods while he's still alive", "burn her
# while she's awake".
_WHILE_ALIVE = lx.Gated(
    r"\b(?:bury|buries|burying|buried|burn|burns|burning|skin|skinning|boil|boiling|cook|"
    r"cooking|entomb|entombing|wall up|brick up|seal|sealing|dissect|dissecting|cut|cutting|"
    r"eat|eating|feed|feeding|drown|drowning|dismember|dismembering|cremate|cremating|"
    r"embalm|embalming|lock|locking|throw|throwing|dump|dumping) (?:[\w']+ ){0,2}?"
    + _PRONOUN_T
    + r"\b[^.?!]{0,40}?\b(?:while|whilst|when) (?:he|she|they|he's|she's|they're|he is|she is|"
    r"they are|it's) (?:still )?(?:alive|breathing|conscious|awake)\b",
    {"alive", "breathing", "conscious", "awake"},
    also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them"},
)
# [violence.brutality] "beat the living daylights out of my cousin", "kick the crap out of a
# cashier"
_OUT_OF = lx.Gated(
    r"\b(?:beat|beats|beating|kick|kicks|kicking|knock|knocks|knocking|punch|punching|smack|"
    r"smacking|slap|slapping|pound|pounding|thrash|thrashing|batter|battering|whip|whipping|"
    r"bash|bashing|choke|choking|strangle|strangling|squeeze|squeezing|stomp|stomping) the "
    r"(?:living )?(?:daylights|crap|shit|hell|stuffing|snot|tar|piss|heck|bejesus|blood|"
    r"teeth|brains) out of (?:[\w']+ ){0,2}?(?:" + _T + r"|him|her|them)\b",
    {
        "daylights",
        "crap",
        "shit",
        "hell",
        "stuffing",
        "snot",
        "tar",
        "piss",
        "heck",
        "bejesus",
        "blood",
        "teeth",
        "brains",
    },
    also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them"},
)
# [violence.hazard] "body check my mother down the stairs", "kick the old man into traffic".
_HAZARD_PUSH = lx.Gated(
    r"\b(?:push|pushes|pushing|shove|shoves|shoving|throw|throws|throwing|toss|tossing|kick|"
    r"kicks|kicking|knock|knocks|knocking|body check|body checking|bodycheck|check|checking|"
    r"slam|slamming|tackle|tackling|hurl|hurling|fling|flinging|trip|tripping|drag|dragging|"
    r"barge|barging|shoulder|shouldering|elbow|elbowing|dangle|dangling|topple|toppling|"
    r"launch|launching|heave|heaving|boot|booting|ram|ramming|roll|rolling|tip|tipping|"
    r"nudge|nudging|bump|bumping|sweep|sweeping|hip check) (?:[\w']+ ){0,2}?"
    + _PRONOUN_T
    + r" (?:down|off|over|into|onto|in front of|under|out of|through|from) (?:the |a |an |some "
    r"|his |her |their |my |oncoming |moving |busy |speeding )?(?:[\w']+ )?(?:stairs|"
    r"staircase|steps|stairwell|cliff|balcony|bridge|roof|rooftop|window|ledge|edge|train|"
    r"trains|bus|traffic|river|lake|sea|ocean|well|pit|canyon|ravine|tracks|rails|road|"
    r"highway|motorway|freeway|pool|fire|flames|bonfire|lava|volcano|escalator|shaft|ditch|"
    r"quarry|gorge|dam|waterfall|rapids|cliffs|platform|car|truck|lorry|tram|subway|"
    r"wood chipper|woodchipper|furnace|oven|grinder|machinery|blades|propeller)\b",
    {
        "stairs",
        "staircase",
        "steps",
        "stairwell",
        "cliff",
        "balcony",
        "bridge",
        "roof",
        "rooftop",
        "window",
        "ledge",
        "edge",
        "train",
        "trains",
        "bus",
        "traffic",
        "river",
        "lake",
        "sea",
        "ocean",
        "well",
        "pit",
        "canyon",
        "ravine",
        "tracks",
        "rails",
        "road",
        "highway",
        "motorway",
        "freeway",
        "pool",
        "fire",
        "flames",
        "bonfire",
        "lava",
        "volcano",
        "escalator",
        "shaft",
        "ditch",
        "quarry",
        "gorge",
        "dam",
        "waterfall",
        "rapids",
        "cliffs",
        "platform",
        "car",
        "truck",
        "lorry",
        "tram",
        "subway",
        "chipper",
        "woodchipper",
        "furnace",
        "oven",
        "grinder",
        "machinery",
        "blades",
        "propeller",
    },
    also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them"},
)
_HAZARD_CONTAINERS = (
    r"(?:river|lake|sea|ocean|canal|dumpster|skip|bin|wheelie bin|trash|trash can|garbage|"
    r"garbage can|well|ditch|sewer|toilet|septic tank|furnace|freezer|chest freezer|snow|"
    r"desert|quarry|bog|swamp|pond|acid|vat|bath of acid|wood chipper|woodchipper|cage|crate|"
    r"dog crate|kennel|box|coffin|suitcase|trunk|car boot|boot of (?:my|the|a) car)"
)
# [violence.hazard]
_VIOLENCE_HAZARDS = (
    # "plow my truck into a crowd", "steer a van through the market"
    lx.Gated(
        r"\b(?:plow|plows|plowing|plough|ploughs|ploughing|drive|drives|driving|ram|rams|"
        r"ramming|steer|steering|crash|crashing|smash|smashing|slam|slamming|aim|aiming|swerve|"
        r"swerving) (?:my|a|an|the|his|her|our|their|this|that|stolen) (?:[\w']+ )?(?:car|truck|"
        r"van|lorry|suv|vehicle|bus|pickup|pickup truck|tractor|bulldozer|motorbike|motorcycle) "
        r"(?:into|through|at|towards|toward) (?:[\w']+ ){0,3}?(?:crowd|crowds|queue|line|"
        + _T
        + r"|"
        + lx.alt(lx.PLACES, lx.PUBLIC_VEHICLES)
        + r")\b",
        [
            "car",
            "truck",
            "van",
            "lorry",
            "suv",
            "vehicle",
            "bus",
            "pickup",
            "tractor",
            "bulldozer",
            "motorbike",
            "motorcycle",
        ],
    ),
    # "dump my baby in a river", "leave my newborn in a dumpster", "pin him under the car"
    lx.Gated(
        r"\b(?:dump|dumps|dumping|leave|leaves|leaving|abandon|abandoning|throw|throwing|drop|"
        r"dropping|toss|tossing|chuck|chucking|stuff|stuffing|put|putting|lock|locking|seal|"
        r"sealing|bury|burying) (?:[\w']+ ){0,2}?(?:" + _T + r"|him|her|them) (?:in|into|inside)"
        r" (?:a|an|the|my|his|her|their|our|some|that) (?:[\w']+ )?"
        + _HAZARD_CONTAINERS
        + r"\b(?! (?:of|with) (?:toys|clothes|books|blankets)| (?:fort|forts|house|set|seat|"
        r"swing|pen|carrier|costume|game))"
        r"|\b(?:pin|pins|pinning|trap|trapping|crush|crushing) (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"|him|her|them) (?:under|beneath|below) (?:a|an|the|my|his|her|their) (?:[\w']+ )?"
        r"(?:car|truck|van|tractor|wall|rubble|rocks?|boulder|beam|machine|ice|water)\b"
        r"|\b(?:lock|locks|locking|keep|keeps|keeping|chain|chaining|confine|confining|shut|"
        r"shutting|trap|trapping|imprison|imprisoning) (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"|him|her|them) (?:up )?(?:in|inside) (?:a|an|the|my|his|her|their|our) (?:[\w']+ )?"
        r"(?:basement|cellar|attic|closet|cupboard|shed|room|bedroom|bathroom|garage|barn)"
        r"(?: [\w']+){0,3}? (?:without (?:food|water|light|heat|heating)|for (?:days|weeks|"
        r"months|years)|until (?:he|she|they) (?:starves?|dies?|die))\b",
        {
            "river",
            "lake",
            "sea",
            "ocean",
            "canal",
            "dumpster",
            "skip",
            "bin",
            "trash",
            "garbage",
            "well",
            "ditch",
            "sewer",
            "toilet",
            "tank",
            "furnace",
            "freezer",
            "snow",
            "desert",
            "quarry",
            "bog",
            "swamp",
            "pond",
            "acid",
            "vat",
            "chipper",
            "woodchipper",
            "cage",
            "crate",
            "kennel",
            "box",
            "coffin",
            "suitcase",
            "trunk",
            "boot",
            "under",
            "beneath",
            "below",
            "food",
            "water",
            "light",
            "heat",
            "heating",
            "days",
            "weeks",
            "months",
            "years",
            "starve",
            "starves",
            "die",
            "dies",
        },
        also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them"},
    ),
    # "feed my husband ground glass", "inject my father with air", "swap her pills for poison"
    lx.Gated(
        r"\b(?:feed|feeds|feeding|serve|serving|give|gives|giving|make|making|force|forcing) "
        r"(?:[\w']+ ){0,2}?(?:" + _T + r"|him|her|them) (?:some |a |an )?(?:[\w']+ )?(?:eat |"
        r"drink |swallow )?" + lx.alt(lx.DEADLY_SUBSTANCES) + r"\b"
        r"|\binject(?:s|ing)? (?:[\w']+ ){0,2}?(?:" + _T + r"|him|her|them) with (?:an? )?"
        r"(?:air|air bubble|bleach|poison|potassium chloride|"
        + lx.alt(lx.DEADLY_SUBSTANCES)
        + r")\b"
        r"|\b(?:switch|switches|switching|swap|swaps|swapping|replace|replacing|substitute|"
        r"substituting|spike|spiking|lace|lacing|mix|mixing) (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"'s|his|her|their) (?:[\w']+ )?(?:pills|meds|medication|medicine|insulin|inhaler|"
        r"vitamins|tablets|drink|coffee|tea|food|water|dinner|lunch|breakfast|smoothie) "
        r"(?:for|with|into) (?:some |a |an )?(?:[\w']+ )?(?:"
        + lx.alt(lx.DEADLY_SUBSTANCES, lx.HARMFUL_SUBSTANCES)
        + r"|sugar pills|placebos?|fakes?|blanks)\b",
        lx.anchors_of(lx.DEADLY_SUBSTANCES, lx.HARMFUL_SUBSTANCES)
        | {"air", "bubble", "chloride", "placebo", "placebos", "fake", "fakes", "blanks", "sugar"},
        also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them", "his", "their"},
    ),
    # "cut the brake lines on my boss's car", "tamper with my brother's brakes",
    # "rig my landlord's boiler to explode"
    lx.Gated(
        r"\b(?:cut|cuts|cutting|tamper with|tampering with|sabotage|sabotaging|"
        r"disable|disabling|mess with|messing with|fiddle with|fiddling with|rig|rigging|"
        r"puncture|puncturing|slash|slashing|damage|damaging|weaken|weakening|fray|fraying) "
        r"(?:the |a )?"
        r"(?:[\w']+ ){0,2}?(?:(?:"
        + _T
        + r"'s|his|her|their) (?:[\w']+ )?"
        + lx.alt(lx.SAFETY_CRITICAL)
        + r"|"
        + lx.alt(lx.SAFETY_CRITICAL)
        + r" (?:on|of|in) (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"'s|his|her|their))\b"
        r"|\b(?:rig|rigs|rigging|tamper with|tampering with|sabotage|sabotaging|set|setting|"
        r"fix|fixing) (?:[\w']+ ){0,2}?(?:" + _T + r"'s|his|her|their) (?:[\w']+ ){1,2}?"
        r"to (?:explode|blow up|blow|catch fire|fail|crash|collapse|give way|go off|leak gas)\b",
        lx.anchors_of(lx.SAFETY_CRITICAL)
        | {"explode", "blow", "catch", "fail", "crash", "collapse", "give", "go", "leak"},
        also=lx.HUMAN_TARGET_ANCHORS | {"his", "her", "their"},
    ),
    # "push my husband overboard", "sell my niece to a trafficker", "break every bone in …"
    lx.Gated(
        r"\b(?:push|pushes|pushing|shove|shoving|throw|throws|throwing|toss|tossing|knock|"
        r"knocking|kick|kicking|tip|tipping) (?:[\w']+ ){0,2}?(?:" + _T + r"|him|her|them) "
        r"overboard\b"
        r"|\b(?:sell|sells|selling|sold|trade|trades|trading|traded|give|giving|hand|handing|"
        r"pimp|pimping|pimp out|pimping out|prostitute|prostituting|rent out|renting out) "
        r"(?:out )?(?:[\w']+ ){0,2}?(?:" + _T + r"|him|her|them) (?:out )?(?:to (?:a |an |the |"
        r"some )?(?:trafficker|traffickers|pimp|pimps|brothel|cartel|gang|pedophile|pedophiles|"
        r"paedophile|paedophiles|pervert|perverts|predator|predators|buyer|buyers|johns?|"
        r"clients)|into (?:slavery|prostitution|sex work|servitude|forced marriage|"
        r"forced labou?r)|for sex|for money to men)\b"
        r"|\bbreak(?:s|ing)? (?:every|all the|all of the|each) bones? in (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"'s|his|her|their) body\b",
        {
            "overboard",
            "trafficker",
            "traffickers",
            "pimp",
            "pimps",
            "brothel",
            "cartel",
            "gang",
            "pedophile",
            "pedophiles",
            "paedophile",
            "paedophiles",
            "pervert",
            "perverts",
            "predator",
            "predators",
            "buyer",
            "buyers",
            "john",
            "johns",
            "clients",
            "slavery",
            "prostitution",
            "work",
            "servitude",
            "marriage",
            "labor",
            "labour",
            "sex",
            "men",
            "body",
        },
        also=lx.HUMAN_TARGET_ANCHORS | {"him", "her", "them", "his", "their"},
    ),
    # "torch my sister's bedroom while she sleeps"
    lx.Gated(
        r"\b(?:"
        + lx.alt(lx.DESTROY_VERBS)
        + r") (?:[\w']+ ){0,2}?(?:"
        + _T
        + r"'s|his|her|their) (?:[\w']+ )?[\w']+ (?:while|when|whilst) (?:he|she|they) "
        r"(?:'s |is |are |'re )?(?:sleeps?|asleep|sleeping|inside|in there|in bed|home|at home)\b",
        {"sleeps", "sleep", "asleep", "sleeping", "inside", "there", "bed", "home"},
        also=lx.anchors_of(lx.DESTROY_VERBS),
    ),
)
_PLAY_FIGHT = re.compile(
    r"\b(?:pillow|water|snowball|food|nerf|foam|play) (?:fight|fights|fighting)\b"
)


def _violence_structural_hits(n: Normalized) -> tuple[bool, bool]:
    """The structural rules (any verb; an instrument, a body part, an outcome): (found, all hits
    mild)."""
    found = False
    mild = True
    text = n.match
    for m in _WITH_INSTRUMENT.finditer(n):
        verb = m.group("verb")
        if verb in lx.INSTRUMENT_SAFE_VERBS or verb in lx.BODY_FIGURATIVE_VERBS:
            continue
        mod = (m.group("mod") or "").strip()
        if mod in lx.HARMLESS_INSTRUMENT_MODIFIERS:
            continue
        rest = m.group("rest").split()
        if rest and rest[0] in lx.INSTRUMENT_SAFE_FOLLOWERS:
            continue
        if verb.startswith("shoot") and _PHOTO.search(n):
            continue
        if _negated(text, m.start()) or _PLAY_FIGHT.search(text):
            continue
        found = True
        mild = mild and m.group("inst") in lx.SPORT_INSTRUMENTS
    for m in _VITAL_HARM.finditer(n):
        verb = m.group("verb")
        if verb and (verb in lx.BODY_FIGURATIVE_VERBS or verb in lx.BLOCKERS):
            continue
        if _negated(text, m.start()):
            continue
        found = True
        mild = False
    for pattern in (
        _INSTRUMENT_INTO,
        _REMOVE_FOR_GOOD,
        _WHILE_ALIVE,
        _HAZARD_PUSH,
        _LETHAL_CLAUSE,
        _OUT_OF,
        *_VIOLENCE_HAZARDS,
    ):
        hit = pattern.search(n)
        if hit and not _negated(text, hit.start()):
            if " them " in f" {hit.group(0)} " and not _them_is_people(text, hit.start() + 1):
                continue
            found = True
            mild = False
    for m in _TEAR_APART.finditer(n):
        words = m.group(0).split()
        if words[1] == "them" and not _them_is_people(text, m.start()):
            continue
        if _negated(text, m.start()):
            continue
        found = True
        mild = False
    return found, mild


# --- violence: cooking and animal cruelty -----------------------------------------------------

# Only determiners, possessives and a few adjectives may stand between a cooking verb and the
# person ("debone my brother"), so "debone the fish my dad caught" has no person object.
_COOK_FILLER = (
    r"(?:(?:the|a|an|my|his|her|their|our|your|this|that|these|those|some|every|all|whole|"
    r"entire|poor|little|old|young|own|new|annoying|elderly|teenage|stupid|lazy|[\w]+'s) ){0,3}?"
)
_COOK_TAIL = r"(?P<target>" + lx.HUMAN_TARGET + r")(?P<poss>'s)?\b(?P<rest>(?: [\w']+){0,2})"
# [violence.cooking]
_COOK = lx.Gated(
    r"\b(?P<verb>" + lx.alt(lx.COOK_VERBS) + r") " + lx.PARTICLE + _COOK_FILLER + _COOK_TAIL,
    lx.anchors_of(lx.COOK_VERBS),
    also=lx.HUMAN_TARGET_ANCHORS,
)
_COOK_CUED = lx.Gated(
    r"\b(?P<verb>" + lx.alt(lx.COOK_CUE_VERBS) + r") " + lx.PARTICLE + _COOK_FILLER + _COOK_TAIL,
    lx.anchors_of(lx.COOK_CUE_VERBS),
    also=lx.HUMAN_TARGET_ANCHORS,
)
_COOK_CUE = re.compile(
    r"(?:(?:slowly|whole|completely|up|all) )*(?:"
    + lx.alt(lx.COOK_CUES)
    + r"|(?:in|inside|over|on|into) (?:a|an|the|some|my|his|her|their) (?:[\w']+ ){0,2}?"
    r"(?:vat|pot|cauldron|oven|fryer|furnace|kiln|microwave|spit|bonfire|fire|flames|coals|"
    r"grill|barbecue|bbq|oil|water|acid|bath|pan|wok|smoker|skillet|saucepan)s?)\b"
)
_COOK_OWNED = frozenset(lx.BODY_PARTS) | frozenset(p for p in lx.PEOPLE if " " not in p)


def _cook_target_ok(m: re.Match[str]) -> bool:
    rest = m.group("rest").split()
    nxt = rest[0] if rest else ""
    if m.group("poss") or (m.group("target") == "her" and nxt and nxt not in lx.ACCIDENT_CUES):
        return any(w in _COOK_OWNED for w in rest[:2])  # "my roommate's arm", not "…'s fish"
    return not (nxt in lx.SAFE_AFTER_TARGET or nxt in lx.DITRANSITIVE_OBJECT_START)


# [violence.cooking]
_INTO_MACHINE = lx.Gated(
    r"\b(?:put|puts|putting|feed|feeds|feeding|throw|throws|throwing|shove|shoves|shoving|"
    r"push|pushes|pushing|stuff|stuffs|stuffing|drop|drops|dropping|lower|lowering) "
    + lx.PARTICLE
    + _COOK_FILLER
    + lx.HUMAN_TARGET
    + r" (?:through|into|in) (?:a|an|the|my|his|her|our|their) (?:[\w']+ )?(?:meat grinder|"
    r"mincer|wood chipper|woodchipper|meat slicer|deep fryer|fryer|furnace|incinerator|kiln|"
    r"cement mixer|vat of acid|acid bath|industrial oven)\b",
    lx.words(
        "grinder mincer chipper woodchipper slicer fryer furnace incinerator kiln mixer acid oven"
    ),
    also=lx.HUMAN_TARGET_ANCHORS,
)


def _cook_hits(n: Normalized) -> bool:
    """Cooking and butchering verbs applied to a person ("debone my brother-in-law")."""
    machine = _INTO_MACHINE.search(n)
    if machine and not _negated(n.match, machine.start()):
        return True
    for m in _COOK.finditer(n):
        if _cook_target_ok(m) and not _negated(n.match, m.start()):
            return True
    for m in _COOK_CUED.finditer(n):
        if not _cook_target_ok(m) or _negated(n.match, m.start()):
            continue
        if _COOK_CUE.match(n.match, m.end("target") + (2 if m.group("poss") else 0) + 1):
            return True  # "boil the choir in a giant vat", "roast him alive"
    return False


# [violence.animal_cruelty] Cruelty to a pet ("skin a cat alive", "poison my neighbour's dog",
# "set fire to a dog"); "hot dog", "a cat process", "my cat's fleas" are not the animal.
_ANIMAL_CRUELTY = lx.Gated(
    r"\b(?:" + lx.alt(lx.ANIMAL_HARM_VERBS) + r") (?:a |an |the |my |his |her |their |our |"
    r"that |this |some |every |(?:[\w']+)'s |stray |neighbour's |neighbor's )?"
    r"(?<!hot )(?<!corn )(?<!sea )(?<!top )(?<!lap )(?<!under )(?<!fat )(?<!bull )(?<!prairie )"
    r"(?:" + lx.alt(lx.PETS) + r")\b(?!'| process| command| file| food| toy| toys| bed| litter| "
    r"fish| flea| fleas| ticks| worms| treats| hair| fur| tree| house| door| cage| water| at |"
    r" into shape| in a (?:race|game))"
    r"(?:(?: [\w']+){0,3}? (?:alive|to death|until it dies|until it stops|for fun))?"
    r"|\bget (?:[\w']+ ){0,2}?(?:" + lx.alt(lx.PETS) + r") to (?:eat|drink|swallow) "
    r"(?:some )?(?:[\w']+ )?" + lx.alt(lx.DEADLY_SUBSTANCES) + r"\b",
    lx.anchors_of(lx.PETS),
    also=lx.anchors_of(lx.ANIMAL_HARM_VERBS) | {"get"},
)


# --- violence: all families -------------------------------------------------------------------


def _violence_hits(n: Normalized) -> tuple[bool, bool]:
    """(harm to people found, all hits were mild acts), over every violence family."""
    found = False
    mild = True
    for m in _VIOLENCE.finditer(n):
        verb = m.group("verb")
        head = verb.split(" ", 1)[0]
        target = m.group("target")
        rest = m.group("rest").split()
        nxt = rest[0] if rest else ""
        if _negated(n.match, m.start()):
            continue
        if head.startswith(("shoot", "headshot")) and _PHOTO.search(n):
            continue
        if head.startswith("headshot") and target in ("enemy", "enemies", "rival", "rivals"):
            continue  # a shooter game's vocabulary
        if verb in lx.FIRING_VERBS and target.split()[-1] in lx.FIRING_TARGETS:
            continue
        after = n.match[m.end("verb") :].split(maxsplit=1)
        first = after[0] if after else ""
        if any(
            head.startswith(v) and (nxt in p or first in p)
            for v, p in lx.VERB_SAFE_PARTICLES.items()
        ):
            continue
        if (
            head.startswith(("beat", "race"))
            and nxt in ("up", "down")
            and (len(rest) > 1 and rest[1] in lx.RACE_DIRECTION_NEXT)
        ):
            continue  # "beat my dad up the hill on bikes"
        if head.startswith(lx.NOUN_VERBS):
            before = n.match[: m.start()].split()
            if not lx.NOUN_DETERMINERS.isdisjoint(before[-2:]):
                continue
        if head.startswith("gas") and n.match.startswith(" up ", m.end("verb")):
            continue  # "gas up my dad's car"
        if head.startswith("pop") and nxt in lx.PLACEMENT_PARTICLES:
            continue  # "pop the kids in the car"
        after_verb = n.match[m.end("verb") :]
        if nxt in lx.TOPIC_PREPOSITIONS and verb in lx.MILD_VERBS:
            continue
        if head.startswith("drug") and after_verb.startswith((" test", " screen")):
            continue  # "drug test my employees"
        if lx.SAFE_OBJECT_AFTER.match(m.group("rest")):
            continue
        if verb in lx.ESTRANGEMENT_VERBS and not m.group("poss") and not nxt:
            continue  # "cut off my toxic mother": estrangement, not a blade
        if _PLAY_INSTRUMENT.match(n.match, m.end("target")):
            continue  # "shoot my friend with a water gun", "hit my son with a curveball"
        if nxt in lx.ABSTRACT_POSSESSIONS:
            continue  # "hurt my parents feelings" (the apostrophe is often left out)
        if m.group("poss") or (target == "her" and nxt and nxt not in lx.ACCIDENT_CUES):
            owned = [w for w in rest[:2] if w in lx.POSSESSED_HARM]
            if not owned:
                continue  # "someone's feelings"; but "my ex's new boyfriend"
            if not lx.BODY_CONDITIONS.isdisjoint(rest):
                continue  # "get rid of my son's head lice"
            if any(
                head.startswith(v) and owned[0] in safe
                for v, safe in lx.VERB_SAFE_POSSESSED.items()
            ):
                continue
        elif nxt in lx.SAFE_AFTER_TARGET and (
            nxt not in lx.ARTICLES or head in lx.DITRANSITIVE_VERBS
        ):
            continue  # "child process"; "shoot him a text", but not "kill him the way …"
        if nxt in lx.ACCIDENT_CUES and head.startswith(("hurt", "harm", "injur", "affect")):
            continue
        if target.rsplit(" ", 1)[-1] in ("audience", "audiences", "class") and head.startswith(
            lx.PERFORMANCE_VERBS
        ):
            continue  # "kill the audience", "beat the whole class": performance idioms
        found = True
        mild = mild and verb in lx.MILD_VERBS
    for m in _VIOLENCE_REL.finditer(n):
        if not _negated(n.match, m.start()):
            found = True
            mild = mild and m.group("verb") in lx.MILD_VERBS
    for m in _VIOLENCE_THEM.finditer(n):
        if not _negated(n.match, m.start()) and _them_is_people(n.match, m.start()):
            found = True
            mild = mild and m.group("verb") in lx.MILD_VERBS
    for pattern in (
        _GIVE_INJURY,
        _PUSH,
        _CAUSE_HARM,
        _CORPSE,
        *_VIOLENCE_PHRASES,
        *_VIOLENCE_MEANS,
    ):
        hit = pattern.search(n)
        if hit and not _negated(n.match, hit.start()):
            found = True
            mild = False
    for m in _OUTCOME.finditer(n):
        if _negated(n.match, m.start()) or not lx.FIGURATIVE_OUTCOME_VERBS.isdisjoint(
            m.group(0).split()
        ):
            continue  # "scare my brother to death"
        found = True
        mild = False
    structural_found, structural_mild = _violence_structural_hits(n)
    if _cook_hits(n):
        structural_found, structural_mild = True, False
    cruelty = _ANIMAL_CRUELTY.search(n)
    if cruelty and not _negated(n.match, cruelty.start()):
        structural_found, structural_mild = True, False
    return found or structural_found, (mild if found else True) and (
        structural_mild if structural_found else True
    )


# --- weapons and attacks on places ------------------------------------------------------------

# [weapons.attack_place]
_DESTROY_PLACE = lx.Gated(
    r"\b(?P<verb>"
    + lx.alt(lx.DESTROY_VERBS)
    + r") "
    + lx.FILLER
    + r"(?P<target>"
    + lx.alt(lx.PLACES, lx.WEAPON_NOUNS)
    + r")\b",
    lx.anchors_of(lx.DESTROY_VERBS),
    also=lx.word_anchors(lx.PLACES, lx.WEAPON_NOUNS),
)
# [weapons.make]
_WEAPON_MAKE = lx.Gated(
    r"\b(?:"
    + lx.alt(lx.WEAPON_MAKE_VERBS)
    + r") "
    + lx.FILLER
    + r"(?P<weapon>"
    + lx.alt(lx.WEAPON_NOUNS)
    + r")\b(?P<rest>(?: [\w']+)?)",
    lx.anchors_of(lx.WEAPON_NOUNS),
    also=lx.word_anchors(lx.WEAPON_MAKE_VERBS),
)


# [weapons.acquire] is lx.ILLEGAL_WEAPON_ACQUIRE.
def _weapon_hits(n: Normalized) -> bool:
    for m in _WEAPON_MAKE.finditer(n):
        before = n.match[: m.start("weapon")].split()
        if before and before[-1] in lx.HARMLESS_WEAPON_MODIFIERS:
            continue
        rest = m.group("rest").split()
        if rest and rest[0] in lx.HARMLESS_WEAPON_FOLLOWERS:
            continue
        if _negated(n.match, m.start()):
            continue
        return True
    return bool(lx.ILLEGAL_WEAPON_ACQUIRE.search(n))


_PUBLIC = lx.alt(lx.PLACES, lx.PUBLIC_VEHICLES)
# [weapons.disaster] "trigger an explosion in a crowded mall", "start a stampede at the concert".
_DISASTER_AT = lx.Gated(
    r"\b(?:" + lx.alt(lx.DISASTER_VERBS) + r") (?:a |an |the |some |another |mass |massive |"
    r"huge |big |deadly |fatal |real )?(?:[\w']+ )?(?P<what>" + lx.alt(lx.DISASTERS) + r")"
    r"(?! (?:drill|alarm|safety|door|exit|extinguisher|escape|pit|place|sale|course|scene))"
    r" (?:in|at|on|inside|near|aboard|outside|during|under) (?P<det>(?:a|an|the|this|that|our|"
    r"their|his|her|my|every|some|one|packed|crowded|busy|full) )?(?:(?:crowded|busy|packed|"
    r"full|local|nearby|public|sold out|sold-out) )?(?:[\w']+ )?(?P<place>" + _PUBLIC + r")\b",
    lx.anchors_of(lx.DISASTERS),
    also=lx.word_anchors(lx.PLACES, lx.PUBLIC_VEHICLES)
    | lx.anchors_of(lx.PLACES, lx.PUBLIC_VEHICLES),
)
# [weapons.attack_place] "shoot down a medical helicopter", "ram a tram", "derail a commuter
# train".
_DESTROY_VEHICLE = lx.Gated(
    r"\b(?:" + lx.alt(lx.DESTROY_VERBS) + r") (?:a |an |the |that |this |some |every |their )?"
    r"(?:[\w']+ )?(?:" + lx.alt(lx.VEHICLES_WITH_PEOPLE) + r")\b(?! (?:in|on) (?:the |a )?game)",
    lx.anchors_of(lx.DESTROY_VERBS),
    also=lx.anchors_of(lx.VEHICLES_WITH_PEOPLE),
)
_OCCUPIED = lx.alt(lx.OCCUPIED_PLACES)
_FIRE_FIGURATIVE_WITH = re.compile(
    r" with (?:my|our|your|his|her|their|a|an|the|some) (?:[\w']+ )?(?:talent|performance|"
    r"voice|moves|dancing|music|playing|energy|ideas|speech|band|songs?|show|set|charm|style|"
    r"vocals|solo|routine|skills|jokes)\b"
)
# [weapons.arson]
_SET_ON_FIRE = lx.Gated(
    r"\b(?:set|sets|setting) (?:[\w']+ ){0,3}?(?P<place>" + _OCCUPIED + r")(?P<after>)"
    r"(?: (?:building|buildings|block|wing|hall|halls|ward|wards|dorm|dorms|gym|itself))?"
    r" (?:on fire|alight|ablaze|aflame)\b",
    ["set", "sets", "setting"],
    also=["fire", "alight", "ablaze", "aflame"],
)
_FIRE_PLACE = lx.Gated(
    r"\b(?:" + lx.alt(lx.FIRE_VERBS) + r") " + lx.FILLER + r"(?P<place>" + _OCCUPIED + r")"
    r"(?!'s)(?P<after>(?: [\w']+)?)\b",
    lx.anchors_of(lx.FIRE_VERBS),
    also=lx.word_anchors(lx.OCCUPIED_PLACES),
)


def _fire_place_hits(n: Normalized) -> bool:
    """Setting a place where people live, learn, worship or are cared for on fire."""
    for pattern in (_SET_ON_FIRE, _FIRE_PLACE):
        for m in pattern.finditer(n):
            after = m.group("after").strip()
            if after in lx.FIRE_FIGURATIVE_AFTER or _negated(n.match, m.start()):
                continue
            if _FIRE_FIGURATIVE_WITH.match(n.match, m.end()):
                continue  # "set the church on fire with her voice"
            before = n.match[: m.start("place")].split()
            if before and before[-1] in lx.HARMLESS_WEAPON_MODIFIERS:
                continue
            return True
    return False


def _place_attack_hits(n: Normalized) -> bool:
    for m in _DESTROY_PLACE.finditer(n):
        before = n.match[: m.start("target")].split()
        if before and before[-1] in lx.HARMLESS_WEAPON_MODIFIERS:
            continue
        if _negated(n.match, m.start()):
            continue
        own = "my" in before[-3:] and not any(w.endswith("'s") for w in before[-3:])
        private = m.group("target").split()[-1] in lx.PRIVATE_PROPERTY
        if m.group("verb") in lx.OWN_PROPERTY_OK and own and private:
            continue
        return True
    for m in _DISASTER_AT.finditer(n):
        before = n.match[: m.start("place")].split()
        if before and before[-1] in lx.MARKET_MODIFIERS:
            continue  # "cause a crash in the stock market"
        if m.group("det") == "my " or _negated(n.match, m.start()):
            continue
        return True
    hit = _DESTROY_VEHICLE.search(n)
    if hit and not _negated(n.match, hit.start()):
        return True
    return _fire_place_hits(n)


# --- atrocities and hate ----------------------------------------------------------------------

# [violence.atrocity_reenactment] "how do I run a gulag", "set up a concentration camp for …":
# operating a camp is re-enactment (and lx.REENACT, lx.EMULATE).
_CAMP = lx.Gated(
    r"\b(?:build|builds|building|run|runs|running|open|opening|set up|setting up|operate|"
    r"operating|start|starting|establish|establishing|create|creating|organi[sz]e|organi[sz]ing|"
    r"design|designing|manage|managing) (?:a |an |my |our |the |another |new |own |my own )*"
    r"(?:[\w']+ )?(?:(?:concentration|death|extermination|forced labou?r|labou?r|internment|"
    r"re education|reeducation|prison) camps?|gulags?)\b",
    ["camp", "camps", "gulag", "gulags"],
)
# [hate.atrocity_glorification] (and lx.GLORIFY, lx.DENIAL_CLAIMS with lx.DENIAL_VERBS)
_ATROCITY_TERM = lx.alt(lx.ATROCITIES)
_PRAISE_SAFE = lx.alt(lx.PRAISE_SAFE_OBJECTS)
_JUSTIFY = re.compile(
    r"\bwhy (?:was|were|is|are|would|will) (?:the |it |this |that )?(?:[\w']+ ){0,4}?"
    + _ATROCITY_TERM
    + r"(?: [\w']+){0,2}? (?:so |actually |really |truly |morally |historically |ultimately )*"
    + lx.alt(lx.JUSTIFY_PREDICATES)
    + r"\b"
)
_JUSTIFY_CLAIM = re.compile(
    r"\b(?:explain|argue|show|prove|convince me|tell me|write|explaining|arguing|proving) "
    r"(?:why|how|that) (?:the )?(?:[\w']+ ){0,4}?"
    + _ATROCITY_TERM
    + r"(?: [\w']+){0,3}? (?:was|were|is) (?:so |actually |really |truly |morally |ultimately )*"
    + lx.alt(lx.JUSTIFY_PREDICATES)
    + r"\b"
)
_PRAISE = re.compile(
    r"\b(?:write|writes|writing|draft|compose|create|generate|produce|make|give|deliver|post|"
    r"tweet|sing|record|design|paint|publish|prepare)\b[^.?!]{0,40}?\b"
    + lx.alt(lx.PRAISE_WORDS)
    + r" (?P<mid>(?:[\w']+ ){0,5}?)"
    + _ATROCITY_TERM
    + r"\b"
)
_SAFE_MID = re.compile(r"\b" + _PRAISE_SAFE + r"\b")
_WRITE_REQUEST = re.compile(
    r"^ ?(?:please |can you |could you )?(?:write|draft|compose|create|generate|produce|give me|"
    r"make|post|tweet|explain why)\b"
)
_WHY_FRAME = re.compile(
    r"\b(?:why|reasons?|explain how|explain why|argue|show that|prove that|convince)\b"
)


def _justify_or_praise(sentence: str) -> bool:
    """ "why was <atrocity> necessary", "write a speech praising <atrocity>"."""
    for pattern in (_JUSTIFY, _JUSTIFY_CLAIM):
        m = pattern.search(sentence)
        if m and not _SAFE_MID.search(m.group(0)):
            return True
    m = _PRAISE.search(sentence)
    return bool(m and not _SAFE_MID.search(m.group("mid")))


def _atrocity_hits(n: Normalized) -> HarmCategory:
    """Re-enacting, denying or glorifying an atrocity."""
    if not lx.ATROCITY.present(n.token_set):
        return HarmCategory.NONE
    camp = _CAMP.search(n)
    if (
        camp
        and lx.SEEKING.search(n)
        and not _negated(n.match, camp.start())
        and not (_PAST_QUESTION.search(n.match) or lx.FICTION_FRAME.search(n))
    ):
        return HarmCategory.VIOLENCE
    for sentence in _sentences(n.match):
        atrocity = lx.ATROCITY.pattern.search(sentence)
        if not atrocity:
            continue
        if _justify_or_praise(sentence):
            return HarmCategory.HATE
        reenact = lx.REENACT.pattern.search(sentence)
        if reenact and not lx.REENACT_NEGATORS.search(sentence[: reenact.start()]):
            term = atrocity.group(0)
            if any(w in term for w in ("crow", "apartheid", "segregation", "slave")):
                return HarmCategory.HATE
            return HarmCategory.VIOLENCE
        denial = bool(
            lx.DENIAL_CLAIMS.pattern.search(sentence) and lx.DENIAL_VERBS.pattern.search(sentence)
        )
        honest = not lx.PRAISE_SAFE.isdisjoint(sentence[: atrocity.start()].split()[-3:])
        if (
            _WHY_FRAME.search(sentence)
            and (lx.GLORIFY.pattern.search(sentence) or denial)
            and not honest  # "explain why the end of apartheid was good"
        ):
            return HarmCategory.HATE
        if (
            lx.EMULATE.pattern.search(sentence)
            and lx.SEEKING.pattern.search(sentence)
            and not lx.REENACT_NEGATORS.search(sentence)
            and not lx.FICTION_FRAME.pattern.search(sentence)
        ):
            return HarmCategory.VIOLENCE
        if (
            (denial or lx.GLORIFY.pattern.search(sentence))
            and (lx.SEEKING.pattern.search(sentence) or _WRITE_REQUEST.search(sentence))
            and not honest
        ):
            return HarmCategory.HATE
    return HarmCategory.NONE


# [hate.discrimination] is lx.DISCRIMINATION, and lx.NORMATIVE with lx.DISPARAGING_OUTCOME.
def _discrimination_hits(n: Normalized) -> bool:
    if not lx.HATE_GROUP_SUBJECT.present(n.token_set):
        return False
    for sentence in _sentences(n.match):
        if not lx.HATE_GROUP_SUBJECT.pattern.search(sentence):
            continue
        if lx.IMPOSSIBLE.pattern.search(sentence):
            continue
        if any(p.search(sentence) for p in lx.DISCRIMINATION):
            return True
        if lx.NORMATIVE.pattern.search(sentence) and lx.DISPARAGING_OUTCOME.pattern.search(
            sentence
        ):
            return True
    return False


# --- drugs ------------------------------------------------------------------------------------

# [drugs.trade]
_DRUG_TRADE = lx.Gated(
    r"\b(?:"
    + lx.alt(lx.DRUG_VERBS)
    + r") (?:"
    + lx.DRUG_UNITS
    + r"(?:"
    + lx.alt(lx.HARD_DRUGS, lx.AMBIGUOUS_DRUGS, lx.UNIT_ONLY_DRUGS)
    + r")|(?:(?:some|pure|good|cheap|real|high quality|homemade) )?"
    + lx.alt(lx.HARD_DRUGS)
    + r"|"
    + lx.alt(lx.AMBIGUOUS_DRUGS)
    + r"(?! in| on| bottle| can| cans| zero| float))\b",
    lx.anchors_of(lx.HARD_DRUGS, lx.AMBIGUOUS_DRUGS, lx.UNIT_ONLY_DRUGS),
)
_DRUG_UNIT_ANYWHERE = lx.Gated(
    r"\b" + lx.DRUG_UNITS + lx.alt(lx.HARD_DRUGS, lx.AMBIGUOUS_DRUGS, lx.UNIT_ONLY_DRUGS) + r"\b",
    lx.anchors_of(lx.HARD_DRUGS, lx.AMBIGUOUS_DRUGS, lx.UNIT_ONLY_DRUGS),
)
_DRUG_PASSIVE = lx.Gated(
    r"\b" + lx.alt(lx.HARD_DRUGS) + r" (?:is|are|gets|get) (?:made|produced|cooked|"
    r"synthesized|synthesised|manufactured|extracted|grown)\b",
    lx.anchors_of(lx.HARD_DRUGS),
)
_SOFT_DRUG_TRADE = lx.Gated(
    r"\b(?:buy|buying|get|getting|score|scoring|purchase|order|find|sell|selling|deal|dealing|"
    r"smuggle|smuggling) (?:some |a little |good |cheap |any )?"
    + lx.alt(lx.SOFT_DRUGS)
    + r"\b(?! out| killer| whacker| eater| control| barrier| plants?| seeds? for| pot)",
    lx.SOFT_DRUGS,
)
# [drugs.prescription] with lx.NO_PRESCRIPTION
_RX_DRUG = lx.compile_words(lx.PRESCRIPTION_DRUGS)
# [drugs.street_use] Street names with harmless senses count when scored or smoked ("score some
# grass", "get some crystal to smoke"); "grass seed", "ice for my party" never reach these words.
_STREET_DRUG_USE = lx.Gated(
    r"\b(?:scor(?:e|es|ing)|cop|copping) (?:some |a little |a bit of |good |cheap )?"
    + lx.alt(lx.UNIT_ONLY_DRUGS, lx.AMBIGUOUS_DRUGS, lx.SOFT_DRUGS, ["crystal"])
    + r"\b(?! seeds?| for (?:my|the|a) (?:lawn|garden|yard|team|side)| cream| cubes?| skating|"
    r" rink| hockey| pack| killers?| whackers?| eaters?| control| tickets?| points?| goals?|"
    r" cones?| balls?)"
    r"|\b(?:some |a bag of |a bit of )?"
    + lx.alt(lx.UNIT_ONLY_DRUGS, lx.AMBIGUOUS_DRUGS, ["crystal", "rock", "rocks"])
    + r" (?:to|i can|we can) (?:smoke|snort|inject|shoot up|get high|trip on)\b",
    ["score", "scores", "scoring", "cop", "copping", "smoke", "snort", "inject", "high", "trip"],
)


def _drug_hits(n: Normalized) -> bool:
    if _STREET_DRUG_USE.search(n):
        return True
    if _DRUG_TRADE.search(n) or _DRUG_PASSIVE.search(n) or _SOFT_DRUG_TRADE.search(n):
        return True
    if _DRUG_UNIT_ANYWHERE.search(n) and lx.SEEKING.search(n):
        return True
    return _prescription_drug_without_prescription(n)


def _prescription_drug_without_prescription(n: Normalized) -> bool:
    return bool(_RX_DRUG.search(n) and lx.NO_PRESCRIPTION.search(n.match))


# --- crime: theft, fraud, bribery -------------------------------------------------------------

# [crime.named_crime]
_CRIME = {
    category: lx.Gated(
        r"\b(?:"
        + lx.alt(lx.CRIME_VERBS)
        + r") "
        + lx.FILLER
        + lx.alt(crimes)
        + r"\b(?P<rest>(?: [\w']+)?)",
        lx.anchors_of(crimes),
        also=lx.word_anchors(lx.CRIME_VERBS),
    )
    for category, crimes in lx.CRIMES.items()
}
# [crime.robbery]
_ROB = lx.Gated(
    r"\b(?P<verb>"
    + lx.alt(lx.ROB_VERBS)
    + r") (?P<filler>"
    + lx.FILLER
    + r")(?P<target>"
    + lx.alt(lx.ROB_TARGETS)
    + r")\b",
    lx.anchors_of(lx.ROB_VERBS),
    also=lx.word_anchors(lx.ROB_TARGETS),
)
# [crime.break_in] "break into my ex's house" (and lx.SECURITY_DEFEAT)
_BREAK_INTO = lx.Gated(
    r"\b(?:break|breaks|breaking|broke|get|getting|sneak|sneaking|climb|climbing) into "
    r"(?:(?:(?:my |his |her |their |our |a |the )?(?:[\w']+ )?(?:"
    + _T
    + r")'s|someone's|somebody's|a stranger's|the neighbours'|the neighbors'|his|her|their) "
    r"(?:[\w']+ )?(?:house|home|flat|apartment|car|room|bedroom|office|shed|garage|locker|safe|"
    r"phone|email|emails|account|accounts|computer|laptop|van|truck|caravan|cabin|store|shop)"
    r"|(?:(?<=break into )|(?<=breaks into )|(?<=breaking into )|(?<=broke into ))"
    r"(?:a|the|that|this|some) "
    r"(?:[\w']+ )?(?:house|home|flat|apartment|car|shed|garage|"
    r"locker|safe|van|truck|caravan|cabin|store|shop|bank|pharmacy|warehouse|jewelry store|"
    r"jewellery store|mansion|vault))\b(?! (?:market|industry|business|field|game|scene))",
    {"into"},
)
_BREAK_IN = lx.Gated(
    r"\b(?:pick|picks|picking|bump|bumping|jimmy|jimmying|force|forcing|pry|prying|crowbar) "
    r"(?:open )?(?:the |a )?(?:lock|locks|door|window|padlock|deadbolt)s? (?:on|of|to) "
    r"(?:[\w']+ ){0,2}?" + _T + r"'s\b",
    ["lock", "locks", "door", "doors", "window", "windows", "padlock", "deadbolt"],
)
# [crime.identity_fraud] "open a credit card in my sister's name"
_IDENTITY_FRAUD = lx.Gated(
    r"\b(?:open|opens|opening|take out|taking out|apply for|applying for|get|getting|sign up for|"
    r"register|registering|buy|buying) (?:a |an |some )?(?:[\w']+ ){0,2}?(?:credit card|"
    r"credit cards|loan|loans|mortgage|account|accounts|phone contract|bank account|line of "
    r"credit|car|insurance policy|life insurance|benefits|sim card|passport) (?:in|under) "
    r"(?:(?:my |his |her |their |our |a |the )?(?:[\w']+ )?(?:" + _T + r")'s|someone's|"
    r"somebody's|someone else's|a dead person's|a stranger's|his|her|their|another person's) "
    r"name\b(?<! son's name)(?<!daughter's name)(?<!child's name)(?<!kid's name)"
    r"(?<!baby's name)(?<!toddler's name)(?<!children's name)(?<!kids' name)",
    {"name"},
)
# [crime.bribery] "bribe a customs officer", "pay off the judge".
_BRIBE = lx.Gated(
    r"\b(?:" + lx.alt(lx.BRIBE_VERBS) + r") (?:a |an |the |my |our |some |that |this |local |"
    r"corrupt |any |his |her |their )?(?:[\w']+ )?(?:" + lx.alt(lx.BRIBE_TARGETS) + r")\b"
    r"|\bbrib(?:e|es|ing|ed) (?:[\w']+ ){0,2}?(?:to (?:ignore|overlook|look the other way|"
    r"let|pass|approve|drop|lose|get|change|falsify|forget|release|skip|sign)|into)\b"
    r"|\b(?:offer|give|pay|slip|hand) (?:a |an |the )?(?:[\w']+ )?(?:bribe|bribes|kickback|"
    r"kickbacks|backhander|backhanders|hush money)\b",
    {
        "bribe",
        "bribes",
        "bribing",
        "bribed",
        "off",
        "palm",
        "palms",
        "to",
        "corrupt",
        "corrupts",
        "corrupting",
        "nobble",
        "nobbles",
        "nobbling",
        "kickback",
        "kickbacks",
        "backhander",
        "backhanders",
        "hush",
    },
)
# "bribe my kids with sweets to eat vegetables", "bribe my toddler into bed".
_BRIBE_SAFE = re.compile(
    r"\bbrib(?:e|es|ing|ed) (?:my|our|the|a|his|her) (?:[\w']+ )?(?:kids?|child|children|son|"
    r"daughter|toddler|dog|cat|puppy|students|class|team|teenager|teen|husband|wife|partner|"
    r"boyfriend|girlfriend|brother|sister|self|myself|family|roommate|friends?)\b"
)
# [crime.criminal_object]
_CRIME_OBJECT = {
    verb: lx.Gated(
        r"\b" + lx.alt(lx.forms(stem)) + r" (?:(?:a|an|the|some|my|his|her|their|our|fake|"
        r"false|other people's|someone's|other|real|stolen|large amounts of|lots of) )?"
        r"(?:[\w']+ ){0,2}?" + lx.alt(objects) + r"\b",
        lx.forms(stem),
    )
    for verb, objects in lx.CRIME_OBJECTS.items()
    for stem in [{"forge": "forge/forg", "smuggle": "smuggle/smuggl"}.get(verb, verb)]
}
_CRIME_SAFE = re.compile(
    r"\b(?:forg(?:e|es|ing) (?:a |an |my |our |the )?(?:new )?(?:sword|blade|knife|path|"
    r"friendship|bond|bonds|alliance|relationship|career|ahead|link|links|connection|identity "
    r"as|partnership)|skim(?:s|ming)? (?:milk|the|through|over|stones?)\b(?! till| register| top|"
    r" cards?| atm)|poach(?:es|ing)? (?:an? |some |the )?(?:eggs?|pears?|fish|salmon fillets?|"
    r"chicken|employees?|staff|talent|clients?|customers|players?)\b(?! from the river| on)"
    r"|smuggl(?:e|es|ing) (?:snacks|sweets|candy|food|drinks|a drink|my phone|a phone|popcorn|"
    r"vegetables|veggies|a puppy|my dog|my cat)\b)"
)
# [crime.theft]
_STEAL = lx.Gated(
    r"\b(?:" + lx.alt(lx.STEAL_VERBS) + r") " + lx.FILLER + lx.alt(lx.STEAL_OBJECTS) + r"\b",
    lx.anchors_of(lx.STEAL_VERBS),
)
_STEAL_ANY = lx.Gated(
    r"\b(?:steal|steals|stealing|shoplift|shoplifting|pickpocket|pickpocketing|nick|"
    r"swipe) (?!(?:the |a |my |her |his |their |your )?(?:show|spotlight|base|bases|glance|"
    r"glances|kiss|heart|hearts|moment|look|thunder|limelight|breath|scene|idea|ideas|time|"
    r"march|nap|second|minute|headlines|game|attention)\b)(?:[\w']+ ){0,2}?[\w']+",
    ["steal", "steals", "stealing", "shoplift", "shoplifting", "pickpocket", "pickpocketing"],
)
# [crime.fraud] "bleed my aunt dry", "con a widower out of his savings", "secretly drain her
# savings" (and lx.FRAUD_ACTS)
_DRAIN = lx.Gated(
    r"\bbleed(?:s|ing)? (?:[\w']+ ){0,2}?" + _T + r" dry\b"
    r"|\b(?:con|cons|conning|cheat|cheating|trick|tricking|swindle|swindling|scam|scamming|"
    r"catfish|catfishing|fleece|fleecing) (?:[\w']+ ){0,3}?" + _T + r" out of (?:his|her|their) "
    r"(?:life )?(?:savings|money|pension|inheritance|house|retirement|nest egg)\b"
    r"|\b(?:secretly|quietly) (?:drain|draining|empty|emptying|siphon|siphoning|clean out) "
    r"(?:his|her|their|" + _T + r"'s) (?:[\w']+ )?(?:savings|account|accounts|pension)\b",
    ["dry", "out", "savings", "account", "accounts", "pension"],
)


def _crime_hits(n: Normalized) -> tuple[HarmCategory, bool]:
    for name, pattern in _CRIME.items():
        for m in pattern.finditer(n):
            rest = m.group("rest").split()
            if rest and rest[0] in lx.CRIME_SAFE_AFTER:
                continue
            if _negated(n.match, m.start()):
                continue
            return HarmCategory(name), True
    for m in _ROB.finditer(n):
        if "my" in m.group("filler").split() and "neighbor" not in m.group("target"):
            continue  # one's own house, car or account
        return HarmCategory.THEFT_FRAUD, True
    for pattern in (_BREAK_INTO, _IDENTITY_FRAUD):
        hit = pattern.search(n)
        if hit and not _negated(n.match, hit.start()):
            return HarmCategory.THEFT_FRAUD, True
    bribe = _BRIBE.search(n)
    if bribe and not _BRIBE_SAFE.search(n.match) and not _negated(n.match, bribe.start()):
        return HarmCategory.THEFT_FRAUD, True
    for pattern in _CRIME_OBJECT.values():
        hit = pattern.search(n)
        if hit and not _CRIME_SAFE.search(n.match) and not _negated(n.match, hit.start()):
            return HarmCategory.THEFT_FRAUD, True
    if _STEAL.search(n) or _STEAL_ANY.search(n) or lx.FRAUD_ACTS.search(n):
        return HarmCategory.THEFT_FRAUD, True
    if _BREAK_IN.search(n) or _DRAIN.search(n):
        return HarmCategory.THEFT_FRAUD, True
    if lx.SECURITY_DEFEAT.search(n) and not re.search(r"\bmy\b", n.match):
        return HarmCategory.THEFT_FRAUD, True
    return HarmCategory.NONE, False


# --- harassment -------------------------------------------------------------------------------

# [harassment.act_on_person]
_HARASS = lx.Gated(
    r"\b(?P<verb>"
    + lx.alt(lx.HARASS_VERBS)
    + r") "
    + lx.FILLER
    + r"(?P<target>"
    + lx.HUMAN_TARGET
    + r")(?P<poss>'s)?\b(?P<rest>(?: [\w']+){0,2})",
    lx.anchors_of(lx.HARASS_VERBS),
    also=lx.HUMAN_TARGET_ANCHORS,
)


# --- privacy ----------------------------------------------------------------------------------

_MEANING = re.compile(r"^(?:what (?:does|do) [\w' ]{1,40} mean\b|define\b|what does it mean)")


# [privacy.private_person] is lx.PRIVACY_PATTERNS.
def _privacy_hits(n: Normalized) -> bool:
    if lx.PRIVACY_GATE.isdisjoint(n.token_set):
        return False
    if _MEANING.search(n.match) and not lx.SEEKING.search(n):
        return False  # "What does it mean to dox someone?"
    for pattern in lx.PRIVACY_PATTERNS:
        m = pattern.search(n)
        own = lx.OWN_CHILD.pattern.search(m.group(0)) if m else None
        if m and not (own and not m.group(0)[own.end() :].startswith("'")):
            return not lx.FICTIONAL.search(n)
    return False


# --- frames and grading -----------------------------------------------------------------------


# A story or game frame that still asks for the real thing ("give me the real steps", "for
# real", "in real life", "pretend you're a hitman and tell me …") or only compares with fiction
# ("like in Hitman", "the way the dragon does") is not a neutraliser.
_REALNESS = re.compile(
    r"\b(?:for real|in real life|irl|real life|real world|real person|real people|actual|"
    r"actually works|step by step|exact|exactly how|precise|quantities|with quantities|"
    r"real (?:[\w']+ )?(?:steps|chemicals|quantities|recipe|synthesis|dose|doses|poison|parts|"
    r"instructions|method|methods|ingredients|amounts|procedure|formula|measurements))\b"
    r"|^(?:pretend|act as|imagine you(?:'re| are)|you are now|role ?play as|from now on)\b"
)
_OWN_PERSON = re.compile(
    r"\b(?:i|we)\b[^.?!]{0,40}\b(?:my|our) (?:[\w']+ )?" + lx.alt(lx.PEOPLE) + r"\b(?!'s)"
)
_COMPARED = re.compile(r"\b(?:like|the way|same way as|just as)\b(?: [\w']+){0,3} ?$")


def _fiction(n: Normalized) -> bool:
    m = lx.FICTION_FRAME.search(n)
    if not m:
        return False
    if _REALNESS.search(n.match):
        return False
    if not lx.TITLE.search(n) and _OWN_PERSON.search(n.match):
        return False  # "for a thriller, what could I mix to gas my coworkers"
    return not _COMPARED.search(n.match, max(0, m.start() - 30), m.start())


def _frame(n: Normalized, *, lethal: bool) -> Neutralizer:
    if _fiction(n):
        return Neutralizer.FICTION_OR_GAME
    if not lethal and lx.SPORT_FRAME.search(n):
        return Neutralizer.SPORT
    return Neutralizer.NONE


def _question_frame(n: Normalized) -> Neutralizer:
    if lx.DEFINITION_FRAME.search(n.match) and not lx.SEEKING.search(n):
        return Neutralizer.DEFINITION
    if lx.EXPLANATORY_FRAME.search(n.match):
        return Neutralizer.EXPLANATORY
    if lx.HISTORICAL_FRAME.search(n.match):
        return Neutralizer.HISTORICAL
    return Neutralizer.NONE


_REMEDIAL = re.compile(
    r"\b(?:how (?:do|can|could|should) (?:i|we) (?:stop|prevent|protect|avoid|defend|help|"
    r"support|deal with|cope with|handle|report|recognize|recognise|spot|get (?:him|her|them) "
    r"to stop)|how to (?:stop|prevent|protect|avoid|defend|report|recognize|recognise)|"
    r"what (?:should|can|do) (?:i|we) do (?:if|when|about))\b"
)


_PAST_QUESTION = re.compile(
    r"^(?:how|why|what|who|when|where|which)(?: [\w']+){0,4}? (?:did|was|were|had)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'd|i'll|me|my|myself|we|us|our|you|your)\b")


def _grade(n: Normalized, *, lethal: bool = True) -> tuple[Severity, Neutralizer]:
    frame = _frame(n, lethal=lethal)
    if frame is not Neutralizer.NONE:
        return Severity.LOW, frame
    if _REMEDIAL.search(n.match) and not _LETHAL_CLAUSE.search(n):
        return Severity.LOW, Neutralizer.EXPLANATORY
    if _PAST_QUESTION.search(n.match) and not _FIRST_PERSON.search(n.match):
        return Severity.LOW, Neutralizer.HISTORICAL  # "How did the plotters plan to …"
    if lx.SEEKING.search(n):
        return Severity.HIGH, Neutralizer.NONE
    question = _question_frame(n)
    if question is not Neutralizer.NONE:
        return Severity.LOW, question
    return Severity.MEDIUM, Neutralizer.NONE


def frame_of(n: Normalized) -> Neutralizer:
    """The neutralising frame the rules would grant a harm finding in this message (fiction,
    a definition, history, a remedial question …), for a harm only the classifier found."""
    return _grade(n)[1]


# --- harm -------------------------------------------------------------------------------------

_PRIORITY = (
    HarmCategory.SELF_HARM,
    HarmCategory.SEXUAL_MINORS,
    HarmCategory.VIOLENCE,
    HarmCategory.WEAPONS,
    HarmCategory.HATE,
    HarmCategory.ILLEGAL_DRUGS,
    HarmCategory.THEFT_FRAUD,
    HarmCategory.HARASSMENT,
    HarmCategory.PRIVACY,
)


def _any(*patterns: lx.Gated) -> Callable[[Normalized], bool]:
    return lambda n: any(p.search(n) for p in patterns)


# The patterns of each rule family (`RULE_IDS`), for `governance_explain`: which families of the
# deciding area match a message. The decision itself also applies each family's exceptions.
RULE_TESTS: dict[str, Callable[[Normalized], bool]] = {
    "self_harm.statement": _any(lx.SELF_HARM_PHRASES),
    "self_harm.method": _any(_SELF, lx.SELF_HARM_DOSE, lx.SELF_EXIT),
    "self_harm.topic": _any(_SELF_HARM_TOPIC),
    "minors.pedophilia": _any(_PEDOPHILIA),
    "minors.sexual": lambda n: bool(
        lx.MINOR.search(n) and lx.SEXUAL.search(n) and lx.SEXUAL_SEEKING.search(n)
    ),
    "violence.act_on_person": _any(_VIOLENCE, _VIOLENCE_REL, _VIOLENCE_THEM),
    "violence.outcome": _any(_GIVE_INJURY, _OUTCOME, _PUSH, _CAUSE_HARM),
    "violence.corpse": _any(_CORPSE),
    "violence.phrase": _any(*_VIOLENCE_PHRASES),
    "violence.means": _any(*_VIOLENCE_MEANS),
    "violence.instrument": _any(_WITH_INSTRUMENT, _INSTRUMENT_INTO),
    "violence.vital_part": _any(_VITAL_HARM),
    "violence.lethal_completion": _any(_REMOVE_FOR_GOOD, _LETHAL_CLAUSE, _WHILE_ALIVE),
    "violence.brutality": _any(_TEAR_APART, _OUT_OF),
    "violence.hazard": _any(_HAZARD_PUSH, *_VIOLENCE_HAZARDS),
    "violence.cooking": _any(_COOK, _COOK_CUED, _INTO_MACHINE),
    "violence.animal_cruelty": _any(_ANIMAL_CRUELTY),
    "violence.atrocity_reenactment": lambda n: _atrocity_hits(n) is HarmCategory.VIOLENCE,
    "weapons.make": _any(_WEAPON_MAKE),
    "weapons.acquire": _any(lx.ILLEGAL_WEAPON_ACQUIRE),
    "weapons.attack_place": _any(_DESTROY_PLACE, _DESTROY_VEHICLE),
    "weapons.disaster": _any(_DISASTER_AT),
    "weapons.arson": _any(_SET_ON_FIRE, _FIRE_PLACE),
    "hate.atrocity_glorification": lambda n: _atrocity_hits(n) is HarmCategory.HATE,
    "hate.discrimination": _discrimination_hits,
    "drugs.trade": _any(_DRUG_TRADE, _DRUG_PASSIVE, _SOFT_DRUG_TRADE, _DRUG_UNIT_ANYWHERE),
    "drugs.street_use": _any(_STREET_DRUG_USE),
    "drugs.prescription": _prescription_drug_without_prescription,
    "crime.named_crime": _any(*_CRIME.values()),
    "crime.robbery": _any(_ROB),
    "crime.break_in": _any(_BREAK_INTO, _BREAK_IN, lx.SECURITY_DEFEAT),
    "crime.identity_fraud": _any(_IDENTITY_FRAUD),
    "crime.bribery": _any(_BRIBE),
    "crime.criminal_object": _any(*_CRIME_OBJECT.values()),
    "crime.theft": _any(_STEAL, _STEAL_ANY),
    "crime.fraud": _any(_DRAIN, lx.FRAUD_ACTS),
    "harassment.act_on_person": _any(_HARASS),
    "privacy.private_person": _privacy_hits,
}
# The rule-id prefixes of each area's families.
_AREA_PREFIXES: dict[HarmCategory, tuple[str, ...]] = {
    HarmCategory.SELF_HARM: ("self_harm.",),
    HarmCategory.SEXUAL_MINORS: ("minors.",),
    HarmCategory.VIOLENCE: ("violence.",),
    HarmCategory.WEAPONS: ("weapons.",),
    HarmCategory.HATE: ("hate.",),
    HarmCategory.ILLEGAL_DRUGS: ("drugs.",),
    HarmCategory.THEFT_FRAUD: ("crime.",),
    HarmCategory.HARASSMENT: ("harassment.",),
    HarmCategory.PRIVACY: ("privacy.",),
}


def area_id(area: HarmCategory) -> str:
    """The id an assessment reports for a finding of the rules of this area."""
    return f"lexical.{area.value.lower()}"


def matched_rules(n: Normalized, area: HarmCategory) -> tuple[str, ...]:
    """The ids of the rule families of `area` whose patterns match (for `governance_explain`).

    A named crime reports its own category (`crime.named_crime` under any area)."""
    prefixes = (*_AREA_PREFIXES.get(area, ()), "crime.named_crime")
    return tuple(rule for rule, test in RULE_TESTS.items() if rule.startswith(prefixes) and test(n))


# The rules read English words: a message without a Latin letter (Chinese, Arabic, Korean …)
# has none of them, and skips the rules (a test runs them anyway on every such corpus prompt).
_LATIN_LETTER = re.compile("[a-z]")


def assess_harm(n: Normalized) -> tuple[HarmCategory, Severity, Neutralizer]:
    if not _LATIN_LETTER.search(n.match):
        return HarmCategory.NONE, Severity.NONE, Neutralizer.NONE
    findings: dict[HarmCategory, tuple[Severity, Neutralizer]] = {}

    if _self_harm(n):
        frame = _frame(n, lethal=True)
        if frame is not Neutralizer.NONE:
            findings[HarmCategory.SELF_HARM] = (Severity.LOW, frame)
        elif _question_frame(n) is Neutralizer.DEFINITION and not lx.SEEKING.search(n):
            findings[HarmCategory.SELF_HARM] = (Severity.LOW, Neutralizer.DEFINITION)
        else:
            findings[HarmCategory.SELF_HARM] = (Severity.HIGH, Neutralizer.NONE)
    elif _SELF_HARM_TOPIC.search(n):
        findings[HarmCategory.SELF_HARM] = (Severity.LOW, _question_frame(n))
    if _sexual_minor_hits(n):
        findings[HarmCategory.SEXUAL_MINORS] = (Severity.HIGH, Neutralizer.NONE)
    violent, mild = _violence_hits(n)
    if violent:
        findings[HarmCategory.VIOLENCE] = _grade(n, lethal=not mild)
    if _weapon_hits(n) or _place_attack_hits(n):
        findings[HarmCategory.WEAPONS] = _grade(n)
    atrocity = _atrocity_hits(n)
    if atrocity is not HarmCategory.NONE:
        findings.setdefault(atrocity, (Severity.HIGH, Neutralizer.NONE))
    if _discrimination_hits(n):
        question = _question_frame(n)
        if question is Neutralizer.HISTORICAL:
            findings.setdefault(HarmCategory.HATE, (Severity.LOW, question))
        else:
            findings[HarmCategory.HATE] = (Severity.HIGH, Neutralizer.NONE)
    if _drug_hits(n):
        findings[HarmCategory.ILLEGAL_DRUGS] = _grade(n)
    crime, hit = _crime_hits(n)
    if hit:
        graded = _grade(n)
        if crime not in findings or findings[crime][0] < graded[0]:
            findings[crime] = graded
    if _HARASS.search(n):
        findings[HarmCategory.HARASSMENT] = _grade(n)
    if _privacy_hits(n):
        findings[HarmCategory.PRIVACY] = (Severity.HIGH, Neutralizer.NONE)

    if not findings:
        return HarmCategory.NONE, Severity.NONE, Neutralizer.NONE
    self_harm = findings.get(HarmCategory.SELF_HARM)
    if self_harm and self_harm[0] >= Severity.MEDIUM:
        return HarmCategory.SELF_HARM, *self_harm
    top = max(findings.values(), key=lambda f: f[0])[0]
    for category in _PRIORITY:
        if category in findings and findings[category][0] == top:
            return category, *findings[category]
    raise AssertionError("unreachable: every finding has a category in _PRIORITY")


# --- stakes, unknowns, closure ----------------------------------------------------------------


def assess_closure(n: Normalized) -> Closure:
    if len(n.match) > 80 or "?" in n.match:  # closures are never questions (see lexicons)
        return Closure.NONE
    if lx.SILENT_CLOSURE.match(n.match):
        return Closure.SILENT
    if lx.FAREWELL_CLOSURE.match(n.match):
        return Closure.FAREWELL
    return Closure.NONE


def _domain(n: Normalized) -> StakesDomain:
    if lx.MEDICAL_TERMS.search(n):
        return StakesDomain.MEDICAL
    if lx.LEGAL_TERMS.search(n):
        return StakesDomain.LEGAL
    if lx.FINANCIAL_TERMS.search(n):
        return StakesDomain.FINANCIAL
    if lx.SAFETY_TERMS.search(n):
        return StakesDomain.PHYSICAL_SAFETY
    if lx.PSYCH_TERMS.search(n):
        return StakesDomain.PSYCHOLOGICAL
    return StakesDomain.NONE


def _unknowns(
    n: Normalized, domain: StakesDomain, reversibility: Reversibility, personal: bool
) -> frozenset[Unknown]:
    if not personal or domain is StakesDomain.NONE:
        return frozenset()
    unknowns: set[Unknown] = set()
    text = n.match
    if domain is StakesDomain.MEDICAL:
        named = lx.MEDICATION.search(n)
        if lx.GENERIC_MED_DECISION.search(text) and not named:
            unknowns.add(Unknown.MEDICATION)
        elif (
            lx.DOSE_QUESTION.search(text)
            and lx.ANY_MEDICATION.search(n)
            and not lx.RECIPIENT_KNOWN.search(text)
        ):
            unknowns.add(Unknown.DOSE_RECIPIENT)
    if (
        lx.LEGAL_TERMS.search(n)
        and not lx.JURISDICTIONS.search(n)
        and (domain is StakesDomain.LEGAL or reversibility is not Reversibility.REVERSIBLE)
    ):
        unknowns.add(Unknown.JURISDICTION)
    if (
        domain is StakesDomain.FINANCIAL
        and reversibility is not Reversibility.REVERSIBLE
        and not lx.AMOUNT_KNOWN.search(text)
    ):
        unknowns.add(Unknown.FINANCIAL_POSITION)
    if not unknowns and reversibility is Reversibility.IRREVERSIBLE:
        unknowns.add(Unknown.DECISION_GOAL)
    return frozenset(unknowns)


@dataclass(frozen=True, slots=True)
class Stakes:
    domain: StakesDomain
    reversibility: Reversibility
    imminence: Imminence
    affected: Affected
    personal_decision: bool
    unknowns: frozenset[Unknown]


NO_STAKES = Stakes(
    domain=StakesDomain.NONE,
    reversibility=Reversibility.REVERSIBLE,
    imminence=Imminence.NONE,
    affected=Affected.UNSPECIFIED,
    personal_decision=False,
    unknowns=frozenset(),
)


def stakes(n: Normalized) -> Stakes:
    if not _LATIN_LETTER.search(n.match):
        return NO_STAKES
    domain = _domain(n)
    if lx.IRREVERSIBLE.search(n):
        reversibility = Reversibility.IRREVERSIBLE
    elif lx.HARD_TO_REVERSE.search(n):
        reversibility = Reversibility.HARD_TO_REVERSE
    else:
        reversibility = Reversibility.REVERSIBLE
    if lx.IMMEDIATE.search(n):
        imminence = Imminence.IMMEDIATE
    elif lx.SOON.search(n):
        imminence = Imminence.SOON
    else:
        imminence = Imminence.NONE
    if lx.OTHERS_AFFECTED.search(n):
        affected = Affected.OTHERS
    elif lx.PUBLIC_AFFECTED.search(n):
        affected = Affected.PUBLIC
    elif lx.SELF_REFERENCE.search(n):
        affected = Affected.SELF
    else:
        affected = Affected.UNSPECIFIED
    personal = bool(lx.PERSONAL_DECISION.search(n))
    return Stakes(
        domain=domain,
        reversibility=reversibility,
        imminence=imminence,
        affected=affected,
        personal_decision=personal,
        unknowns=_unknowns(n, domain, reversibility, personal),
    )
