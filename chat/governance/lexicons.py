"""Lexicons for assess, compiled once at import.

Each lexicon is a list of words or short phrases (written as they appear in the normalized
`match` text: lowercase, hyphens and slashes already turned into spaces). They are general
vocabularies — harmful acts, human targets, places, framing contexts, private data kinds — never
whole example sentences. `alt()` turns a list into one regex alternation (longest first) and every
pattern is anchored on word boundaries, so "kill" never matches "skill" and "end" never "friend".

Patterns that relate two lexicons (an act and its target) allow a few filler words between them
but never a preposition or conjunction: "bomb the test at school" has no target after "bomb".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeAlias

from chat.governance.normalize import Normalized

_Trie: TypeAlias = dict[str, "_Trie"]  # one node per character
_END = ""  # trie key for "a phrase ends here" (never a character)


def alt(*groups: Iterable[str]) -> str:
    """One non-capturing alternation of the phrases, longest first, spaces as single spaces.

    The alternation is written as a character trie ("kill", "kills", "killing" →
    `kill(?:ing|s)?`): Python's regex engine tries a flat alternation's branches one by one at
    every position, while a trie rejects a position after one character comparison per distinct
    first letter. It matches exactly what the flat longest-first list matches, in the same
    order: phrases that can match at one position are prefixes of each other, and the trie tries
    each continuation before the shorter phrase that ends at that node (greedy `?`).
    """
    trie: _Trie = {}
    for phrase in {p for group in groups for p in group}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: _Trie) -> str:
    branches = [
        re.escape(char).replace("\\ ", " ") + _trie_regex(child)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    if _END in node:  # a phrase ends here: try the longer ones first, then stop
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def forms(*spec: str) -> list[str]:
    """Regular verb forms: "kill" → kill, kills, killing; "stab/stabb" → stab, stabs, stabbing.

    A "base/stem" pair gives the -ing stem explicitly; a phrasal verb inflects its first word.
    """
    out: list[str] = []
    for item in spec:
        head, _, rest = item.partition(" ")
        base, _, stem = head.partition("/")
        if not stem:
            stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
        if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
            third = base[:-1] + "ies"
        else:
            third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        tail = f" {rest}" if rest else ""
        out += [base + tail, third + tail, stem + "ing" + tail]
    return out


def words(text: str) -> list[str]:
    """A word list written as a whitespace-separated multi-line string (one-word entries only)."""
    return text.split()


def phrases(text: str) -> list[str]:
    """A comma-separated list of words and multi-word phrases; line breaks are just spaces."""
    return [" ".join(p.split()) for p in text.split(",") if p.strip()]


def nouns(text: str) -> list[str]:
    """Comma-separated nouns or noun phrases, each with its regular plural (last word inflected).

    "mailman" → mailman, mailmen; "bus driver" → bus driver, bus drivers; "nanny" → nannies.
    """
    out: list[str] = []
    for noun in phrases(text):
        head, _, last = noun.rpartition(" ")
        prefix = f"{head} " if head else ""
        if last.endswith("man"):
            plural = last[:-3] + "men"
        elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
            plural = last[:-1] + "ies"
        elif last.endswith(("s", "sh", "ch", "x", "z")):
            plural = last + "es"
        else:
            plural = last + "s"
        out += [noun, prefix + plural]
    return out


_TOKEN = re.compile(r"\w+(?:'\w+)*")


def anchor(phrase: str) -> str:
    """The phrase's most distinctive word: any text containing the phrase contains it."""
    tokens: list[str] = _TOKEN.findall(phrase) or [phrase]
    return max(tokens, key=len)


class Gated:
    """A compiled pattern plus words one of which must be present for it to match.

    Python's regex engine tries every alternative at every position; checking a frozenset of
    message tokens first makes the common case (no lexicon word present) nearly free. `also` is
    an optional second word set, one of which must be present too, for a pattern that needs two
    lexicons at once (an act and its target, a verb and its particle). Sound only if every match
    of the pattern contains a word of each set as a whole token (or apostrophe part).
    """

    __slots__ = ("also", "anchors", "pattern")

    def __init__(
        self,
        pattern: str | re.Pattern[str],
        anchors: Iterable[str],
        also: Iterable[str] | None = None,
    ) -> None:
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern
        self.anchors = frozenset(anchors)
        self.also = None if also is None else frozenset(also)

    def present(self, tokens: frozenset[str]) -> bool:
        if self.anchors.isdisjoint(tokens):
            return False
        return self.also is None or not self.also.isdisjoint(tokens)

    # search and finditer repeat present()'s test inline: they run dozens of times per message.
    def search(self, n: Normalized) -> re.Match[str] | None:
        tokens = n.token_set
        if self.anchors.isdisjoint(tokens) or (
            self.also is not None and self.also.isdisjoint(tokens)
        ):
            return None
        return self.pattern.search(n.match)

    def finditer(self, n: Normalized) -> Iterator[re.Match[str]]:
        tokens = n.token_set
        if self.anchors.isdisjoint(tokens) or (
            self.also is not None and self.also.isdisjoint(tokens)
        ):
            return iter(())
        return self.pattern.finditer(n.match)


def anchors_of(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(anchor(p) for group in groups for p in group)


def word_anchors(*groups: Iterable[str]) -> frozenset[str]:
    """Like `anchors_of`, but never a word with an apostrophe ("jehovah's witnesses" →
    "witnesses"): a word matched between boundaries is then always a token or an apostrophe part
    of one, even right after another word's apostrophe. Used for `Gated(also=…)` sets."""
    return frozenset(anchor(p.replace("'", " ")) for group in groups for p in group)


def compile_words(*groups: Iterable[str]) -> Gated:
    return Gated(r"\b" + alt(*groups) + r"\b", anchors_of(*groups))


# --- shared grammar ---------------------------------------------------------------------------

DETERMINERS = words(
    """
    a an the this that these those some any all every each my your his her their our its one two
    three few several many other another random innocent unsuspecting
    """
)

# Words that end a noun phrase: an act's object must come before any of these.
BLOCKERS = words(
    """
    at in on with for from to into onto during about like than and or but because so if when while
    after before by of as without through over under between against is are was were be been not no
    who which whom whose it then i you we they me us
    """
)

FILLER = r"(?:(?!" + alt(BLOCKERS) + r"\b)[\w']+ ){0,3}?"
PARTICLE = r"(?:(?:in|off|up|down|out|open|apart) )?"

SEEKING = compile_words(
    phrases(
        """
        how do i, how do we, how do you, how does one, how can i, how can we, how can you,
        how can one, how could i, how could we, how should i, how should we, how would i,
        how would one, how would you, how might i, how to, how i can, how best to, ways of, ways to,
        way of, way to, best way, easiest way, method, methods, step, steps, tips, guide,
        instructions, tutorial, process for, procedure, help me, teach me, show me, tell me how,
        explain how, where can i, where do i, where could i, where should i, i want to, i need to,
        i plan to, i intend to, i wanna, i'm gonna, im gonna, i'm going to, im going to,
        i am going to, i will, i'll, let's, should i, should we, can i, can we, what do i need,
        what should i, what would i need, i'd like to, i would like to, give me, write me, plan,
        strategy, strategies, technique, techniques, tactics, trick, tricks, secret to, recipe for,
        perfect way, where to
        """
    )
)

NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bavoid|\bprevent|\bstop|\bwithout) $")

# --- who can be harmed ------------------------------------------------------------------------

PEOPLE = phrases(
    """
    someone, somebody, anyone, anybody, everyone, everybody, person, persons, people, human, humans,
    man, men, woman, women, guy, guys, girl, girls, boy, boys, lady, child, children, kid, kids,
    baby, babies, toddler, toddlers, infant, infants, teen, teens, teenager, teenagers, minor,
    minors, student, students, classmate, classmates, teacher, teachers, cop, cops, officer,
    officers, policeman, policemen, soldier, soldiers, wife, wives, husband, husbands, spouse,
    partner, girlfriend, boyfriend, fiance, fiancee, ex, mother, mom, mum, mommy, father, dad,
    daddy, parent, parents, brother, brothers, sister, sisters, sibling, siblings, son, sons,
    daughter, daughters, grandma, grandmother, grandpa, grandfather, grandparents, uncle, aunt,
    cousin, cousins, nephew, niece, family, friend, friends, neighbor, neighbors, neighbour,
    neighbours, boss, coworker, coworkers, colleague, colleagues, roommate, roommates, landlord,
    tenant, tenants, stranger, strangers, enemy, enemies, rival, rivals, president, senator,
    politician, politicians, judge, witness, witnesses, victim, victims, hostage, hostages,
    passenger, passengers, crowd, civilians, pedestrians, protesters, worshippers, shoppers,
    customers, employee, employees, employer, manager, bully, bullies, him, her, journalist,
    journalists, doctor, doctors, nurse, nurses, patient, patients, prisoner, prisoners, inmate,
    inmates, homeless, immigrant, immigrants, refugee, refugees, human being, human beings,
    group of people, bunch of people, ex wife, ex husband, ex boyfriend, ex girlfriend, ex partner,
    step mother, step father, stepmother, stepfather, stepson, stepdaughter, police officer,
    police officers, prime minister, old lady, old man, old people, co worker, co workers,
    tinder match, security guard, security guards, mail carrier, little girl, little boy
    """
)

# Roles, professions and relations a violent act can target (plurals added by `nouns`). Words
# with a common harmless sense ("worker" process, chess "queen"/"bishop", "fan", "agent",
# "driver" club, "coach" bus) are left out on purpose.
PEOPLE += nouns(
    """
    mailman, postman, mail carrier, courier, delivery guy, barista, cashier, clerk, shopkeeper,
    waiter, waitress, bartender, plumber, electrician, mechanic, handyman, lawyer, attorney,
    prosecutor, juror, lawmaker, mayor, governor, congressman, congresswoman, mp, minister,
    diplomat, ambassador, prince, princess, pope, priest, pastor, rabbi, imam, monk, nun, referee,
    umpire, athlete, spectator, swimmer, jogger, cyclist, biker, motorist, commuter, hitchhiker,
    tourist, traveler, traveller, pensioner, retiree, senior, streamer, youtuber, influencer,
    celebrity, reporter, blogger, activist, voter, critic, sheriff, trooper, detective, informant,
    snitch, cellmate, guard, bodyguard, sentry, firefighter, paramedic, surgeon, dentist,
    pharmacist, therapist, psychiatrist, caregiver, carer, nanny, babysitter, tutor, professor,
    principal, lecturer, teammate, lover, mistress, widow, orphan, newborn, grandchild, grandson,
    granddaughter, grandparent, stepchild, stepkid, stepdaughter, stepbrother, stepsister, stepdad,
    stepmom, stepmum, stepparent, stepsibling,
    mother in law, father in law, brother in law, sister in law, son in law, daughter in law,
    in law, fiance, fiancee, groom, bride, twin, schoolgirl, schoolboy, pupil, flatmate, housemate,
    lodger, landlady, homeowner, resident, villager, citizen, civilian, migrant,
    foreigner, addict, junkie, prostitute, sex worker, beggar, homeless person, homeless man,
    homeless woman, ceo, boss, supervisor, intern, sniper, gentleman, old woman, elderly man,
    elderly woman, pregnant woman, dad, brother, sister, husband, wife, girlfriend, boyfriend,
    neighbour kid, security guard, bouncer, nurse, doctor, traitor, apprentice, protester,
    relative, family member, owner, shop owner, store owner, business owner, leader,
    civil rights leader, heretic, believer, churchgoer, congregant, peasant, villager, hostage,
    schoolmate, playmate, houseguest, visitor, caretaker, janitor, maid, housekeeper, gardener,
    farmer, shop assistant, bank teller, chef, taxi driver, cab driver, bus driver, uber driver,
    protestor, demonstrator, hiker, passerby, bystander, worshipper, shopper, customer, pedestrian,
    passenger, widower, councillor, councilman, councilwoman, alderman, official, candidate,
    judge, journalist, politician, witness, gunman, coworker, classmate, cousin, roommate,
    landlord, tenant, stranger, nephew, niece, uncle, aunt, partner, fiance, kid, girl, boy,
    grandma, grandpa, mom, mum, dad, father, mother, son, daughter, toddler, infant, baby, teen,
    teenager, student, teacher, cop, officer, soldier, employee, manager, patient, prisoner,
    inmate, refugee, immigrant, neighbor, neighbour, colleague, doctor, nurse
    """
) + phrases(
    """
    schoolchildren, stepchildren, grandchildren, godchildren, foster children, my date, his date,
    her date, someone else, somebody else,
    the family next door, my ex, his ex, her ex, their ex, in laws
    """
)

# Round 5: more roles and relations (a thesaurus pass; words with a common non-person sense —
# "client", "actor", "model", "agent", "driver", "runner", "builder", "camper" — are left out).
PEOPLE += nouns(
    """
    postwoman, postie, milkman, paperboy, papergirl, binman, dustman, garbageman, grandad,
    granddad, gran, granny, grannie, nan, nana, nanna, grampa, gramps, mama, papa, hubby, wifey,
    missus, bestie, best friend, bff, buddy, pal, sweetheart, crush, kid brother, kid sister,
    little brother, little sister, baby brother, baby sister, older brother, older sister,
    younger brother, younger sister, half brother, half sister, stepgrandson, stepgranddaughter,
    godson, goddaughter, godchild, godmother, foster child, foster kid, foster parent,
    foster brother, foster sister, adopted son, adopted daughter, adulterer, adulteress, sinner,
    infidel, apostate, blasphemer, vagrant, hobo, drifter, busker, panhandler, receptionist,
    secretary, accountant, banker, stockbroker, salesman, saleswoman, salesperson, vendor,
    street vendor, landowner, lifeguard, instructor, midwife, steward, stewardess,
    flight attendant, porter, doorman, valet, usher, chauffeur, trucker, lorry driver,
    delivery driver, housewife, househusband, optician, solicitor, barrister, investor,
    shareholder, singer, rapper, comedian, dancer, musician, footballer, wrestler, golfer,
    skier, surfer, skateboarder, climber, backpacker, schoolteacher, headteacher, headmaster,
    headmistress, dean, chaplain, vicar, reverend, missionary, preacher, cleric, mullah, shaman,
    heir, heiress, duke, duchess, chancellor, vice president, congressperson, envoy, defector,
    dissident, whistleblower, plaintiff, defendant, felon, parolee, detainee, captive,
    asylum seeker, expat, exchange student, au pair, governess, childminder, child minder,
    barmaid, barman, publican, innkeeper, hotelier, concierge, bellboy, motorcyclist, onlooker,
    heckler, picketer, strikebreaker, foreman, forewoman, cofounder, founder, rancher, shepherd,
    herdsman, fisherman, sailor, farmhand, labourer, laborer, handyman, cleaning lady, maid,
    schoolkid, preschooler, kindergartner, pensioner, oap, veteran, churchwarden,
    girlfriend's, wedding guest, party guest, guest, neighbour's kid, neighbor's kid, youngster,
    adolescent, pupil, lad, lass, bloke, chap, fella, dude, gal, woman, man, individual, debtor,
    creditor, borrower, lender, loan shark, slave, servant, drug dealer, dealer, pimp, gang member,
    gamer, twitch streamer, content creator, podcaster, vlogger
    """
)

# Round 6: collective nouns and missing roles ("the choir", "the night watchman"). "audience"
# is guarded in assess against performance idioms ("kill the audience"); "team" and "crew" are
# left out (sport and game senses).
PEOPLE += (
    nouns(
        """
    choir, congregation, parishioner, audience, workforce, attendee, mourner, diner, pilgrim,
    watchman, night watchman, lighthouse keeper, zookeeper, groundskeeper, gamekeeper,
    night porter, orderly, care worker, support worker, choirboy, choirgirl, altar boy,
    schoolteacher, swim team, school choir, church choir, night guard, night nurse, ward sister,
    business partner, tutor, housemate, lodger, care home resident, nursing home resident,
    carer, social worker, nun, monk, seminarian, schoolgirl, schoolboy, juror, bridesmaid,
    groomsman, pallbearer, caroler, caroller, trick or treater, cheerleader, boy scout, girl scout,
    cub scout, marcher, rally goer, concertgoer, festivalgoer, moviegoer, beachgoer, partygoer,
    clubber, reveller, reveler, townsperson, inpatient, outpatient, ferryman, boatman, park ranger,
    forest ranger, prison warden, jailer, bailiff, debt collector,
    tax collector, meter maid, crossing guard, lollipop lady, dinner lady,
    school nurse, locksmith, roofer, welder, baker, florist, tailor, lumberjack,
    milkmaid, stable boy, jockey, trainee, cadet, sergeant, corporal, lieutenant, admiral,
    co pilot, air hostess, train driver, tram driver, ticket inspector, ticket collector,
    newsagent, grocer, insurance agent, probation officer, parole officer, case worker, paralegal,
    notary, auditor, croupier, pawnbroker, moneylender, loan officer
    """
    )
    + phrases(
        """
    townspeople, townsfolk, members of the public, cabin crew,
    neighbourhood kids, neighborhood kids, elderly residents
    """
    )
    + phrases(
        """
    whole staff, entire staff, school staff, hospital staff, office staff,
    whole class, entire class, class of children,
    classroom of children, classroom full of children, the residents, the patients, the pupils,
    the students, the worshippers, the parishioners, the audience, the choir, the congregation
    """
    )
)

# Group words (a real, protected group of people).
GROUP_ADJECTIVES = phrases(
    """
    gay, lesbian, bisexual, trans, transgender, queer, lgbt, lgbtq, lgbtq+, jewish, muslim,
    christian, catholic, protestant, hindu, buddhist, sikh, atheist, mormon, arab, black, white,
    asian, chinese, japanese, korean, indian, mexican, latino, latina, latinx, hispanic, african,
    native, indigenous, aboriginal, romani, roma, disabled, autistic, deaf, blind, elderly,
    immigrant, refugee, foreign, pakistani, nigerian, somali, syrian, afghan, iranian, iraqi,
    turkish, russian, ukrainian, polish, irish, italian, jamaican, haitian, filipino, vietnamese,
    palestinian, israeli, non binary, nonbinary, middle eastern, native american, african american
    """
) + phrases(
    """
    old, older, poor, fat, obese, overweight, pregnant, mentally ill, neurodivergent, dyslexic,
    romanian, bulgarian, albanian, kurdish, tamil, bengali, bangladeshi, punjabi, ethiopian,
    eritrean, sudanese, congolese, ghanaian, kenyan, moroccan, algerian, egyptian, lebanese,
    yemeni, saudi, persian, greek, portuguese, spanish, french, german, dutch, scottish, welsh,
    british, brazilian, colombian, venezuelan, cuban, puerto rican, dominican, guatemalan,
    salvadoran, peruvian, thai, indonesian, malaysian, cambodian, hmong, tibetan, uyghur, nepali,
    sri lankan, inuit, maori, pacific islander, gypsy, evangelical, orthodox, shia, sunni, pagan,
    wiccan, amish, rastafarian, intersex, asexual, pansexual, homosexual, jehovah's witness, slavic
    """
)
GROUP_HEADS = words(
    """
    people persons folk folks individuals men women kids children americans immigrants citizens
    voters workers students community communities population populations couples families parents
    mothers fathers youth teens teenagers adults employees athletes players soldiers doctors nurses
    teachers politicians leaders drivers girls boys ladies guys neighbors neighbours tenants
    applicants residents migrants patients christians muslims refugees australians canadians
    britons europeans nationals elders seniors veterans communities tribes villagers
    """
)
GROUP_NOUNS = phrases(
    """
    women, men, jews, muslims, christians, catholics, hindus, buddhists, sikhs, atheists, mormons,
    arabs, blacks, whites, asians, latinos, latinas, hispanics, mexicans, africans, gays, lesbians,
    transgenders, immigrants, migrants, refugees, roma, gypsies, foreigners, pakistanis, indians,
    chinese, the disabled, the elderly, asylum seekers, trans people, homosexuals, transsexuals,
    bisexuals, natives, aboriginals, aborigines, europeans, persians, kurds, turks, poles, russians,
    ukrainians, the irish, scots, germans, italians, greeks, slavs, orientals, filipinos, koreans,
    cubans, puerto ricans, haitians, jamaicans, somalis, nigerians, ethiopians, protestants,
    evangelicals, pagans, jehovah's witnesses, amputees, paraplegics, the blind, the deaf,
    wheelchair users, seniors, pensioners, retirees, the poor, the homeless, the mentally ill
    """
)

GROUP_NOUNS += [
    a + "s"
    for a in GROUP_ADJECTIVES
    if " " not in a and a.endswith(("an", "i", "ino", "ina", "ak"))
] + [a + "s" for a in GROUP_ADJECTIVES if a.endswith(("american", "islander"))]
GROUP_NOUNS += phrases(
    """
    bosniaks, bosnians, serbs, croats, tutsis, hutus, rohingya, yazidis, uyghurs, tamils, kurds,
    native americans, first nations, romanis, redheads, gingers, gay men, gay people
    """
)
# Round 5: more religious, ethnic, national, disability, sexuality and age groups.
GROUP_NOUNS += phrases(
    """
    quakers, baptists, methodists, anglicans, lutherans, presbyterians, pentecostals,
    hasidic jews, orthodox jews, zoroastrians, bahais, baha'is, druze, copts, coptic christians,
    alevis, ahmadis, rastafarians, jains, taoists, shintoists, animists, wiccans, nepalese,
    laotians, burmese, mongolians, kazakhs, uzbeks, chechens, georgians, armenians,
    azerbaijanis, azeris, sami, irish travellers, dalits, brahmins, igbo, yoruba, hausa, zulus,
    xhosa, maasai, berbers, bedouins, pashtuns, hazaras, baloch, sindhis, gujaratis, sinhalese,
    trans women, trans men, transwomen, transmen, drag queens, boomers, millennials, zoomers,
    single mothers, single mums, single moms, divorcees, widows, dwarfs, people with down syndrome,
    people with disabilities, disabled people, left handed people, jehovahs witnesses,
    wheelchair users, deaf people, blind people, gay couples, lesbian couples, mixed race people,
    biracial people, aboriginal people, romani people, sikh men, muslim women, jewish people
    """
)
GROUP_ADJECTIVES += phrases(
    """
    igbo, yoruba, hausa, zulu, xhosa, maasai, berber, bedouin, pashtun, hazara, baloch, sindhi,
    gujarati, sinhalese, druze, coptic, alevi, ahmadi, jain, taoist, quaker, baptist, methodist,
    anglican, lutheran, presbyterian, pentecostal, hasidic, zoroastrian, bahai, sami, dalit,
    nepalese, burmese, laotian, mongolian, kazakh, uzbek, chechen, georgian, armenian,
    azerbaijani, azeri, mixed race, biracial, left handed, single, divorced, widowed, dwarf
    """
)
GROUP = (
    r"(?:" + alt(GROUP_ADJECTIVES) + r" (?:" + alt(GROUP_HEADS) + r")|" + alt(GROUP_NOUNS) + r")"
)

HUMAN_TARGET = r"(?<!egg )(?:" + GROUP + r"|" + alt(PEOPLE) + r")"
# One apostrophe-free word of every HUMAN_TARGET phrase (the head of "<adjective> <head>"): an
# `also` gate for patterns whose target is matched as whole words.
HUMAN_TARGET_ANCHORS = word_anchors(PEOPLE, GROUP_NOUNS, GROUP_HEADS)

# After a possessive target ("someone's ___"), these heads make the act harmful.
POSSESSED_HARM = frozenset(
    words(
        """
        skull head neck throat face eye eyes body life lives leg legs arm arms hand hands finger
        fingers artery arteries heart chest stomach back spine kneecaps knees teeth family kids
        children child baby son daughter wife husband dog dogs cat cats pet pets horse house home
        car apartment business reputation career drink food brakes
        """
    )
    + words(
        """
        jaw nose rib ribs ribcage lung lungs liver kidney kidneys belly guts skin brain brains
        windpipe jugular mouth lips tongue ear ears toes feet foot ankle ankles wrist wrists bone
        bones collarbone well water coffee tea meal dinner lunch breakfast soup cereal smoothie milk
        formula wine beer medication medicine meds pills insulin inhaler oxygen tires tyres garage
        crops cattle livestock new current shoulder shoulders elbow elbows hip hips pelvis
        cheekbone eardrum eardrums tendon tendons thumb thumbs testicles groin forehead gums
        sternum vertebrae knuckles shin shins fingernails ventilator airway
        """
    )
    # a person's relation ("my wife's boyfriend", "a neighbour's son") is a person too
    + [p for p in PEOPLE if " " not in p]
)
# Right after a non-possessive target, these nouns show the target word is a modifier
# ("child process", "kid's menu", "baby shower") or the real object is harmless.
SAFE_AFTER_TARGET = frozenset(
    words(
        """
        process processes thread threads element elements node nodes class component theme window
        widget task tasks job jobs account seat menu shower steps talk a an the some mystery time
        party character characters npc npcs zombie zombies bot bots avatar message text email photo
        picture pic look smile glance compliment question line call note hint vibe version
        room rooms meeting meetings canteen lounge rota directory badge badges
        """
    )
)

# --- acts -------------------------------------------------------------------------------------

# "<verb> <person> to death / unconscious / until she stops breathing": the outcome, not the
# verb, carries the harm — except for verbs that only ever do it figuratively.
FIGURATIVE_OUTCOME_VERBS = frozenset(
    forms(
        *words(
            """
            scare bore tickle love worry annoy freeze frighten keep stress work laugh bother spook
            terrify nag find catch want need see meet get leave tease hug kiss squeeze spoil
            """
        )
    )
)
LETHAL_OUTCOMES = phrases(
    """
    to death, unconscious, senseless, to a pulp, into a coma, half to death, until he dies,
    until she dies, until they die, until it dies, until he passes out, until she passes out,
    until they pass out, until he stops breathing, until she stops breathing,
    until they stop breathing, until he bleeds out, until she bleeds out, until he can't get up,
    until she can't get up, so he can't get up, so she can't get up, so they can't get up,
    so he dies, so she dies, so they die, hostage, out cold, black and blue, until he bleeds,
    until she bleeds, until they bleed, until he stops moving, until she stops moving,
    until they stop moving, until he goes limp, until she goes limp, until he blacks out,
    until she blacks out, until they black out, until he turns blue, until she turns blue,
    until he can't breathe, until she can't breathe, so he can't walk, so she can't walk,
    so they can't walk, dead with one, dead with a, dead with my, dead with his, stone dead,
    until he suffocates, until she suffocates, until they suffocate, unconscious with, lifeless,
    to within an inch of his life, to within an inch of her life, into the hospital, into hospital,
    captive, prisoner, against her will, against his will, against their will, in chains,
    paralysed, paralyzed, crippled, brain dead, brain damaged, permanently disabled, in a coma,
    for dead, in a pool of blood, in intensive care, in the icu, bleeding on the floor
    """
)
BURY_ALIVE_VERBS = forms(*words("bury burn skin/skinn boil cook eat feed"))
LIFE_OUT_OF_VERBS = forms(
    *words("strangle choke squeeze beat kick throttle crush stab/stabb drain smother")
)
BLOWS = phrases(
    """
    punch, blow, kick, hit, headbutt, stab, knee, elbow, uppercut, haymaker, sucker punch,
    right hook, left hook, jab, knife, bullet, shot
    """
)
TAKE_OUT_TARGETS = nouns(
    """
    witness, snitch, informant, guard, sentry, rival, judge, cop, officer, president, senator,
    mayor, leader, prosecutor, journalist
    """
)

VIOLENT_VERBS = forms(
    *phrases(
        """
    kill, murder, slaughter, massacre, assassinate, execute, terminate, eliminate, eradicate,
    exterminate, liquidate, annihilate, slay, stab/stabb, shoot, gun/gunn down, behead, decapitate,
    strangle, throttle, garrote, garrotte, choke, suffocate, smother, drown, poison, hang, lynch,
    torture, maim, mutilate, dismember, beat, beat up, punch, kick, hit/hitt, slap, hurt, harm,
    injure, wound, attack, assault, abuse, batter, smash, crush, crack open, break open, bash,
    cut/cutt off, burn, set/sett fire to, run/runn over, hunt down, hunt, capture, kidnap/kidnapp,
    abduct, snatch, enslave, rape, molest, starve, spike, roofie, destroy, ruin, get/gett rid of,
    do away with, wipe out, knock out, bomb, blow up, electrocute, traffic/traffick, shove,
    trip/tripp, bludgeon, club/clubb, strike, snipe, waterboard, gut/gutt, disembowel, impale,
    crucify, castrate, scalp, pummel, stomp, curb stomp, knife, shank, asphyxiate, kneecap,
    pistol whip, mow/mow down, run/runn down, smoke/smok out, crack, bleed, bleed out, drug/drugg,
    tackle, headbutt, firebomb, cripple, paralyze, paralyse, blind, disfigure, lacerate,
    gouge, bash in, smash in, shoot dead, tase, taser, pepper spray, mace,
    hogtie, slash, whip/whipp, hammer, pierce, gas, skewer, scald, knock/knock down,
    knock/knock over, blow/blow away, ethnically cleanse, impale, break, pop/popp,
    snuff out, dispatch, string/string up, pound, mug/mugg, nail, skin/skinn, shatter,
    chop/chopp, chop/chopp down, chop/chopp up, torch, slit/slitt, set/sett alight, scalp,
    headshot, bayonet, curbstomp, flay, hack/hack up, hack/hack at, maul, eviscerate, incinerate,
    immolate, spear, harpoon, whack, clobber, thrash, wallop, deck, flog, cane, pistol/pistol whip,
    waste
    """
    ),
)
HARASS_VERBS = forms(
    *words(
        """
    stalk harass bully threaten intimidate blackmail extort dox doxx swat/swatt humiliate
    frame/fram gaslight terrorize terrorise catfish cyberbully sextort menace torment troll
    """
    ),
)
SELF_VERBS = forms(
    *words(
        """
    kill hang cut/cutt hurt harm stab/stabb shoot drown poison starve burn sever slit/slitt slash
    suffocate strangle overdose end take electrocute
    """
    ),
)
SELF_TARGETS = phrases(
    """
    myself, my own life, my life, my wrist, my wrists, my vein, my veins, my artery, my arteries,
    my throat, my own throat, my neck, my body, my arm, my arms, my thigh, my thighs
    """
)
SELF_HARM_PHRASES = compile_words(
    phrases(
        """
        commit suicide, committing suicide, suicide method, suicide methods, how to suicide,
        kill myself, killing myself, end my life, ending my life, end it all, take my own life,
        want to die, wanna die, wish i was dead, wish i were dead, don't want to live,
        do not want to live, dont want to live, don't want to be alive, better off dead,
        unalive myself, kms, i am suicidal, i'm suicidal, im suicidal, feel suicidal,
        feeling suicidal, self harm, hurt myself, hurting myself, cut myself, cutting myself,
        no reason to live, leave this world, check out early, join her in death, join him in death
        """
    )
)
SELF_EXIT = Gated(
    r"\b(?:how (?:can|do|could|should|would) i|i want to|i wanna|i'd like to|help me|"
    r"best way to|ways to|way to) (?:go out|end it all|end it|end things|end my life|"
    r"leave this world|check out|exit this world|die|kill myself|take my life|overdose|od|"
    r"hang myself|drown myself|shoot myself|poison myself) (?:just )?(?:like|the way|"
    r"the same way as|the same way)\b(?! (?:a|an|the|that|this|my|our)\b)",
    {"like", "way"},
)
SELF_HARM_DOSE = Gated(
    r"\b(?:how many|how much|what amount of|what dose of)\b[^.?!]{0,60}"
    r"\b(?:to die|kill me|kill myself|be fatal|be lethal|to overdose|end it)\b"
    r"|\blethal dose\b[^.?!]{0,40}\b(?:for me|myself|to die)\b",
    words(
        """
        amount dose lethal many much
        """
    ),
)

PLACES = phrases(
    """
    school, schools, university, college, campus, army, base, military, base, barracks, airport,
    hospital, church, mosque, synagogue, temple, concert, stadium, mall, subway, metro, train,
    plane, airplane, aircraft, bus, building, office, embassy, station, parliament, congress,
    capitol, courthouse, bridge, dam, festival, parade, crowd, market, nightclub, club, restaurant,
    bank, store, shop, supermarket, house, home, car, apartment, city, town, village, hotel,
    theater, theatre, cinema, factory, pipeline, refinery, police station, power plant, power grid,
    water supply, government building, white house, city hall, school bus, gas station,
    nuclear plant, polling station, gay bar, ferry, cruise ship, airliner, passenger plane,
    passenger jet, reservoir, water well, water treatment plant, kindergarten, daycare, nursery,
    playground, clinic, shelter, refugee camp, marketplace, train station, subway station, arena,
    concert hall, polling place, prison, consulate, power station, substation, gurdwara,
    cathedral, chapel, lgbt club, abortion clinic, pride parade, police car, fire station
    """
)
DESTROY_VERBS = forms(
    *phrases(
        """
    bomb, blow up, explode, detonate, firebomb, set/sett fire to, burn down, torch, shoot up,
    attack, raid, sabotage, derail, demolish, destroy, vandalize, vandalise, poison, flood,
    ram/ramm, wipe out, raze, nuke, torpedo, sink, hijack, shoot down, contaminate,
    storm, shell, strafe, set/sett ablaze, open fire on, crash/crash into, bulldoze,
    set/sett alight, burn/burn to the ground, flatten, collapse
    """
    ),
)
PRIVATE_PROPERTY = frozenset(
    words("house home car apartment garage shed barn cabin office building store shop restaurant")
)
OWN_PROPERTY_OK = frozenset(
    forms(
        *phrases(
            """
    demolish, destroy, flood, torch, burn down, nuke, bulldoze, flatten, collapse
    """
        )
    )
)

WEAPON_NOUNS = phrases(
    """
    bomb, bombs, pipe bomb, pipe bombs, car bomb, dirty bomb, nuclear bomb, nail bomb, explosive,
    explosives, explosive device, ied, ieds, grenade, grenades, molotov, molotov cocktail, napalm,
    thermite, detonator, weapon, weapons, gun, guns, firearm, firearms, rifle, pistol, handgun,
    silencer, suppressor, ghost gun, machine gun, automatic weapon, nerve agent, nerve gas, sarin,
    ricin, anthrax, chemical weapon, chemical weapons, bioweapon, biological weapon, poison gas,
    mustard gas, chlorine gas, landmine, land mine, missile, flamethrower, bump stock, botulinum,
    botulinum toxin, vx, tabun, novichok, cyanide, cyanide gas, chlorine bomb, fertilizer bomb,
    truck bomb, suicide vest, suicide bomb, letter bomb, mail bomb, mail bombs, zip gun,
    untraceable gun, sawed off shotgun, sawn off shotgun, shotgun, assault rifle, ar 15, ak 47,
    uzi, incendiary device, booby trap, pressure cooker bomb, nail bombs, shrapnel bomb
    """
)
HARMLESS_WEAPON_MODIFIERS = frozenset(
    words(
        """
        bath photo seed glitter flavor flavour calorie stink water beauty cherry toy nerf glue nail
        heat squirt bubble paintball airsoft prop cap spray massage staple grease caulk foam laser
        tattoo smoke dart secret
        """
    )
)
HARMLESS_WEAPON_FOLLOWERS = frozenset(
    words(
        """
        safe safes rack cabinet case holder license licence permit cake costume prop toy lamp shaped
        cleaning show shop store collection display emoji icon sound effect drawing sketch model
        """
    )
)
WEAPON_MAKE_VERBS = [
    *forms(
        *phrases(
            """
        make, build, assemble, create, construct, manufacture, print, 3d print, craft, produce,
        rig/rigg, arm, smuggle, mix, synthesize, synthesise, weaponize, weaponise, extract,
        wire, plant, set/sett off, detonate, pack, cultivate, culture, purify, refine, brew,
        distill, distil, cook, grow, isolate, concentrate, mail, send, hide, load
        """
        ),
    ),
    "made",
]
ILLEGAL_WEAPON_ACQUIRE = Gated(
    r"\b(?:buy|get|obtain|acquire|purchase|order|find)\b[^.?!]{0,40}\b"
    r"(?:gun|guns|firearm|firearms|rifle|pistol|handgun|weapon|weapons|explosives?|grenades?)\b"
    r"[^.?!]{0,40}\b(?:without (?:a )?(?:background check|license|licence|permit|id)|"
    r"illegally|untraceable|on the dark ?web|off the books|no questions asked)",
    words(
        """
        gun guns firearm firearms rifle pistol handgun weapon weapons explosive explosives grenade
        grenades
        """
    ),
)

HARD_DRUGS = phrases(
    """
    cocaine, heroin, meth, methamphetamine, crystal meth, fentanyl, lsd, mdma, ketamine, pcp, dmt,
    crack cocaine, magic mushrooms, shrooms, psilocybin, opium, ghb, rohypnol, roofies, angel dust,
    amphetamines, amphetamine, oxycontin, krokodil, bath salts, mescaline, peyote, carfentanil,
    ayahuasca, speedball, xylazine, tranq, flakka, nitazene, nitazenes, fent, black tar,
    meth crystals
    """
)
# Words that are drugs only in some senses ("a crack in the pipe", "a coke", "ice"): they count
# after a quantity ("a gram of coke") or bare after a trade verb ("make crack"), never after "a".
AMBIGUOUS_DRUGS = words(
    """
    crack coke ecstasy molly smack dope
    """
)
UNIT_ONLY_DRUGS = words(
    """
    speed ice blow weed pot grass acid glass snow
    """
)
DRUG_UNITS = (
    r"(?:(?:a|an|one|two|\d+|some|half a|a few) )?(?:gram|grams|g|ounce|ounces|oz|eighth|"
    r"kilo|kilos|kg|bag|bags|baggie|rock|rocks|line|lines|hit|hits|pill|pills|tab|tabs|bump|"
    r"batch|key|brick) of "
)
DRUG_VERBS = [
    *forms(
        *words(
            """
        buy get/gett obtain acquire score purchase order source find make cook produce synthesize
        synthesise manufacture grow extract smuggle sell deal brew refine traffic/traffick import
        ship press stamp distribute push/push move/mov stash peddle flog bag/bagg package divide
        stretch hawk supply dispense
        """
        ),
    ),
    "made",
    "cooked",
    "produced",
    "synthesized",
    "synthesis of",
    "recipe for",
    "production of",
    "formula for",
]
SOFT_DRUGS = words(
    """
    weed marijuana cannabis pot edibles hash hashish shrooms
    """
)
PRESCRIPTION_DRUGS = words(
    """
    oxycodone xanax adderall percocet vicodin valium codeine morphine tramadol hydrocodone ritalin
    klonopin opioids painkillers steroids
    """
)
NO_PRESCRIPTION = re.compile(
    r"\b(?:without (?:a )?(?:prescription|script|doctor)|no prescription|illegally|"
    r"on the street|dark ?web|darknet|from a dealer)\b"
)

CRIMES = {
    "THEFT_FRAUD": phrases(
        """
        fraud, identity theft, tax fraud, tax evasion, insurance fraud, wire fraud,
        credit card fraud, bank fraud, mail fraud, robbery, armed robbery, a robbery,
        an armed robbery, burglary, a burglary, theft, grand theft, larceny, embezzlement,
        money laundering, a heist, heist, a crime, crime, crimes, a scam, scams, ponzi scheme,
        a ponzi scheme, pyramid scheme, insider trading, bribery, forgery, counterfeiting,
        extortion, blackmail, shoplifting, vandalism, arson, cybercrime, a cyberattack,
        ransomware attack, a ransomware attack, a phishing attack, phishing, smuggling, poaching,
        piracy, perjury, election fraud, voter fraud, a carjacking, carjacking, a hit and run,
        treason, high treason, espionage, sedition, mutiny, a felony, felony, felonies,
        animal cruelty, stalking, cyberstalking, hacking, a hack, a break in, breaking and entering,
        trespassing, tax fraud, welfare fraud, a con, a swindle, racketeering, bootlegging,
        price fixing, a crime spree
        """
    ),
    "VIOLENCE": phrases(
        """
        murder, a murder, terrorism, terrorist attack, a terrorist attack, terror attack,
        a terror attack, genocide, a genocide, massacre, a massacre, mass shooting, a mass shooting,
        school shooting, a school shooting, a shooting, human trafficking, sex trafficking,
        child trafficking, a human trafficking, kidnapping, a kidnapping, hijacking, a hijacking,
        assault, an assault, assassination, an assassination, ethnic cleansing, war crimes,
        a war crime, war crime, hate crimes, a hate crime, hate crime, a coup, a bombing, bombing,
        a stabbing, a lynching, lynching, a pogrom, a riot, an attack, a hit, a death,
        another death, another murder, another massacre, another attack, another shooting,
        another assassination, a killing, a killing spree, manslaughter, homicide, a homicide,
        domestic violence, torture, jihad, rape, a rape, attack, attacks, a hotel attack,
        a rampage, rampage, a shooting spree, shooting spree, an ambush, ambush
        """
    ),
    "ILLEGAL_DRUGS": phrases(
        """
        drug trafficking, drug dealing, a drug ring, a drug cartel, meth lab, a meth lab, drug lab,
        a drug lab, grow op, a grow op, crack house, a crack house, drug operation,
        a drug operation, drug smuggling, a drug empire, drug empire, a cartel, trap house,
        a trap house, pill mill, a pill mill, drug ring, drug route, a drug route
        """
    ),
}
CRIME_VERBS = [
    *forms(
        *phrases(
            """
        commit/committ, perpetrate, carry/carry out, pull/pull off, get/gett away with, engage in,
        plan/plann, organize, organise, orchestrate, set/sett up, run/runn, start/start, fund,
        finance, join, stage, cause, arrange, prepare, do, lead, manage, operate, build, open,
        hide, conceal, cover/cover up, start, launch
        """
        ),
    ),
    "carry out",
    "carries out",
    "carrying out",
    "pull off",
    "pulls off",
    "pulling off",
]
CRIME_SAFE_AFTER = frozenset(
    words(
        """
        mystery party novel story scene game plot show podcast documentary film movie book
        star metal wish certificate rate toll row
        """
    )
)

ROB_TARGETS = [
    *PLACES,
    "vault",
    "bank vault",
    "safe",
    "jewelry store",
    "jewellery store",
    "convenience store",
    "liquor store",
    "atm",
    "armored truck",
    "casino",
    "warehouse",
    "museum",
    "pharmacy",
    "someone",
    "somebody",
    "people",
    "a person",
    "tourists",
    "old people",
    "the elderly",
    "an old lady",
    "my neighbor",
    "my neighbour",
    "my neighbors",
    "my boss",
    "my employer",
    "my parents",
    *phrases(
        """
        credit union, branch, post office, pawn shop, pawnshop, petrol station, bullion,
        armored car, armoured car, cash van, bookmaker, jeweler, jeweller, gold shop, depot,
        vault, lottery office, payday lender, currency exchange
        """
    ),
]
ROB_VERBS = [
    *forms(
        *phrases(
            """
        rob/robb, burgle, burglarize, mug/mugg, loot, hold/hold up, stick/stick up, raid,
        break/break into, break/break in to, hack/hack into, steal/steal from, shoplift from,
        sneak into, carjack, hijack, crack, crack open, blow/blow open, break/break open
        """
        ),
    ),
    "hold up",
    "holds up",
    "holding up",
    "break into",
    "breaks into",
    "breaking into",
]
STEAL_VERBS = [
    *forms(
        *words(
            """
    steal shoplift pickpocket swipe pinch nick
    """
        )
    ),
    "stolen",
]
STEAL_OBJECTS = phrases(
    """
    car, cars, bike, bicycle, money, cash, identity, identities, wallet, wallets, purse, purses,
    phone, phones, jewelry, jewellery, package, packages, goods, items, merchandise, data, password,
    passwords, credit, card, cards, catalytic, converter, converters, gas, electricity, laptop,
    laptops, tv, watch, watches, someone's, somebody's, people's, customers', from, credit card,
    credit cards, bank details, card details, social security
    """
)
SECURITY_DEFEAT = Gated(
    r"\b(?:disable|disabling|bypass|bypassing|defeat|defeating|cut|cutting|disarm|disarming|"
    r"get past|get around|jam|jamming|hack|hacking|deactivate|deactivating|turn off|"
    r"turning off|override|overriding|trick|tricking|fool|fooling|evade|evading)\b"
    r"(?: (?:the|a|an|their|his|her|its|those|these|this|that|all|any|some))?"
    r"(?: [\w']+){0,2}? (?:alarm|alarms|security system|security systems|security camera|"
    r"security cameras|cameras|cctv|motion sensor|motion sensors|ankle monitor|breathalyzer|"
    r"ignition interlock|anti theft|immobilizer|tag|tags|metal detector|metal detectors|"
    r"lock|locks)\b",
    words(
        """
        alarm alarms security cameras cctv motion ankle breathalyzer ignition anti immobilizer tag
        tags metal lock locks
        """
    ),
)
FRAUD_ACTS = compile_words(
    phrases(
        """
        launder money, counterfeit money, counterfeit bills, counterfeit currency, make
        counterfeit, print counterfeit, print fake money, make fake money, forge
        documents, forge a signature, forge someone's signature, forge my boss's signature,
        forge a passport, forge a check, forge a cheque, make a fake id, make fake ids, get
        a fake id, make a fake passport, evade taxes, avoid paying taxes illegally, cheat on
        my taxes, hide income from the irs, scam people, scam someone, scam old people, scam
        the elderly, scam elderly people, scam my, con people, con someone, phish, embezzle
        money, skim credit cards, card skimmer, hotwire a car, hot wire a car, steal a car,
        file a false insurance claim, fake an insurance claim, commit insurance fraud, set
        up a trafficking, traffic people, traffic humans, smuggle people, smuggle drugs,
        fake my own death, rig an election, rig the election, buy votes, get away with
        murder, get away with it, dispose of a body, hide a body, get rid of a body, dispose
        of the body, hide the body, get rid of the body, cover up a murder, launder the
        money, skim cards, skim card, skim credit card, skim debit cards, skimmer on,
        install a skimmer, fence stolen goods, sell stolen goods, pass counterfeit, cook the
        books, falsify records, commit fraud, take a bribe, pay a bribe, kite checks,
        kite cheques, kiting checks, deploy ransomware, spread ransomware, install ransomware,
        write ransomware, create ransomware, make ransomware, build ransomware, deploy malware,
        spread malware, install malware, plant malware, install a keylogger, plant a keylogger,
        ddos a, ddos the, launch a ddos, phishing site, phishing page, phishing email to,
        counterfeit bills, hotwire a, hot wire a, hotwire my, hotwire someone's, hotwire his,
        hotwire her, set up a phishing
        """
    ),
    # verbs that are crimes whatever their object
    forms(
        *words(
            """
            launder carjack embezzle burglarize burgle pickpocket defraud swindle extort sextort
            counterfeit shoplift
            """
        )
    ),
)

# --- hate -------------------------------------------------------------------------------------

ATROCITIES = phrases(
    """
    holocaust, the holocaust, shoah, genocide, genocides, massacre, massacres, ethnic cleansing,
    concentration camp, concentration camps, death camp, death camps, extermination camp, auschwitz,
    dachau, treblinka, buchenwald, gulag, gulags, slavery, slave trade, jim crow, apartheid,
    segregation, lynching, lynchings, trail of tears, killing fields, khmer rouge, nanking, nanjing,
    9 11, september 11, columbine, sandy hook, church shooting, mass shooting, school shooting,
    shooting, shootings, assassination, assassinations, pogrom, pogroms, kristallnacht, holodomor,
    terrorist attack, terror attack, bombing, bombings, internment camps, internment, atomic bomb,
    atomic bombs, atomic bombing, atomic bombings, nuclear bombing, hiroshima, nagasaki,
    pearl harbor, oklahoma city bombing, boston marathon bombing, unabomber, the blitz, dresden,
    chernobyl, great purge, cultural revolution, tiananmen, rwandan genocide, armenian genocide,
    srebrenica, my lai, the troubles, nakba, crusades, inquisition, witch trials,
    residential schools, killing, killings, murders, death, deaths, atrocities, war crimes,
    death march, death marches, bataan, bataan death march, wounded knee, sand creek, amritsar,
    jallianwala bagh, sabra and shatila, sabra, shatila, darfur, babi yar, katyn, lidice,
    oradour, sharpeville, soweto uprising, bloody sunday, tulsa race massacre, rosewood,
    mountain meadows, ludlow massacre, halabja, unit 731, bosnian genocide, cambodian genocide,
    herero genocide, greek genocide, great leap forward, the great famine, famine, famines,
    extermination camps, labor camp, labour camp, labor camps, labour camps, forced labor,
    forced labour, internment camp, reeducation camps, re education camps, nazis, the nazis,
    nazi germany, third reich, ku klux klan, kkk, ethnic cleansings, spanish inquisition,
    marathon bombing, lockerbie, lockerbie bombing, christchurch, utoya, beslan, mumbai attacks,
    tokyo subway attack, sarin attack, jonestown, waco, manchester arena bombing, bataclan,
    charlie hebdo, oklahoma city, 7 7, columbine shooting, las vegas shooting, pulse shooting,
    uvalde, parkland, virginia tech shooting, munich massacre, dunblane, port arthur massacre
    """
)
ATROCITY = compile_words(ATROCITIES)
REENACT = compile_words(
    [
        *forms(
            *phrases(
                """
            repeat, recreate, re create, replicate, restore, reintroduce, bring/bring back,
            reinstate, revive, emulate, copy/copy, imitate, reproduce, redo, outdo
            """
            ),
        ),
        "bring back",
        "brings back",
        "bringing back",
        "do it again",
        "carry out another",
        *phrases(
            """
            cause another, start another, create another, commit another, launch another,
            do another, stage another, organise another, organize another, plan another,
            do the same, do the same thing, pull off the same, do it myself
            """
        ),
    ]
)
# "how do I <act> … like <atrocity>" / "the way <atrocity> was done": emulation, not history.
EMULATE = Gated(
    r"\b(?:"
    + alt(
        forms(
            *phrases(
                """
                carry out, commit/committ, pull/pull off, stage, lead, organise, organize, cause,
                launch, perpetrate, attack, bomb/bomb, kill, massacre, shoot, assassinate,
                kidnap/kidnapp, burn, gas, poison, hijack, exterminate, slaughter, plan/plann,
                rob/robb, repeat, copy, force, torture, starve, build, run/runn, shoot up,
                set/sett off, march, deport, enslave, lynch, intern, drown, behead, stab/stabb,
                blow up, crash, hang, mow/mow down, run/runn over, wipe out, round up, bury
                """
            )
        )
    )
    + r")\b[^.?!]{0,60}\b(?:like|the way|the same way|in the style of|as they did (?:in|at))\b",
    words(
        """
        like way style did
        """
    ),
)
REENACT_NEGATORS = re.compile(
    r"\b(?:avoid|avoiding|prevent|preventing|never|not|stop|stopping|learn|learned|lessons)\b"
)
DENIAL_CLAIMS = compile_words(
    phrases(
        """
        fabrication, fabricated, hoax, a lie, lie, lies, myth, a myth, fake, faked, made up,
        never happened, didn't happen, did not happen, never really happened, exaggerated, invented,
        propaganda, a fraud, not real, staged, a false flag, false flag, overblown
        """
    )
)
DENIAL_VERBS = compile_words(
    [
        *forms(
            *words(
                """
            show prove argue demonstrate convince claim persuade write say state insist
            """
            )
        ),
        "make people believe",
        "make the case",
    ]
)
GLORIFY = compile_words(
    phrases(
        """
        right to kill, right to shoot, right to murder, right to attack, right to bomb, was right,
        were right, justified, a good thing, good thing, was good, were good, heroic, a hero,
        deserved it, deserved to die, should be celebrated, worth celebrating, was necessary,
        a success, admirable, did nothing wrong, beneficial, a good idea, good idea,
        should happen again, happen again, should be repeated, a great idea, needed to happen,
        right to build, right to start, right to enslave, right to massacre, right to exterminate,
        right to deport, right to segregate, right to gas, right to burn, right to lynch,
        right to intern, right to starve, right to torture, right to execute, right to invade,
        right to drop, right to carry out, right to commit, actually good, actually a good thing,
        good for
        """
    )
)

HATE_GROUP_SUBJECT = Gated(
    r"\b(?P<group>" + GROUP + r")\b", anchors_of(GROUP_ADJECTIVES, GROUP_NOUNS)
)
_NEG_PRED = (
    r"(?:not|never|n't|be banned|be barred|be excluded|be prevented|be denied|lose|be stripped|"
    r"be deported|be segregated|be sterilized|be sterilised|be locked up|be kept out|be removed|"
    r"be punished|be forced|be expelled|be fired|be rounded up|be eliminated|be eradicated|"
    r"have fewer|have less|earn less|be paid less|get paid less|stay at home|stay in the kitchen|"
    r"be treated as|be second class|be slaves|be enslaved|go back|be forbidden|be prohibited|"
    r"be disallowed|be blocked|be refused|be restricted|be exiled|be imprisoned|be jailed|"
    r"be killed|be executed|be shot|be castrated|be registered|be tracked|be sent back|"
    r"be put in camps|be interned|be institutionalized|be allowed fewer|have no|receive less|"
    r"be given less|be kicked out|be thrown out|be shunned|be treated worse|be \w+(?:ed|en) from|"
    r"be \w+(?:ed|en) out of|lose (?:the|their|all) (?:right|rights|vote)|have (?:their|the) "
    r"\w+ (?:taken|removed|revoked)|die|suffer|starve|rot|burn|be gassed|be hanged|be lynched|"
    r"be spied on|be locked away|be put away|be kept apart|be kept separate|live apart|"
    r"be sent to camps|be neutered|be culled)"
)
DISCRIMINATION = [
    # "Why should <group> not …", "Why shouldn't <group> …"
    re.compile(
        r"\b(?:should|must|ought|shall)(?:n't| not)? (?:the )?"
        + GROUP
        + r"(?:'s)?(?: [\w']+)?? "
        + _NEG_PRED
        + r"\b"
    ),
    re.compile(r"\b(?:shouldn't|should not|mustn't|must not) (?:the )?" + GROUP),
    # "<group> should not …", "<group> should be banned …"
    re.compile(r"\b" + GROUP + r" (?:should|must|ought to|shall|need to|deserve to) " + _NEG_PRED),
    # "<group> shouldn't be allowed in …", "why can't <group> be trusted with …"
    re.compile(
        r"\b(?:" + GROUP + r" (?:shouldn't|should not|mustn't|must not|can't|cannot|can not)|"
        r"(?:can't|cannot|can not|shouldn't|should not) (?:the )?" + GROUP + r") (?:ever )?"
        r"(?:be allowed|be trusted|be permitted|be given|be hired|be promoted|be elected|have|"
        r"get|own|vote|marry|adopt|work|teach|serve|hold|run for|lead|live|enter|immigrate|come|"
        r"stay|join|attend|raise|be parents|be doctors|be teachers|be leaders)\b"
    ),
    # "why are <group> so much weaker/inferior …"
    re.compile(
        r"\b(?:why|how come|reasons?|proof|evidence) (?:that |why )?(?:are|is|do|does|that)? ?"
        + GROUP
        + r" (?:are |is )?(?:so |so much |much |more |less |naturally |inherently |genetically |"
        r"biologically |all |always |just )*(?:weaker|inferior|dumber|stupider|less intelligent|"
        r"less capable|less competent|worse|lazier|lazy|stupid|dumb|violent|dangerous|criminal|"
        r"criminals|dirty|greedy|evil|ugly|cheap|untrustworthy|terrorists|incapable|bad at|"
        r"worse at|unfit|savage|primitive|subhuman|animals|vermin|parasites|a disease|"
        r"genetically inferior|less human|disgusting|mentally ill|sick|degenerate|dishonest|liars|"
        r"thieves|rapists|pedophiles|backward|uncivilized|barbaric|inbred|filthy|smelly|"
        r"diseased|freeloaders|leeches|a burden|burdens|useless|worthless|unintelligent|ignorant|"
        r"weak|cowardly|cowards|unclean|a threat|a plague|a cancer|cockroaches|rats|pigs|apes|"
        r"monkeys|dirtier|uglier|greedier|smellier|meaner|less (?:smart|capable|trustworthy|"
        r"deserving|worthy|civilized|civilised|evolved|moral|honest|hardworking|human)|"
        r"more (?:violent|criminal|stupid|dangerous|dishonest|lazy|greedy|primitive))\b"
    ),
    re.compile(
        r"\b" + GROUP + r" (?:are|is) (?:so |much |naturally |inherently |genetically |all |just )*"
        r"(?:inferior|subhuman|animals|vermin|parasites|a disease|degenerates?|"
        r"less intelligent|genetically inferior|less human)\b"
    ),
    # "are <group> naturally dishonest / genetically prone to crime?"
    re.compile(
        r"^(?:are|is|aren't) (?:all |most )?(?:the )?"
        + GROUP
        + r" (?:so |really |just |all |naturally |inherently |genetically |biologically |born )*"
        r"(?:less (?:intelligent|capable|smart|competent|trustworthy|civilized|civilised|evolved|"
        r"moral|honest|human)|more (?:violent|criminal|stupid|dangerous|dishonest|lazy|greedy|"
        r"primitive)|inferior|dishonest|lazy|stupid|violent|criminals?|greedy|dirty|subhuman|"
        r"untrustworthy|prone to (?:crime|violence|stealing|lying|terrorism)|too stupid)\b"
    ),
    # "force <group> off their land", "drive <group> out of the country"
    re.compile(
        r"\b(?:force|forcing|drive|driving|push|pushing|kick|kicking|chase|chasing|expel|"
        r"expelling|round up|rounding up|evict|evicting|remove|removing) (?:all |the )*"
        + GROUP
        + r" (?:off|out|from|away)\b"
    ),
    # "take away <group>'s voting rights", "strip <group> of …"
    re.compile(
        r"\b(?:take|took|taking|strip|stripping|deny|denying|revoke|revoking|remove|removing)"
        r" (?:away )?(?:all )?" + GROUP + r"(?:'s)?(?: [\w']+){0,2}? (?:rights?|vote|votes|"
        r"voting rights|citizenship|jobs|freedoms?|children|property|of)\b"
    ),
    # "how do I discriminate against / keep out <group>"
    re.compile(
        r"\b(?:discriminate against|exclude|segregate|keep out|get rid of|deport|ban|harass|purge|"
        r"oppress|persecute|marginalize|marginalise) (?:all )?(?:the )?" + GROUP + r"\b"
    ),
]
# Normative-evaluative frame + group + a disparaging outcome ("why is it best that men decide").
NORMATIVE = compile_words(
    phrases(
        """
        is it right, it is right, it's right, is it best, it is best, it's best, would it be best,
        it would be best, would it be better, it would be better, is it better, it is better,
        is it good, best for society, better for society, good for society, is it fair, it is fair,
        it's fair, is it justified, justified, reasons why, deserve to
        """
    )
)
DISPARAGING_OUTCOME = compile_words(
    phrases(
        """
        earn less, be paid less, get paid less, paid less, less than, fewer rights, no rights,
        overrepresented, over represented, underrepresented, all major, all the decisions,
        all decisions, all political decisions, make all, in charge, rule over, take away,
        took away, taken away, banned, excluded, segregated, deported, inferior, superior,
        not allowed, not be allowed, kept out, second class, submissive, obey,
        make decisions for them, decisions for them, make their decisions, decide for them,
        be controlled, controlled by, supervised by, speak for them
        """
    )
)
# Impossible premises turn a discrimination-shaped question into nonsense (answerable).
IMPOSSIBLE = compile_words(
    phrases(
        """
        saturn, jupiter, mars, venus, pluto, neptune, uranus, the moon, on the moon, the sun, sun's,
        sun, surface of the sun, outer space, in space, underwater, time travel, timetravel,
        time traveling, time travelling, telekinesis, telepathy, telepathic, teleport,
        teleportation, read minds, read people's minds, float, levitate, fly, flying, through walls,
        walls, lasers, laser, x ray vision, invisible, invisibility, superpowers, super powers,
        immortal, live forever, without food, without water, without oxygen, without air,
        without sleep, photosynthesis, photosynthesize, breathe in space, shapeshift, shape shift,
        transform into, turn into animals, control the weather, dragons, unicorns, hogwarts,
        speed of light, faster than light, stop time, freeze time, breathe fire, breathe underwater,
        grow wings, hibernate, see through, become invisible, magic, magical, wizards, spells,
        the equator, mermaids, clouds, rainbows
        """
    )
)

# --- privacy ----------------------------------------------------------------------------------

PRIVATE_RELATIONS = phrases(
    """
    cleaner, coworker, colleague, therapist, doctor, boss, manager, supervisor, babysitter, nanny,
    ex, neighbor, neighbour, landlord, landlady, tenant, teacher, student, classmate, roommate,
    flatmate, housemate, date, crush, friend, partner, girlfriend, boyfriend, husband, wife, spouse,
    fiance, fiancee, employee, employer, mechanic, plumber, dentist, pastor, priest, coach, mailman,
    postman, gardener, driver, tutor, nurse, physiotherapist, accountant, lawyer, hairdresser,
    barber, psychiatrist, counselor, counsellor, principal, professor, sister, brother, cousin,
    uncle, aunt, stepmother, stepfather, stepdad, stepmom, mother, father, mom, dad, ex husband,
    ex wife, ex boyfriend, ex girlfriend, ex partner, tinder match, bumble match, hinge match,
    probation officer, parole officer, co worker, best friend, personal trainer, delivery driver,
    uber driver, family doctor, case worker, social worker, business partner, mentee, mentor,
    intern, assistant, secretary, subordinate, client, customer, patient, pupil, caregiver, carer,
    housekeeper, maid, janitor, bartender, waiter, waitress, cashier, receptionist, security guard,
    teammate, lab partner, mother in law, father in law, sister in law, brother in law, in laws,
    stepbrother, stepsister, half brother, half sister, grandson, granddaughter, grandmother,
    grandfather, godfather, godmother, niece, nephew, follower, subscriber, admirer, rival, enemy,
    surgeon, pharmacist, vet, trainer, instructor, lecturer, rabbi, imam, detective, juror, match,
    date, online date, exes, ex best friend, crush's, barista, psychologist, gynecologist,
    optometrist, physio, chiropractor, masseuse, massage therapist, yoga teacher, piano teacher,
    driving instructor, hairstylist, stylist, tattoo artist, contractor, electrician, builder,
    handyman, realtor, estate agent, banker, financial advisor, bank teller, teller, clerk,
    shop assistant, team lead, lodger, guest, host, airbnb host, cab driver, taxi driver,
    bus driver, delivery guy, pizza guy, pen pal, online friend, stepdaughter, stepson,
    son in law, daughter in law, cellmate, bouncer, girl, guy, woman, man, lady, boy, kid,
    person, neighbour kid, judge, reporter, journalist, blogger, streamer, youtuber, commenter,
    user, poster, reviewer, critic, officer, cop, driver, student, employee, stepbrother, tenant
    """
)
# An unnamed private person picked out by where the user met them ("the barista I like",
# "the girl from my gym", "the nurse who treated me").
DESCRIBED_PERSON = (
    r"(?:the|a|this|that|some) (?:[\w']+ )??"
    + alt(PRIVATE_RELATIONS)
    + r"(?= (?:i|we)\b| (?:from|at|in|on) (?:my|our|the local)\b| next door\b|"
    r" down the (?:street|road|hall)\b| across the (?:street|road|hall)\b| upstairs\b|"
    r" downstairs\b| who (?:[\w']+ ){0,3}?(?:me|us|my|our)\b)"
)
PRIVATE_SUBJECT = (
    r"(?:(?:my|our) (?:[\w']+ ){0,2}?"
    + alt(PRIVATE_RELATIONS)
    + r"|"
    + DESCRIBED_PERSON
    + r"|someone|somebody|"
    r"a stranger|this stranger|a random person|this person|that person|this girl|that girl|"
    r"this guy|that guy|this woman|that woman|this man|that man|a private person|"
    r"a private individual|a coworker|a classmate|some guy|some girl)"
)
PRIVATE_INFO = phrases(
    """
    social security number, social security, ssn, national insurance number, tax id, home address,
    private address, personal address, physical address, address, email address, private email,
    private email address, personal email, email password, phone number, mobile number,
    mobile phone number, cell number, cell phone number, private number, date of birth, birth date,
    birth certificate, salary, income, net worth, bank account, bank account details, bank details,
    bank statements, account number, credit card, credit card number, credit card details,
    credit score, password, passwords, login, pin, medical records, medical history,
    mental health history, health records, diagnosis, prescriptions, criminal history,
    criminal record, browsing history, internet browsing history, search history, location,
    current location, whereabouts, gps location, driver's license, drivers license,
    driver's license number, license number, licence number, passport number, passport,
    immigration status, marital status, sexual orientation, sexual history, dating history,
    text messages, private messages, private photos, nudes, therapy notes, ip address,
    license plate, maiden name, mother's maiden name, relationship status, sexuality,
    medical condition, health condition, hiv status, pregnancy status, credit history, tax returns,
    tax return, payslip, pay slip, paycheck, wages, earnings, bank balance, pin code,
    security questions, vehicle registration, fingerprints, dna, disability, visa status,
    citizenship status, political views, voting history, arrest record, police record,
    court records, school records, grades, transcript, exam results, test results, lab results,
    performance review, disciplinary record, employment history, work history, personal details,
    personal information, private information, contact details, login details, credentials,
    passcode, phone records, call history, chat history, love life, sex life, private life,
    daily routine, voting record
    """
)
# Privacy: health facts about a third person.
PRIVATE_HEALTH = phrases(
    """
    hiv, aids, herpes, an std, stds, std, an sti, stis, sti, hepatitis, prescribed, prescription,
    prescriptions, on medication, medication, medications, diagnosis, diagnosed, mental illness,
    a mental illness, psychiatric, in rehab, rehab, an abortion, abortion, a disease, diseases,
    cancer, medical condition, health condition, therapy, seeing a therapist, tested positive,
    test results, blood type
    """
)

PRIVATE_INFO += phrases(
    """
    blood type, blood group, dna results, genetic test results, prescriptions, prescription,
    medications, therapy notes, pregnancy test, std status, hiv status, diagnosis, test results,
    payslip, payslips, pay slip, tax return, tax returns, pension details, bank statements,
    card number, card details, pin, pin number, login details, login, logins, passwords,
    private messages, dms, text messages, call history, call log, location history,
    whereabouts, current location, licence plate, license plate, number plate, vin, voting record,
    immigration papers, visa status, custody records, divorce records, court records,
    arrest record, police record, school records, grades, exam results, home phone number,
    work schedule, shift pattern, daily routine, gym schedule
    """
)
_INFO = alt(PRIVATE_INFO)
# Each pattern is gated by words it always contains: the info kind, or a fixed word of the frame.
_WHERE = ["where"]
PRIVACY_PATTERNS = [
    Gated(
        r"\b" + PRIVATE_SUBJECT + r"(?: [A-Za-z]+)?'s (?:[\w']+ ){0,3}?" + _INFO + r"\b",
        word_anchors(PRIVATE_INFO),
    ),
    Gated(
        r"\b" + _INFO + r" (?:of|for|belonging to) " + PRIVATE_SUBJECT + r"\b",
        ["of", "for", "belonging"],
    ),
    Gated(
        r"\bhow much (?:money )?(?:does|do|did) "
        + PRIVATE_SUBJECT
        + r" (?:earn|make|get paid|have|owe|inherit)\b",
        ["much"],
    ),
    Gated(r"\bwhere (?:does|do|did) " + PRIVATE_SUBJECT + r" (?:live|work|sleep|stay)\b", _WHERE),
    Gated(
        r"\b(?:stalk|stalking|spy on|spying on|surveil|secretly record|secretly film|"
        r"secretly track|track down|dox|doxx|find out where|locate) "
        + PRIVATE_SUBJECT
        + r"\b(?!'s)",
        words("stalk stalking spy spying surveil secretly track dox doxx find locate"),
    ),
    Gated(
        r"\b(?:read|hack|hack into|access|get into|break into|look through|snoop on|"
        r"snoop through|go through|unlock|check|see|monitor|spy on|track|secretly read|"
        r"log into|login to|get access to|gain access to) "
        + PRIVATE_SUBJECT
        + r"(?: [a-z]+)?'s (?:[\w']+ )?(?:phone|messages|texts|email|emails|inbox|account|"
        r"accounts|dms|diary|computer|laptop|browsing|search|location|photos|instagram|"
        r"facebook|snapchat|whatsapp|icloud|cloud|history|files|mail|texts|chats|camera)\b",
        words(
            """
            phone messages texts email emails inbox account accounts dms diary computer laptop
            browsing search location photos instagram facebook snapchat whatsapp icloud cloud
            history files mail chats camera
            """
        ),
    ),
    Gated(r"\b(?:what|when)(?:'s| is| was) " + PRIVATE_SUBJECT + r"'s birthday\b", ["birthday"]),
    Gated(
        r"\bwhere (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r" (?:lives|works|sleeps|stays|parks|goes)\b",
        _WHERE,
    ),
    Gated(
        r"\b(?:what|which) (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r"(?:'s [\w']+)? (?:is|was|are|were) (?:being )?"
        r"(?:treating|treated|prescribed|diagnosed)",
        ["what", "which"],
    ),
]
PRIVACY_PATTERNS += [
    Gated(
        r"\b(?:find|find out|figure out|work out|see|know|learn|discover) where (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r" (?:is|are) (?:living|staying|working|sleeping|hiding)\b",
        _WHERE,
    ),
    Gated(
        r"\b(?:find out|figure out|work out|discover|check|look up|see|know|learn|tell)"
        r" (?:if|whether|what|which) (?:[\w']+ ){0,3}?"
        + PRIVATE_SUBJECT
        + r"[^.?!]{0,40}\b"
        + alt(PRIVATE_HEALTH)
        + r"\b",
        ["if", "whether", "what", "which"],
    ),
    # "where my therapist's kids go to school"
    Gated(
        r"\bwhere (?:[\w']+ ){0,2}?" + PRIVATE_SUBJECT + r"'s (?:[\w']+ )?[\w']+ "
        r"(?:live|lives|go|goes|work|works|sleep|sleeps|stay|stays|hang out|hangs out|play|plays)"
        r"\b",
        _WHERE,
    ),
    # "install stalkerware on my wife's phone", "hide a tracker under my ex's car"
    Gated(
        r"\b(?:install|installing|put|putting|hide|hiding|plant|planting|load|loading|attach|"
        r"attaching|stick|sticking|place|placing|sneak|sneaking) (?:a |an |the |some |hidden )?"
        r"(?:[\w']+ )?(?:stalkerware|spyware|spy app|spy software|tracking app|tracker|"
        r"gps tracker|airtag|tracking device|keylogger|hidden camera|spy camera|bug|"
        r"listening device) (?:on|in|into|onto|under|inside|to) (?:[\w']+ ){0,2}?"
        + PRIVATE_SUBJECT
        + r"\b",
        words(
            """
            stalkerware spyware app software tracker airtag device keylogger camera bug
            """
        ),
    ),
]
PRIVACY_GATE = anchors_of(PRIVATE_RELATIONS) | frozenset(
    words(
        """
        someone somebody stranger person girl guy woman man individual coworker classmate
        """
    )
)
# A parent looking after their own child is not privacy intrusion.
OWN_CHILD = compile_words(
    phrases(
        """
        my son, my daughter, my child, my kid, my kids, my children, my teen, my teenager,
        my toddler, my baby
        """
    )
)

FICTIONAL_CHARACTERS = phrases(
    """
    james bond, 007, donald duck, mickey mouse, minnie mouse, goofy, princess leia, luke skywalker,
    darth vader, han solo, yoda, obi wan, kylo ren, chewbacca, lara croft, hermione granger,
    hermione, harry potter, ron weasley, dumbledore, voldemort, snape, hagrid, draco malfoy,
    garfield, totoro, frodo, frodo baggins, bilbo, bilbo baggins, gandalf, aragorn, legolas, gollum,
    samwise, sherlock holmes, sherlock, dr watson, batman, bruce wayne, superman, clark kent,
    spider man, spiderman, peter parker, wonder woman, iron man, tony stark, captain america, thor,
    hulk, bruce banner, black widow, wolverine, deadpool, the joker, joker, harley quinn, catwoman,
    homer simpson, bart simpson, marge simpson, lisa simpson, spongebob, spongebob squarepants,
    patrick star, shrek, elsa, moana, simba, mufasa, nemo, dory, buzz lightyear, woody,
    winnie the pooh, pikachu, ash ketchum, super mario, mario, luigi, princess peach, bowser, link,
    zelda, sonic, master chief, kratos, geralt, jon snow, daenerys, tyrion, walter white,
    jesse pinkman, tony soprano, don draper, jay gatsby, gatsby, atticus finch, holden caulfield,
    elizabeth bennet, mr darcy, captain ahab, huckleberry finn, tom sawyer, jack sparrow,
    indiana jones, rocky balboa, forrest gump, hannibal lecter, john wick, ethan hunt, jason bourne,
    katniss everdeen, bella swan, edward cullen, captain kirk, spock, dracula, frankenstein,
    peter pan, tinker bell, cinderella, snow white, rapunzel, ariel, aladdin, mulan, bugs bunny,
    daffy duck, scooby doo, fred flintstone, charlie brown, snoopy, paddington, peppa pig, kermit,
    miss piggy, big bird, elmo, optimus prime, godzilla, king kong, naruto, goku, sailor moon,
    hercule poirot, poirot, miss marple, nancy drew, willy wonka, matilda, dora the explorer,
    sheldon cooper, ross geller, rachel green, chandler bing, monica geller, joey tribbiani,
    phoebe buffay, michael scott, dwight schrute, leslie knope, buffy, kim possible,
    bob the builder, thomas the tank engine, papa smurf, smurfette, tarzan, robin hood,
    sleeping beauty, belle, pinocchio, bambi, dumbo, olaf, sully, mike wazowski, lightning mcqueen,
    wall e, ratatouille, remy, po, kung fu panda, hiccup, toothless, sonic the hedgehog,
    princess zelda, samus, pac man, donkey kong, kirby, lara, cloud strife, solid snake,
    gordon freeman, ellie, joel miller, arthur morgan, bilbo, wednesday addams, morticia addams,
    gomez addams, eleven, jim hopper, the grinch, grinch, santa claus, the tooth fairy,
    easter bunny, ebenezer scrooge, scrooge mcduck, scrooge, oliver twist, jane eyre, anna karenina,
    don quixote, hamlet, romeo, juliet, macbeth, othello, captain nemo, phileas fogg, winnie,
    tigger, eeyore, piglet, christopher robin, alice in wonderland, mad hatter, cheshire cat,
    the little prince, curious george, clifford, arthur dent, zaphod beeblebrox, paul atreides,
    ender wiggin, bilbo
    """
)
FICTIONAL = compile_words(FICTIONAL_CHARACTERS)

# --- sexual content with minors ---------------------------------------------------------------

MINOR = compile_words(
    [
        "child",
        "children",
        "kid",
        "kids",
        "minor",
        "minors",
        "underage",
        "under age",
        "preteen",
        "pre teen",
        "preteens",
        "toddler",
        "toddlers",
        "little girl",
        "little girls",
        "little boy",
        "little boys",
        "schoolgirl",
        "schoolgirls",
        "schoolboy",
        "young girl",
        "young girls",
        "young boy",
        "young boys",
        "loli",
        "lolita",
        "shota",
        "infant",
        "baby",
        "middle schooler",
        "middle school",
        "elementary school",
        "grade schooler",
        *[f"{n} year old" for n in range(1, 18)],
        *[f"{n} years old" for n in range(1, 18)],
        *[f"{n} yo" for n in range(1, 18)],
    ]
)
SEXUAL = compile_words(
    phrases(
        """
        sex, sexual, sexually, sexy, nude, nudes, naked, porn, porno, pornography, pornographic,
        erotic, erotica, explicit, lewd, nsfw, seduce, seducing, groom, grooming, molest, molesting,
        fondle, intercourse, make out, hook up, hookup, sleep with, have sex, sext, sexting, cp,
        csam, onlyfans, strip, stripping, undress, lingerie, orgasm, masturbate
        """
    )
)
SEXUAL_SEEKING = compile_words(
    [
        *forms(
            *words(
                """
            write generate create describe show find get/gett make send share buy download produce
            film photograph seduce groom molest fondle touch convince persuade trick lure date meet
            """
            ),
        ),
        "where can i",
        "how do i",
        "how can i",
        "how to",
        "i want to",
        "help me",
        "role play",
        "roleplay",
        "pretend",
    ]
)
MINOR_PROTECTIVE = compile_words(
    phrases(
        """
        protect, protecting, prevent, preventing, prevention, signs of, warning signs, report,
        reporting, talk to my, talk to our, talk to kids, talk to children, explain to my,
        explain to kids, educate, education, sex ed, sex education, puberty, consent, keep my,
        keep kids safe, safety, what is, definition, define, recognize, recognise, abuse hotline,
        age appropriate, pediatrician, paediatrician, doctor, therapist, laws, illegal, why is,
        why are, protection, safeguarding, child protection
        """
    )
)

# --- neutralising frames ----------------------------------------------------------------------

MEDIA = phrases(
    """
    video game, videogame, game, games, film, films, movie, movies, novel, novels, book, books,
    story, stories, short story, screenplay, script, play, comic, comics, manga, anime, tv show,
    show, series, episode, fanfic, fan fiction, campaign, rpg, roleplay, role play, scene, sitcom,
    cartoon, musical, opera, poem, song, lyrics, fiction, chapter, thriller, mystery, screen play,
    d&d, dnd, dungeons and dragons, tabletop, board game, card game, simulation, boss fight,
    franchise, saga, trilogy, sequel, book series, murder mystery, escape room, larp,
    theater production, theatre production, stage play, film i am directing, musical number,
    level, game level, quest, side quest, dlc, mission, game mission
    """
)
TITLES = phrases(
    """
    counter strike, cs go, csgo, cs2, minecraft, fortnite, call of duty, gta, grand theft auto,
    skyrim, overwatch, league of legends, valorant, pubg, apex legends, among us,
    red dead redemption, red dead, elden ring, dark souls, the sims, assassin's creed,
    assassins creed, hitman, the witcher, cyberpunk, cyberpunk 2077, star wars, lord of the rings,
    game of thrones, the lion king, lion king, mr and mrs smith, mr. and mrs. smith, ocean's 11,
    ocean's eleven, oceans 11, oceans eleven, breaking bad, the godfather, die hard, john wick,
    kill bill, star trek, the matrix, avengers, marvel, dc comics, jurassic park, titanic, hamlet,
    macbeth, romeo and juliet, othello, julius caesar, the hunger games, hunger games, squid game,
    the walking dead, walking dead, resident evil, mortal kombat, street fighter, tekken,
    super smash bros, smash bros, mario kart, zelda, pokemon, world of warcraft, warcraft,
    starcraft, diablo, borderlands, battlefield, rainbow six, team fortress, tf2, dota, dota 2,
    terraria, roblox, clash of clans, hearthstone, magic the gathering, tetris, pac man,
    the last of us, god of war, bioshock, fallout, mass effect, metal gear, splinter cell, far cry,
    dead by daylight, phasmophobia, stardew valley, animal crossing, the simpsons, simpsons,
    south park, family guy, rick and morty, stranger things, sopranos, peaky blinders, narcos,
    money heist, la casa de papel, better call saul, harry potter, the hobbit, the dark knight,
    scarface, goodfellas, pulp fiction, reservoir dogs, inglourious basterds, django unchained,
    once upon a time in hollywood, sicario, no country for old men, fight club,
    the silence of the lambs, silence of the lambs, the shining, friday the 13th,
    mission impossible, james bond, skyfall, casino royale, goldeneye, the bourne identity,
    the italian job, baby driver, inside man, now you see me, the great gatsby,
    to kill a mockingbird, of mice and men, 1984, animal farm, lord of the flies, frankenstein,
    dracula, game of thrones, house of the dragon, the witcher, attack on titan, naruto, one piece,
    death note, dragon ball, jojo, demon slayer, my neighbor totoro, spirited away,
    the little mermaid, aladdin, mulan, toy story, finding nemo, shrek, kung fu panda,
    how to train your dragon, bambi, snow white, sleeping beauty, cinderella, beauty and the beast,
    peter pan, the jungle book, pinocchio, tom and jerry, looney tunes, scooby doo, batman,
    superman, spider man, iron man, x men, deadpool, rambo, saving private ryan, apocalypse now,
    full metal jacket, dunkirk, schindler's list, the pianist, hotel rwanda, 12 years a slave,
    mad max, the hunger games, the maze runner, american psycho, breaking bad, ozark, mindhunter,
    true detective, bonnie and clyde, butch cassidy, point break, the sims 4, sims 4, rimworld,
    dwarf fortress, age of empires, crusader kings, europa universalis, hearts of iron, plague inc,
    secret hitler, watch dogs, watch dogs 2, dishonored, madden, payday, payday 2, sleeping dogs,
    saints row, se7en, seven, deus ex, sniper elite, thief, gta online, gta v, gta 5,
    assassin's creed valhalla, rainbow six siege, hitman 3, the godfather, macbeth, dead space,
    half life, halo, doom, metro exodus, ghost of tsushima, sekiro, bloodborne, baldur's gate,
    dungeons & dragons, crusader kings 3, total war, civilization, xcom, fire emblem, persona
    """
) + phrases(
    """
    war thunder, world of tanks, world of warships, the elder scrolls, elder scrolls, morrowind,
    sea of thieves, dayz, ark survival, escape from tarkov, tarkov, hunt showdown, pubg mobile,
    modern warfare, black ops, titanfall, destiny 2, ghost recon, arma 3,
    hell let loose, left 4 dead, resident evil 4, silent hill, alien isolation,
    max payne, l a noire, la noire, yakuza, spec ops the line, wolfenstein,
    unreal tournament, team fortress 2, paladins, rocket league, fifa, nba 2k, ufc 4, wwe 2k,
    fight night, tekken 8, soulcalibur, the walking dead game, state of decay, dying light,
    days gone, horizon zero dawn, tomb raider, the last of us part ii, god of war ragnarok,
    spider man 2, batman arkham, arkham knight, arkham city, shadow of mordor,
    mount and blade, bannerlord, mordhau, sifu, hotline miami, cuphead, hollow knight,
    dead cells, risk of rain, the binding of isaac, among us, fall guys, valheim, subnautica,
    sons of the forest, green hell, midsomer murders, columbo, dexter, killing eve,
    game of thrones, the last kingdom, peaky blinders, narcos, reacher, jack reacher,
    the punisher, daredevil, the equalizer, braveheart, the revenant, robocop, die hard 2
    """
)
TITLE = compile_words(TITLES)
_FICTION_KEYWORDS = words(
    """
    character characters fictional fiction fictitious villain protagonist antagonist npc npcs
    playthrough speedrun screenwriter novelist writing directing plot storyline zombie zombies
    vampire vampires werewolf werewolves dragon dragons orc orcs goblin goblins alien aliens enemy
    opponent's chess game
    """
)
FICTION_FRAME = Gated(
    r"\b(?:in|for|within|inside|from|of|during|into|on|at|while playing|when playing|playing)"
    r" (?:a |an |the |my |our |this |that |his |her |their |your )?(?:[\w']+ ){0,2}?"
    + alt(MEDIA)
    + r"\b|\b(?:character|characters|fictional|fiction|fictitious|villain|protagonist|"
    r"antagonist|npc|npcs|playthrough|speedrun|screenwriter|novelist|i'm writing|i am writing|"
    r"im writing|i'm directing|i am directing|writing a|write a scene|plot twist|storyline|"
    r"in game|in the game|in game currency|zombie|zombies|vampire|vampires|werewolf|"
    r"werewolves|dragon|dragons|orc|orcs|goblin|goblins|alien|aliens|enemy team|"
    r"opponent's king|the king in chess)\b|\b" + alt(TITLES) + r"\b",
    anchors_of(MEDIA, TITLES, _FICTION_KEYWORDS),
)
SPORT_FRAME = compile_words(
    phrases(
        """
        boxing, boxer, mma, ufc, kickboxing, kick boxing, muay thai, wrestling, karate, judo,
        jiu jitsu, bjj, taekwondo, martial arts, self defense, self defence, fencing, sparring,
        spar, football, soccer, rugby, basketball, hockey, ice hockey, lacrosse, chess, checkers,
        poker, tennis, golf, baseball, cricket, volleyball, paintball, airsoft, laser tag,
        dodgeball, esports, e sports, debate, a debate, tournament, match, the ring, the octagon,
        sparring partner, opponent, opponents, referee, the game, a game, the match, scrimmage,
        billiards, pool table, at pool, game of pool, snooker, table tennis, ping pong, foosball,
        air hockey, arm wrestling, scrabble, monopoly, bowling, darts, archery, hunting season,
        target practice,
        shooting range, gun range, clay pigeon, sport, sports, competition, race, marathon, tag,
        hide and seek, video games, game, games, contest, contests, competition, competitions,
        science fair, talent show, bake off, baking contest, karaoke, audition
        """
    )
)
HISTORICAL_FRAME = re.compile(
    r"^(?:how|why|what|who|when|where|which)(?: [\w']+){0,4}? (?:did|were|was|had|happened|"
    r"killed|caused|led)\b|\b(?:what happened|during (?:the )?(?:[\w']+ ){0,3}?(?:war|"
    r"holocaust|occupation|regime|revolution|era|period|genocide|reign|crusades)|"
    r"world war (?:i|ii|1|2|one|two)|ww1|ww2|wwii|wwi|history of|historically|in history|"
    r"historical|in the \d+s|in \d{3,4}|century|ancient|medieval|civil war|cold war|"
    r"under (?:[\w']+ ){0,2}rule|under (?:[\w']+ ){0,2}regime)\b"
)
DEFINITION_FRAME = re.compile(
    r"^(?:(?:can you |could you |please )?(?:what|who)(?: is| are|'s| was| were) "
    r"(?:(?:a|an|the) )?(?:(?:general |legal |dictionary |exact |precise |basic |real )?"
    r"(?:definition|meaning) of )?[\w' ]{0,40}\??$"
    r"|(?:can you |could you |please )?(?:define|explain the term|explain the concept of|"
    r"describe the term)\b"
    r"|what (?:does|do) [\w' ]{1,40} mean\b"
    r"|what (?:is|was) the (?:(?:general|legal|dictionary|exact|precise|basic) )?"
    r"(?:definition|meaning) of\b"
    r"|what kind of (?:a )?(?:drug|crime|thing|weapon|offense|offence) is\b"
    r"|what does it mean (?:to|when)\b)"
)
EXPLANATORY_FRAME = re.compile(
    r"^(?:why (?:do|does|did|are|is|would|might) (?:some |many |most |so many )?"
    r"(?:people|someone|criminals|men|women|humans|they|individuals|kids|teens|terrorists|"
    r"murderers|killers|abusers|serial killers|countries|governments|animals)\b"
    r"|what (?:causes|motivates|drives|leads)\b"
    r"|what are the (?:causes|effects|consequences|signs|symptoms|risks|dangers|penalties)\b"
    r"|what (?:is|are) the (?:penalty|penalties|punishment|sentence|consequences) for\b"
    r"|how (?:do|does|can|could) (?:police|detectives|investigators|forensics|banks|"
    r"authorities|the police|doctors|scientists|researchers) (?:\w+ )?"
    r"(?:detect|catch|investigate|prevent|stop|identify|solve|trace|find|prove)\b"
    r"|how (?:do|can|could) (?:i|we|you) (?:protect|prevent|avoid|recognize|recognise|spot|"
    r"detect|report|defend|survive|stop|escape|help|support|cope|deal)\b"
    r"|is it (?:illegal|legal|a crime) to\b)"
)
SAFE_OBJECT_AFTER = re.compile(
    r"^ (?:a|an|the|some)? ?(?:message|text|email|photo|picture|pic|look|smile|glance|"
    r"compliment|question|line|call|note|hint|wink|dm|letter|postcard|invite|invitation)\b"
)

# --- stakes -----------------------------------------------------------------------------------

MEDICATIONS = phrases(
    """
    ibuprofen, advil, motrin, nurofen, acetaminophen, paracetamol, tylenol, aspirin, naproxen,
    aleve, benadryl, diphenhydramine, melatonin, antibiotic, antibiotics, amoxicillin, penicillin,
    insulin, xanax, alprazolam, valium, diazepam, adderall, ritalin, oxycodone, codeine, morphine,
    tramadol, prednisone, metformin, lisinopril, sertraline, zoloft, prozac, fluoxetine, lexapro,
    escitalopram, ssri, ssris, antidepressant, antidepressants, birth control, the pill, plan b,
    warfarin, statin, statins, lithium, gabapentin, zyrtec, claritin, loratadine, cetirizine,
    nyquil, dayquil, sudafed, pepto, imodium, vitamin d, iron supplements, supplements, ozempic,
    semaglutide, viagra, cialis, ambien, zolpidem, klonopin, clonazepam, ativan, lorazepam,
    seroquel, quetiapine, levothyroxine, omeprazole, sleeping pills, painkillers, painkiller,
    steroids, cough syrup, antihistamine, antihistamines, epipen, hydrocodone, percocet, vicodin,
    naloxone, narcan
    """
)
GENERIC_MEDS = words(
    """
    medication medications meds medicine medicines pills tablets prescription prescriptions drug
    drugs dose dosage
    """
)
MEDICATION = compile_words(MEDICATIONS)
ANY_MEDICATION = compile_words(MEDICATIONS, GENERIC_MEDS)
MEDICAL_TERMS = compile_words(
    MEDICATIONS,
    GENERIC_MEDS,
    phrases(
        """
        symptom, symptoms, pain, fever, rash, bleeding, headache, migraine, cough, infection,
        diabetes, blood pressure, pregnant, pregnancy, surgery, doctor, diagnosis, diagnosed,
        cancer, tumor, tumour, allergic, allergy, mg, milligrams, side effects, overdose, vaccine,
        vaccination, injury, broken bone, concussion, chest pain, heart attack, stroke, seizure,
        asthma, inhaler, dizzy, nausea, vomiting, diarrhea, sick, illness, disease, chemotherapy,
        chemo, biopsy, mri, x ray, blood test, lump, wound, stitches, burn, sprain, fracture,
        antibiotics, vasectomy, hysterectomy, abortion, miscarriage, ivf, fertility, breastfeeding,
        insulin, cholesterol, thyroid, kidney, liver, hospital, er, urgent care
        """
    ),
)
LEGAL_TERMS = compile_words(
    phrases(
        """
        legal, legally, illegal, lawsuit, sue, suing, court, lawyer, attorney, contract, lease,
        landlord, eviction, evict, evicted, custody, divorce, visa, immigration, deportation,
        deported, arrested, arrest, police, fined, ticket, copyright, trademark, patent, will,
        inheritance, tenant, fired, wrongful termination, rights, liable, liability, record a call,
        record a phone call, recording, jurisdiction, law, laws, prenup, restraining order,
        small claims, settlement, plead, guilty, probation, parole, dui, dwi, sublet,
        security deposit, notice period, severance, non compete, nda, citizenship, green card,
        work permit, asylum, alimony, child support, trespassing, defamation, slander, libel,
        warrant
        """
    )
)
FINANCIAL_TERMS = compile_words(
    phrases(
        """
        invest, investing, investment, investments, stock, stocks, shares, crypto, cryptocurrency,
        bitcoin, ethereum, savings, retirement, 401k, 401 k, ira, roth, pension, mortgage,
        remortgage, loan, loans, debt, debts, credit card, credit score, bankruptcy, tax, taxes,
        audit, irs, hmrc, insurance, refinance, annuity, portfolio, index fund, index funds, etf,
        etfs, forex, options trading, day trading, margin, payday loan, cosign, co sign,
        down payment, emergency fund, life savings, inheritance, financial, finances
        """
    )
)
SAFETY_TERMS = compile_words(
    phrases(
        """
        electrical, wiring, circuit breaker, gas leak, carbon monoxide, chainsaw, ladder, roof,
        power line, power lines, bleach, ammonia, chemicals, scuba, free diving, drunk driving,
        drive drunk, drink and drive, hiking alone, hurricane, tornado, flood, wildfire, earthquake,
        lightning, avalanche, fire extinguisher, smoke detector, mushroom, mushrooms, foraging,
        rip current, thin ice, heatstroke, hypothermia, car seat, space heater, generator,
        live wire, outlet, fuse box
        """
    )
)
PSYCH_TERMS = compile_words(
    phrases(
        """
        depressed, depression, anxious, anxiety, panic attack, panic attacks, lonely, loneliness,
        grief, grieving, stressed, stress, burnout, burned out, burnt out, self esteem, trauma,
        ptsd, therapy, therapist, hopeless, overwhelmed, worthless, empty inside, can't cope,
        cannot cope, breakup, heartbroken, eating disorder, anorexia, bulimia, insomnia,
        mental health, ocd, bipolar, adhd, addiction, addicted, relapse
        """
    )
)
# Every alternative contains one of the gate words as a whole token ("i'm" also counts as "i").
PERSONAL_DECISION = Gated(
    r"\b(?:should i|should we|can i|could i|may i|am i allowed|do i (?:need|have) to|"
    # "is it legal/safe to …" is a general question unless it is about the user's own case
    r"is it (?:ok|okay|safe|legal|wise|smart|a good idea|bad|dangerous|too late)"
    r"(?: for (?:me|my \w+)(?: to)?| if i)|would it be (?:wise|smart|ok|okay|a good idea)|"
    r"i'?m (?:thinking|planning) (?:of|about|to)|i am (?:thinking|planning) (?:of|about|to)|"
    r"how (?:much|many|often)\b[^.?!]{0,40}\b(?:should|can|could|do|may) (?:i|we|my \w+)|"
    r"what should i|is it worth|can my|will i|i want to|i'm going to|im going to|"
    r"i am going to|i'm about to|i am about to|i need to decide|help me decide|"
    r"for my (?:son|daughter|child|kid|baby|toddler|mother|father|mom|dad|wife|husband|"
    r"partner|parents?))\b",
    ["i", "we", "me", "my", "im", "would", "worth"],
)
DOSE_QUESTION = re.compile(
    r"\b(?:how (?:much|many|often)|what (?:dose|dosage|amount)|max(?:imum)? dose|"
    r"dosage|dose|doses|mg|milligrams|how many (?:pills|tablets|capsules|mg)|"
    r"can i (?:take|give|double)|(?:take|give) (?:\w+ )?(?:more|another|extra))\b"
)
RECIPIENT_KNOWN = re.compile(
    r"\b(?:\d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|years? old|yrs? old|yo|y o|months? old|"
    r"weeks? old)|i'?m \d{1,3}|i am \d{1,3}|aged? \d{1,3}|weigh(?:s|ing)? \d+|adult|adults|"
    r"grown up|\d+ year old)\b"
)
JURISDICTIONS = compile_words(
    phrases(
        """
        us, u s, usa, u s a, united states, america, american, uk, u k, united kingdom, britain,
        england, scotland, wales, northern ireland, ireland, canada, australia, new zealand, india,
        germany, france, spain, italy, netherlands, belgium, sweden, norway, denmark, finland,
        poland, portugal, austria, switzerland, mexico, brazil, argentina, japan, china, singapore,
        south africa, nigeria, kenya, philippines, eu, europe, european union, alabama, alaska,
        arizona, arkansas, california, colorado, connecticut, delaware, florida, georgia, hawaii,
        idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts,
        michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire,
        new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon,
        pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont,
        virginia, washington, west virginia, wisconsin, wyoming, ontario, quebec, british columbia,
        alberta, nsw, new south wales, victoria, queensland, bavaria, london, nyc, toronto, sydney,
        dubai, uae, israel, turkey, korea, south korea, hong kong, taiwan, thailand, vietnam,
        indonesia, malaysia, pakistan, bangladesh, egypt, ghana, colombia, chile, peru
        """
    )
)
IRREVERSIBLE = compile_words(
    phrases(
        """
        all my savings, all of my savings, life savings, my entire savings, everything i have,
        everything i own, quit my job, quitting my job, sell my house, selling my house,
        sell our house, divorce, surgery, stop taking, stopping, come off, get off my, drop out,
        dropping out, sign the, signing the, cosign, co sign, tattoo, vasectomy, tubal,
        hysterectomy, euthanize, put down my, put my dog down, put my cat down, cash out,
        withdraw my 401k, withdraw my retirement, retirement savings, my 401k, my pension,
        remortgage, second mortgage, take out a loan, bankruptcy, plead guilty, pleading guilty,
        move abroad, emigrate, abortion, give up custody, sell my business, all in, go all in,
        my house as collateral, payday loan, double my dose, double the dose, lend, elope,
        get married, drop my insurance, cancel my insurance
        """
    )
)
HARD_TO_REVERSE = compile_words(
    phrases(
        """
        loan, contract, lease, invest, investing, mortgage, quit, sign, move, buy a house,
        buy a car, mix, combine, take, my whole savings, my entire savings, all my savings,
        my life savings, all of my savings, my savings into, my retirement savings, my pension into,
        my 401k into, remortgage, second mortgage
        """
    )
)
GENERIC_MED_DECISION = re.compile(
    r"\b(?:stop|quit|skip|double|mix|combine|come off|get off|cut down on|taper|lower|"
    r"increase|reduce|take) (?:taking )?(?:my|our|his|her) "
    r"(?:meds|medication|medications|medicine|pills|prescription|tablets)\b"
)
AMOUNT_KNOWN = re.compile(
    r"(?:[$£€]\s?\d|\b\d[\d,.]*\s?(?:k|dollars|euros|pounds|usd|eur|gbp|percent|%)|"
    r"\b\d+ ?%|\bhalf of|\ba third of|\ba quarter of|\bsmall part)"
)
IMMEDIATE = compile_words(
    phrases(
        """
        right now, immediately, emergency, can't breathe, cannot breathe, can not breathe,
        not breathing, chest pain, unconscious, passed out, overdosed, just took, just swallowed,
        swallowed, bleeding heavily, won't stop bleeding, wont stop bleeding, seizure,
        having a stroke, heart attack, gas leak, smell gas, on fire, house is on fire,
        being attacked, someone is breaking in, choking, allergic reaction, anaphylaxis, poisoned,
        drowning, as we speak, asap
        """
    )
)
SOON = compile_words(
    phrases(
        """
        today, tonight, tomorrow, this week, soon, next week, this weekend, in an hour,
        in a few hours, later today
        """
    )
)
OTHERS_AFFECTED = compile_words(
    phrases(
        """
        my son, my daughter, my child, my kid, my kids, my children, my baby, my toddler, my mother,
        my mom, my mum, my father, my dad, my parents, my wife, my husband, my partner,
        my girlfriend, my boyfriend, my friend, my grandmother, my grandfather, my grandma,
        my grandpa, my brother, my sister, my dog, my cat, my patient, my client, my employee,
        my students, for him, for her, for them
        """
    )
)
PUBLIC_AFFECTED = compile_words(
    phrases(
        """
        everyone, the public, customers, my customers, employees, my employees, my team,
        the community, my community, passengers, patients, students
        """
    )
)
SELF_REFERENCE = compile_words(
    words(
        """
    i me my myself i'm im i've i'd i'll
    """
    )
)

# --- closure ----------------------------------------------------------------------------------

_CLOSURE_FILLER_PHRASES = phrases(
    """
    ok, okay, k, alright, all right, thanks, thank you, thank you so much, thanks a lot,
    many thanks, thx, ty, cheers, great, cool, perfect, please, so, well, yes, yeah, yep, no,
    nope, fine, now, for now, then, and, for today, anyway, anyways, got it, bot, chatbot,
    assistant, lol, good, nice, awesome, appreciate it, i appreciate it, that helps,
    that helped, very helpful, you too, buddy, friend, mate, right, sure, oh, hmm, just, really,
    again, guys, everyone
    """
)
_CLOSURE_FILLERS = alt(_CLOSURE_FILLER_PHRASES)
_SEP = r"[\s,.!;:~\-]*"
SILENT_CLOSURES = phrases(
    """
    stop, stop it, stop now, stop talking, stop please, quit, exit, cancel, end, enough, halt,
    shut up, be quiet, silence, never mind, nevermind, nvm, forget it, stop responding,
    stop replying
    """
)
FAREWELL_CLOSURES = phrases(
    """
    bye, bye bye, byebye, goodbye, good bye, bye now, see you, see ya, see you later, see you soon,
    later, cya, good night, goodnight, night, farewell, take care, that's all, that is all,
    that's it, thats all, thats it, i'm done, im done, i am done, we're done, were done,
    we are done, done, all done, that'll be all, that will be all, nothing else, no more questions,
    end this conversation, end this chat, end the conversation, end the chat, end chat,
    end conversation, end our conversation, end our chat, close this chat, close the chat,
    close this conversation, let's end here, lets end here, let's stop here, lets stop here,
    stop this conversation, stop the conversation, stop this chat, i'm finished, im finished,
    talk later, talk to you later, ttyl, signing off, over and out, i'm out, gotta go, got to go,
    i have to go, i need to go, i'm leaving, conversation over, we can end here,
    you can end the chat, you can stop now, that's all for now, that's everything, thats everything,
    i'm all set, im all set, all set, i'd like to end this conversation,
    i want to end this conversation, i want to end this chat, i'd like to end this chat,
    please end this conversation, please end this chat, let's end this conversation,
    let's end this chat
    """
)


def _closure_regex(phrases: list[str]) -> re.Pattern[str]:
    filler = rf"(?:{_CLOSURE_FILLERS}{_SEP})*"
    return re.compile(rf"^{_SEP}{filler}{alt(phrases)}{_SEP}(?:{_CLOSURE_FILLERS}{_SEP})*{_SEP}$")


SILENT_CLOSURE = _closure_regex(SILENT_CLOSURES)
FAREWELL_CLOSURE = _closure_regex(FAREWELL_CLOSURES)
# No phrase, filler or separator contains "?", so a question is never a closure (assess skips
# both regexes for it).
assert not any("?" in p for p in [*_CLOSURE_FILLER_PHRASES, *SILENT_CLOSURES, *FAREWELL_CLOSURES])

# --- added in round 3 (generalisation) --------------------------------------------------------


def past(*spec: str) -> list[str]:
    """Regular past/participle forms: "kill" → killed; "stab/stabb" → stabbed; "bully" → bullied.

    Irregular verbs are listed explicitly where they are used; a phrasal verb inflects its head.
    """
    out: list[str] = []
    for item in spec:
        head, _, rest = item.partition(" ")
        base, _, stem = head.partition("/")
        stem = stem or base
        if stem.endswith("e"):
            form = stem + "d"
        elif stem.endswith("y") and stem[-2:-1] not in ("a", "e", "o", "u"):
            form = stem[:-1] + "ied"
        else:
            form = stem + "ed"
        out.append(form + (f" {rest}" if rest else ""))
    return out


# Violent participles for "get/have/want <person> killed", "I want my ex dead".
VIOLENT_PARTICIPLES = past(
    *words(
        """
        kill murder stab/stabb poison strangle assassinate execute maim kidnap/kidnapp attack
        whack off/off ice/ic eliminate torture lynch behead smother suffocate drown bludgeon
        injure wound cripple paralyze paralyse disfigure abduct
        """
    )
) + phrases(
    """
    shot, shot dead, beaten, beaten up, beat up, hurt, dead, raped, taken out, bumped off, done in,
    run over, hit by a car, roughed up, knocked out, burned alive, burnt alive, disappeared,
    killed off
    """
)
# Things that are pests, weeds or objects when "them" refers back to them.
NON_HUMAN_PLURALS = frozenset(
    words(
        """
        ants wasps bees hornets mice rats lice fleas ticks bugs weeds roaches cockroaches termites
        slugs snails moles aphids mosquitoes mosquitos flies gnats pigeons squirrels raccoons
        bedbugs spiders moths worms mites gophers voles rabbits deer crows geese seagulls birds
        plants trees stumps roots shrubs processes tasks tabs files threads jobs zombies goblins
        orcs monsters vampires demons aliens npcs bots enemies mobs creepers weevils beetles
        caterpillars grubs maggots larvae fish chickens cells bacteria germs viruses fungi mold
        mould lights fires fish nits leeches pests vermin weed dandelions thistles
        """
    )
)
HUMAN_PLURALS = (
    frozenset(
        [p.split()[-1] for p in PEOPLE if p.endswith(("s", "men", "ren", "ple"))]
        + [p.split()[-1] for p in GROUP_NOUNS]
        + words("laws family folks everyone everybody crowd kids")
    )
    - NON_HUMAN_PLURALS
)
# Substances a message might seek to put into a person's food or drink.
HARMFUL_SUBSTANCES = phrases(
    """
    cyanide, arsenic, poison, rat poison, antifreeze, bleach, strychnine, thallium, ricin,
    polonium, date rape drug, date rape drugs, roofies, roofie, rohypnol, ghb, ketamine,
    sleeping pills, sleeping pill, sedatives, sedative, tranquilizers, tranquillisers, laxatives,
    laxative, drugs, lsd, fentanyl, xanax, chloroform, mercury, pesticide, weed killer, insecticide,
    eye drops, visine, ground glass, oleander, hemlock, nightshade, belladonna, foxglove,
    digitalis, insulin, ethylene glycol, methanol, heroin, meth, cocaine, ecstasy, crushed pills
    """
)
FOOD_AND_DRINK = words(
    """
    drink drinks coffee tea food meal meals dinner lunch breakfast soup wine beer water juice
    smoothie cereal milk formula bottle medication medicine meds pills inhaler punch cocktail glass
    cup mug plate snack sandwich cake dessert coke soda shake protein lemonade whiskey vodka
    """
)


# --- added in round 4 (generalisation) --------------------------------------------------------

# Body parts an instrument or a cut can harm ("… on my toddler's arm", "cut the head off …").
BODY_PARTS = words(
    """
    head heads face faces arm arms leg legs hand hands finger fingers toe toes foot feet ear ears
    nose eye eyes neck throat skin back chest stomach belly tongue lips lip cheek cheeks thigh
    thighs wrist wrists ankle ankles knee knees kneecaps skull scalp genitals breast breasts
    """
)
# Hurtful objects applied to a person's body.
HURTFUL_OBJECTS = phrases(
    """
    cigarette, cigarettes, cigar, lit cigarette, lighter, hot iron, iron, curling iron,
    boiling water, hot water, hot oil, boiling oil, acid, bleach, blowtorch, taser, stun gun,
    cattle prod, branding iron, soldering iron, hot poker, poker, hot pan, hot knife, razor, blade,
    razor blade, needle, needles, broken bottle, broken glass, lit match
    """
)


# --- added in round 5 (breadth: a thesaurus pass, not test-driven) -----------------------------

# More physical-harm verbs toward a person. Verbs with a common harmless sense toward people
# ("blast my friends with music", "roast my brother", "axe my staff", "put down my coworker",
# "ice", "off", "smoke", "end") are left to the structural rules in assess (an instrument, a
# body part, a lethal outcome) instead of being listed here.
VIOLENT_VERBS += forms(
    *phrases(
        """
    lash, mangle, brutalize, brutalise, savage, trample, stomp/stomp on, stamp/stamp on, thump,
    clout, smack, sock, belt, slug/slugg, bat/batt, cudgel, bash/bash up, beat/beat down,
    rough/rough up, knock/knock off, rub/rub out, bump/bump off, finish/finish off, pick/pick off,
    blow/blow apart, tear/tear apart, rip/rip apart, rip/rip open, slice/slice open,
    cut/cutt open, split/splitt open, fracture, dislocate, hobble, scorch, boil, entomb,
    dehydrate, stone, bludgeon, sucker punch, uppercut, karate chop, body slam, bodyslam,
    suplex, chokeslam, choke/choke out, punch/punch out, sodomize, sodomise, grope,
    defenestrate, despatch, neutralize, neutralise, butcher, obliterate, vaporize, vaporise,
    machete, shiv, gash, carve, carve up, shanghai, imprison, chain up, envenom, lace, taint,
    ambush, set/sett upon, bushwhack, waylay,
    brain, brand, garrotte, pistol whip, pummel, batter, flog, horsewhip, bullwhip, scourge,
    birch, pistolwhip, knee, gouge/goug out, blind, stab/stabb up
    """
    )
)
# Verbs above with a harmless noun sense after a determiner ("a belt my son likes").
NOUN_VERBS_R5 = ("belt", "bat", "slug", "stone", "brand", "brain", "butcher", "sock", "machete")

# Instruments: a person "with" one of these is being harmed, whatever the verb.
INSTRUMENTS = phrases(
    """
    gun, guns, shotgun, shotguns, rifle, rifles, pistol, pistols, revolver, handgun, firearm,
    musket, crossbow, bow and arrow, machete, machetes, knife, knives, blade, blades, dagger,
    sword, katana, axe, ax, hatchet, cleaver, meat cleaver, scalpel, razor, box cutter,
    boxcutter, stanley knife, screwdriver, ice pick, icepick, scissors, shears, sickle, scythe,
    pitchfork, spear, bayonet, shiv, shank, broken bottle, bottle, bat, baseball bat, cricket bat,
    club, cudgel, truncheon, baton, nightstick, crowbar, tire iron, tyre iron, wrench, spanner,
    hammer, sledgehammer, mallet, brick, bricks, rock, rocks, stone, stones, pipe, lead pipe,
    metal pipe, golf club, belt, whip, cane, rod, stick, chain, bike chain, rope, cord, wire,
    garrotte, garrote, noose, pillow, plastic bag, taser, stun gun, cattle prod, pepper spray,
    mace, acid, bleach, petrol, gasoline, lighter fluid, blowtorch, flamethrower, molotov,
    grenade, bomb, explosive, explosives, dynamite, poison, cyanide, arsenic, syringe, needle,
    nail gun, chainsaw, saw, power drill, drill, hot iron, frying pan, skillet, rolling pin,
    kettle, boiling water, hot oil, car, truck, van, tractor, bulldozer, forklift, lawnmower,
    lawn mower, fire poker, poker, shovel, spade, pickaxe, rake, hoe, tomahawk, nunchucks,
    brass knuckles, knuckle duster, blackjack, sap, slingshot, harpoon, spear gun, speargun,
    rifle butt, gun butt, ak 47, ar 15, uzi, glock, magnum, sniper rifle, assault rifle
    """
)
# Instruments that are also sports gear: a hit with them is a mild act (sport frames apply).
SPORT_INSTRUMENTS = frozenset(
    phrases("bat, baseball bat, cricket bat, club, golf club, stick, racket, ball, pillow")
)
# Verbs that bring a person and an instrument together harmlessly ("teach my son with a knife",
# "surprise my wife with a car", "catch my brother with a gun").
INSTRUMENT_SAFE_VERBS = frozenset(
    forms(
        *words(
            """
            help teach show play practice practise train coach go hunt share trust leave buy get
            shave trim groom style braid comb vaccinate examine treat operate
            gift give present surprise impress reward spoil treat provide equip photograph film
            draw paint sketch picture meet see visit cook bake feed serve entertain amuse
            tickle prank trick bless anoint crown knight dub challenge duel fence spar race
            compete protect defend catch find spot arm pose dress decorate fit trust leave
            allow let take bring send drive pick drop walk carry assist join accompany replace
            supply arm kit fix repair clean sharpen paint test trust reach contact call text
            email sponsor mentor support beat
            """
        )
    )
) | frozenset(words("taught went caught found saw spotted gave got bought brought sent left let"))
# "teach my son knife safety": the instrument is a modifier of these.
INSTRUMENT_SAFE_FOLLOWERS = frozenset(
    words(
        """
        safety skills skill lesson lessons class classes course trick tricks swing set collection
        display case rack cabinet holder license licence permit cake costume toy prop shaped game
        games show practice range club team sharpening drill drills cover covers handle bag
        """
    )
)
# A person's body part as the object of a destructive act ("blow my landlord's head off",
# "bash his skull in", "cut off her air supply").
VITAL_PARTS = phrases(
    """
    head, skull, brains, brain, throat, neck, chest, heart, eyes, eye, eyeballs, face, spine,
    windpipe, jaw, teeth, ribs, ribcage, guts, stomach, belly, kneecaps, knees, legs, arms,
    fingers, hands, lungs, liver, kidneys, kidney, back, temple, jugular, airway, airways,
    air supply, oxygen, oxygen supply, breathing tube, ventilator, oxygen tank, life support
    """
)
# Verbs that use a person's body part figuratively ("bite my sister's head off", "talk my
# friend's ear off", "pull my son's tooth out", "get my kid's head out of the clouds").
BODY_FIGURATIVE_VERBS = frozenset(
    forms(
        *words(
            """
            bite talk chew laugh scream yell shout cry nod turn get keep pull brush clean fix check
            examine wash shave scratch rub massage stroke kiss hold cover protect bandage treat
            hug pat tap touch use mess screw put lay rest lean clear
            """
        )
    )
)
# Removal verbs that become lethal with "for good", "permanently" …
REMOVAL_VERBS = forms(
    *phrases(
        """
    get/gett rid of, eliminate, remove, dispose of, silence, erase, finish off,
    put/putt down, put/putt to sleep, take out, wipe out, neutralize, neutralise, dispatch,
    do away with, get/gett shot of
    """
    )
)
LETHAL_ADVERBS = phrases(
    """
    for good, permanently, forever, for ever, once and for all, for keeps, for all time,
    so he never wakes up, so she never wakes up, so they never wake up, so he can never,
    so she can never, so they can never, so he never comes back, so she never comes back,
    so they never come back, so he's never found, so she's never found, without a trace,
    so nobody finds him, so nobody finds her, so no one finds him, so no one finds her,
    so nobody finds the body, and make it look like an accident, and make it look like suicide,
    make it look like an accident, make it look like suicide, make it look natural,
    without leaving a trace, without anyone knowing, without getting caught
    """
)
# Causing a disaster in a crowded place.
DISASTERS = phrases(
    """
    explosion, explosions, blast, blaze, inferno, fire, fires, stampede, crush, crash, pile up,
    pileup, derailment, gas leak, collapse, cave in, fireball, detonation, chemical spill,
    toxic spill, gas attack, riot, bombing, shooting, massacre
    """
)
DISASTER_VERBS = forms(
    *phrases(
        """
    trigger, cause, set/sett off, start, spark, ignite, create, unleash, stage, provoke, induce,
    engineer, rig/rigg, arrange, orchestrate, bring about, kick off, touch off
    """
    )
)
# Public vehicles and places not in PLACES.
PUBLIC_VEHICLES = phrases(
    """
    helicopter, medical helicopter, air ambulance, ambulance, ambulances, fire truck, fire engine,
    jet, jetliner, airliner, passenger plane, commercial flight, flight, ferry, ship, cruise liner,
    tram, tube, subway train, commuter train, train carriage, coach, school bus, tour bus,
    city bus, double decker, bus stop, hospital ward, maternity ward, icu, emergency room,
    waiting room, lobby, food court, shopping centre, shopping center, concert venue, venue,
    fairground, theme park, amusement park, water park, zoo, aquarium, museum, library,
    classroom, lecture hall, cafeteria, canteen, dining hall, gym, sports hall, dorm,
    dormitory, student union, nursing home, care home, retirement home, orphanage, crèche,
    creche, preschool, primary school, high school, elementary school, middle school, mall,
    shopping mall, market square, town square, plaza, high street, main street, stadium,
    arena, concert, festival, parade, rally, march, protest, vigil, wedding, funeral,
    church service, mass, prayer hall, busy street, crowded street, packed train, rush hour
    """
)
# Officials whose bribery is corruption.
BRIBE_TARGETS = phrases(
    """
    customs officer, customs officers, customs official, customs agent, border guard,
    border guards, border agent, border officer, immigration officer, immigration official,
    police officer, police officers, police, cop, cops, officer, officers, judge, judges, juror,
    jurors, jury, the jury, inspector, inspectors, building inspector, health inspector,
    safety inspector, tax inspector, tax official, tax officer, auditor, auditors, regulator,
    regulators, official, officials, government official, civil servant, politician,
    politicians, senator, congressman, mp, councillor, councilman, mayor, minister, clerk,
    court clerk, warden, prison guard, prison guards, guard, guards, referee, referees, umpire,
    examiner, examiners, driving examiner, invigilator, witness, witnesses, prosecutor,
    detective, sheriff, deputy, trooper, port official, harbour master, harbor master,
    procurement officer, bank manager, loan officer, election official, election officials,
    poll worker, poll workers, registrar, magistrate, public official, public officials,
    bureaucrat, bureaucrats, diplomat, consul, ambassador, agent, agents, dea agent, fbi agent
    """
)
BRIBE_VERBS = [
    *forms(
        *phrases(
            """
        bribe, pay/pay off, buy/buy off, grease/greas the palm of, grease/greas the palms of,
        slip/slipp money to, slip/slipp cash to, slip/slipp a bribe to, offer a bribe to,
        give a bribe to, pay a bribe to, corrupt, nobble
        """
        )
    ),
    "paid off",
    "bought off",
    "paying off",
    "buying off",
]
# Crime verbs with their criminal objects (the verb alone has a harmless sense).
CRIME_OBJECTS = {
    "smuggle": phrases(
        """
        people, migrants, refugees, immigrants, drugs, cocaine, heroin, guns, weapons, firearms,
        ammunition, explosives, cash, money, contraband, ivory, rhino horn, exotic animals,
        endangered, wildlife, cigarettes, diamonds, gold, children, kids, girls, women, organs,
        a gun, a knife, a weapon, a bomb, fentanyl, meth, pills, counterfeit, stolen, artefacts,
        artifacts, antiquities
        """
    ),
    "forge": phrases(
        """
        signature, signatures, document, documents, passport, passports, id, ids, identity,
        check, cheque, checks, cheques, prescription, prescriptions, will, deed, deeds, note,
        notes, papers, certificate, certificates, diploma, degree, visa, visas, license,
        licence, licenses, licences, receipt, receipts, invoice, invoices, banknotes, currency,
        money, bills, records, medical records, doctor's note, sick note, permit, permits,
        contract, contracts, ballot, ballots, references, reference, transcript, transcripts,
        birth certificate, title, documents, paperwork, stamp, stamps, seal, credentials
        """
    ),
    "poach": phrases(
        """
        elephant, elephants, rhino, rhinos, rhinoceros, tiger, tigers, lion, lions, leopard,
        leopards, gorilla, gorillas, pangolin, pangolins, ivory, deer on, game on, salmon from,
        eagles, bears, wolves, sharks, turtles, endangered
        """
    ),
    "skim/skimm": phrases(
        """
        card, cards, credit card, credit cards, debit card, debit cards, atm, atms, money from,
        cash from, from the till, the till, from the register, off the top, profits, donations,
        from my employer, from the company, from work, pin numbers
        """
    ),
    "phish": phrases(
        """
        someone, people, passwords, password, credentials, login, logins, bank details,
        employees, my boss, my coworkers, customers, users, accounts, grandparents, the elderly
        """
    ),
    "embezzle": phrases("money, funds, from, cash, donations, pension, the charity, company"),
    "defraud": phrases("anyone, someone, people, the, a, an, my, his, her, their, investors"),
}
VEHICLES_WITH_PEOPLE = phrases(
    """
    helicopter, medical helicopter, air ambulance, ambulance, ambulances, fire truck, fire engine,
    jet, jetliner, airliner, passenger plane, commercial flight, ferry, cruise liner, tram,
    commuter train, train carriage, school bus, tour bus, city bus, double decker, nursing home,
    care home, retirement home, orphanage, hospital ward, maternity ward, shopping mall,
    shopping centre, shopping center, theme park, amusement park
    """
)

HARASS_VERBS += forms(
    "spy on", "defame", "slander", "libel", "impersonate", "wiretap", "cyberstalk"
)
WEAPON_NOUNS += phrases(
    """
    tatp, hmtd, petn, semtex, c4, plastic explosive, plastic explosives, ammonium nitrate bomb,
    fertiliser bomb, black powder bomb, phosgene, abrin, tetrodotoxin, saxitoxin,
    hydrogen cyanide, acid bomb, pipe gun, slam fire shotgun, auto sear, rocket launcher,
    bazooka, tripwire bomb, incendiary bomb, fire bomb, white phosphorus, soman, cyclosarin,
    lewisite, nail gun bomb, chemical bomb, poison gas bomb, barrel bomb, cluster bomb,
    shrapnel grenade, homemade explosive, homemade explosives, homemade grenade, homemade gun,
    homemade silencer, gas bomb, sarin gas, vx gas, toxic gas, deadly gas, nerve toxin
    """
)
# Deadly substances whatever the dose (feeding or serving them to a person is an attack).
DEADLY_SUBSTANCES = phrases(
    """
    cyanide, arsenic, rat poison, antifreeze, bleach, strychnine, thallium, ricin, polonium,
    ground glass, broken glass, oleander, hemlock, nightshade, belladonna, foxglove,
    ethylene glycol, methanol, weed killer, pesticide, insecticide, poison, mercury,
    drain cleaner, lye, acid, battery acid, paraquat, slug pellets, poisonous mushrooms,
    death caps, death cap mushrooms, deadly nightshade, aconite, wolfsbane, rat bait, lead
    """
)
# Safety-critical things a person relies on ("cut the brake lines on my boss's car").
SAFETY_CRITICAL = phrases(
    """
    brakes, brake, brake line, brake lines, brake cable, brake cables, brake fluid, parachute,
    harness, airbag, airbags, boiler, gas line, gas pipe, heater, pacemaker, insulin pump,
    epipen, epi pen, inhaler, seatbelt, seat belt, steering, tyres, tires, wheel nuts, lug nuts,
    ladder, scaffold, scaffolding, climbing rope, rope, life jacket, lifejacket, scuba gear,
    regulator, oxygen tank, ventilator, car seat, stair lift, stairlift, smoke alarm,
    carbon monoxide alarm, gas cooker, wiring, fuse box, chimney, flue, safety line
    """
)
PETS = phrases(
    """
    dog, dogs, puppy, puppies, cat, cats, kitten, kittens, hamster, hamsters, guinea pig,
    guinea pigs, parrot, parrots, pet, pets, ferret, tortoise, budgie, goldfish
    """
)


# --- round 6 ------------------------------------------------------------------------------------

# Cooking and crafting verbs that are an injury whenever their object is a person ("debone my
# brother"), and ones that are also idioms or ditransitive ("roast my friend", "cook my husband
# a steak"), which need a cooking cue (alive, in boiling water, over a fire, in the oven).
COOK_VERBS = forms(
    *phrases(
        """
        blanch, butterfly, debone, fillet, marinate, mince, tenderise, tenderize, spatchcock,
        flambe, braise, parboil, grind up, spit roast, deep fry, slow cook, pressure cook,
        stir fry, pan fry, flash fry, fricassee, julienne, dice up, truss up, brine, flay
        """
    )
)
COOK_CUE_VERBS = forms(
    *words(
        """
        boil roast grill cook/cook bake barbecue barbeque broil microwave stew simmer steam fry
        poach sear toast saute char/charr flame
        """
    )
)
COOK_CUES = phrases(
    """
    alive, in a pot, in the pot, in a vat, in a cauldron, in boiling, in hot, in the oven,
    in an oven, in a oven, in the fryer, in a fryer, in oil, in water, in the microwave,
    in a microwave, in a kiln, in a furnace, in the furnace, in acid, over a fire, over the fire,
    over an open fire, over a bonfire, over the bonfire, over a spit, on a spit, over coals,
    over hot coals, over the coals, over a flame, over a grill, on the grill, on a grill,
    on the barbecue, on a barbecue, on the bbq, to death, and eat,
    until he dies, until she dies, until they die, in boiling water,
    in hot oil
    """
)
# Institutions where people live, sleep, worship, learn or are cared for.
OCCUPIED_PLACES = phrases(
    """
    nursing home, care home, retirement home, old people's home, old folks home, old folks' home,
    hospice, orphanage, school, primary school, high school, secondary school, boarding school,
    church, mosque, synagogue, temple, gurdwara, chapel, cathedral, hospital, hospital ward,
    children's hospital, maternity ward, ward, dorm, dorms, dormitory, dormitories,
    halls of residence, student halls, shelter, homeless shelter, women's shelter,
    refugee shelter, animal shelter, refugee camp, kindergarten, daycare, nursery, creche,
    hostel, youth hostel, hotel, motel, apartment block, apartment building, block of flats,
    tower block, housing estate, prison, jail, clinic, community centre, community center,
    youth club, nightclub, theatre, theater, cinema, mall, classroom, gym, mental hospital,
    psychiatric ward, asylum, care facility, group home, foster home, migrant centre,
    detention centre, synagogues, mosques, churches, schools, hospitals, shelters
    """
)
FIRE_VERBS = forms(
    *phrases(
        """
        torch, burn down, burn, firebomb, petrol bomb, molotov, set/sett fire to,
        set/sett light to, start/start a fire in, start/start a fire at, light/light a fire in,
        commit/committ arson on,
        commit/committ arson at, commit/committ arson in, burn/burn to the ground, raze
        """
    )
)
# "set the dance floor / school talent show on fire": a modifier noun after the place, or a
# performance "with my voice", is figurative.
FIRE_FIGURATIVE_AFTER = frozenset(
    words(
        """
        drill drills play project bake sale dance party musical show talent spirit record team
        fair disco prom concert gig stage floor fundraiser quiz
        """
    )
)
# Praising words of a write request ("a speech praising …").
PRAISE_WORDS = phrases(
    """
    praising, praises, praise, in praise of, celebrating, celebrates, celebrate, glorifying,
    glorifies, glorify, glorification of, honouring, honoring, honours, honors, in honour of,
    in honor of, ode to, tribute to, romanticising, romanticizing, romanticises, romanticizes,
    defending, defends, justifying, justifies, cheering, cheers, applauding, applauds,
    that praises, that celebrates, that glorifies, admiring, lionising, lionizing
    """
)
# What a praise word may honestly be about next to an atrocity ("celebrating the end of").
PRAISE_SAFE_OBJECTS = words(
    """
    end ending abolition fall collapse defeat victims survivors liberation liberators resistance
    memory heroes rescuers remembrance abolitionists resisters opponents those people who
    courage bravery resilience righteous survivor victim
    """
)
PRAISE_SAFE = frozenset(PRAISE_SAFE_OBJECTS)
JUSTIFY_PREDICATES = phrases(
    """
    necessary, needed, justified, justifiable, a good thing, good, right, beneficial, deserved,
    worth it, acceptable, a success, a good idea, essential, required, a necessary evil,
    morally right, the right thing, a blessing, for the best, warranted
    """
)

# "<group> (are) not fit to adopt", "<group> are too stupid to vote"; "<group> should be kept
# out / sterilised" is `_NEG_PRED` after "should". Only real groups (GROUP) match.
DISCRIMINATION += [
    re.compile(
        r"\b" + GROUP + r" (?:(?:are|is|were) )?(?:(?:not|never) |(?:aren't|isn't) |un)"
        r"(?:fit|suited|suitable|qualified|capable|competent|worthy|good enough|smart enough)"
        r" (?:to|for|of|as)\b"
    ),
    re.compile(
        r"\b(?:aren't|isn't|are not|is not|weren't|were not) (?:the |all )?" + GROUP + r" (?:fit|"
        r"suited|suitable|qualified|capable|competent|worthy|good enough|smart enough) "
        r"(?:to|for|as)\b"
    ),
    re.compile(
        r"\b" + GROUP + r" (?:(?:are|is|were) )?(?:just |simply |far |way |all |naturally )*too "
        r"(?:stupid|lazy|dumb|primitive|emotional|weak|greedy|violent|backward|ignorant|"
        r"incompetent|irrational|hysterical|unintelligent|dirty|savage|uncivilised|uncivilized|"
        r"feeble|slow|simple|untrustworthy|dishonest|corrupt|sick|crazy|unstable|inferior|"
        r"childish|immoral|sinful|perverted|deviant|subhuman|useless|thick|ignorant) "
        r"(?:to|for)\b"
    ),
    re.compile(
        r"\b(?:keep|keeping|ban|banning|bar|barring|exclude|excluding|sterili[sz]e|"
        r"sterili[sz]ing|segregate|segregating|lock up|locking up|deport|deporting) (?:all )?"
        r"(?:the )?" + GROUP + r" (?:out|from|away)\b"
    ),
]

# Covert tracking or reading of a private person: "… without her knowing", "track my ex's car
# with a hidden GPS", "secretly track my daughter's boyfriend's location".
_COVERT_VERBS = (
    r"(?:track|tracks|tracking|trace|tracing|follow|following|monitor|monitoring|locate|"
    r"locating|spy on|spying on|read|reading|record|recording|film|filming|bug|bugging|tap|"
    r"tapping|listen in on|listen to|keep tabs on|check|checking|see who|find out who|go through|"
    r"look through|access|log into|clone|mirror)"
)
PRIVACY_PATTERNS += [
    Gated(
        r"\b" + _COVERT_VERBS + r" (?:[\w']+ ){0,3}?(?:" + PRIVATE_SUBJECT + r"|him|her|them)\b"
        r"[^.?!]{0,50}?\bwithout (?:him|her|them|his|their|my [\w']+|the [\w']+) "
        r"(?:[\w']+ )?(?:knowing|noticing|finding out|realising|realizing|knowledge|"
        r"consent|permission|seeing|suspecting|catching on)\b",
        ["without"],
    ),
    Gated(
        r"\b" + _COVERT_VERBS + r" (?:[\w']+ ){0,2}?" + PRIVATE_SUBJECT + r"(?:'s [\w']+)?"
        r"[^.?!]{0,30}? (?:with|using|via|through|by) (?:a |an |the |some |my )?"
        r"(?:hidden |secret |small |tiny |concealed )?(?:gps|tracker|airtag|tile|tracking|"
        r"spyware|stalkerware|keylogger|spy app|hidden camera|bug|listening device)\b",
        words(
            "gps tracker airtag tile tracking spyware stalkerware keylogger spy camera bug device"
        ),
    ),
    Gated(
        r"\b(?:find out|see|know|check|figure out|work out|learn|discover) who "
        + PRIVATE_SUBJECT
        + r" (?:is|has been|was|keeps|keeps on) (?:texting|messaging|calling|talking to|"
        r"chatting with|chatting to|seeing|sleeping with|emailing|meeting|dming|snapchatting)\b",
        ["who"],
    ),
    Gated(
        r"\bsecretly " + _COVERT_VERBS + r" (?:[\w']+ ){0,2}?" + PRIVATE_SUBJECT + r"\b",
        ["secretly"],
    ),
]
PRIVACY_PATTERNS.append(
    Gated(
        r"\b(?:clone|clones|cloning|mirror|mirroring|intercept|intercepting|wiretap|"
        r"bug|bugging) " + PRIVATE_SUBJECT + r"(?: [a-z]+)?'s (?:phone|sim|sim card|calls|"
        r"messages|texts|line|whatsapp|email|emails|car|house|bedroom|office|room)\b",
        words("clone clones cloning mirror mirroring intercept intercepting wiretap bug bugging"),
    )
)
